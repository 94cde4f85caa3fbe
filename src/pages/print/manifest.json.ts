import type { APIRoute } from 'astro';
import { loadHandbookModel } from '../../handbook/load.ts';
import { asAtManifest } from '../../pdf/as-at.ts';
import { loadSiteTimelines } from '../../site/version-site.ts';
import { listAllPrintDocuments, toManifestEntry, type PrintManifest } from '../../pdf/documents.ts';

/** dist/print/manifest.json: the documents scripts/pdf.ts renders, the periods of every text (`--date`), and the base the site was built with. */
export const GET: APIRoute = async () => {
  const model = await loadHandbookModel();
  const manifest: PrintManifest = {
    base: import.meta.env.BASE_URL,
    documents: listAllPrintDocuments(model).map(toManifestEntry),
    asAt: asAtManifest(model, await loadSiteTimelines()),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/json' } });
};
