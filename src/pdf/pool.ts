/**
 * How many documents print at once. Each one is a Chromium tab laying out a whole chapter or book, which costs
 * far more memory than CPU time is saved by a third or fourth tab on a small machine; so the pool is as wide as
 * the cores, within a memory budget: half of the memory free when the run starts, at PAGE_BUDGET_BYTES a tab.
 */
import { availableParallelism, freemem } from 'node:os';

/** Memory one tab may take while printing a large document (a whole book of 1,000 regulations stays under it). */
export const PAGE_BUDGET_BYTES = 1024 ** 3;

export function defaultConcurrency(
  documents: number,
  cores: number = availableParallelism(),
  freeBytes: number = freemem(),
): number {
  const byMemory = Math.floor(freeBytes / 2 / PAGE_BUDGET_BYTES);
  return Math.max(1, Math.min(documents, cores, byMemory));
}

/** Runs `work` over `items` with at most `width` at once, in order of the queue. */
export async function runPool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, queue.length)) }, worker));
}
