/**
 * Work over a whole class without a long task: the items are handled in slices of a few
 * milliseconds, and between slices the page gets the main thread back (input, painting, the
 * progress bar), so 10,000 codes never freeze it.
 */
const SLICE_MS = 8;

/** Gives the main thread back to the page (input, painting) before going on. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function eachInSlices<T>(items: Iterable<T>, each: (item: T) => void): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    each(item);
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await yieldToPage();
    sliceStart = performance.now();
  }
}
