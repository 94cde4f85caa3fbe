/**
 * Load a content directory (content/regulations, content/editions/<year>/regulations,
 * content/external.yml) into engine inputs through the one adapter (src/handbook/engine-input.ts,
 * lenient mode: generated or minimal files load without schema validation).
 */
import { engineInputsOf, loadContentTree } from '../../src/handbook/index.ts';
import type { ExternalDoc, RegulationInput } from '../../src/engine/index.ts';

export async function loadContent(
  root: string,
): Promise<{ inputs: RegulationInput[]; externals: ExternalDoc[]; readMs: number }> {
  const t0 = performance.now();
  const loaded = engineInputsOf(await loadContentTree(root));
  return { ...loaded, readMs: performance.now() - t0 };
}
