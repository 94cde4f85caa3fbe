import type { APIRoute } from 'astro';
import { loadHandbookModel } from '../../handbook/load.ts';
import { listAllPrintDocuments, toManifestEntry, type PrintManifest } from '../../pdf/documents.ts';

/** dist/print/manifest.json: the documents scripts/pdf.ts renders, and the base the site was built with. */
export const GET: APIRoute = async () => {
  const model = await loadHandbookModel();
  const manifest: PrintManifest = {
    base: import.meta.env.BASE_URL,
    documents: listAllPrintDocuments(model).map(toManifestEntry),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/json' } });
};
