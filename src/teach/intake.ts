/**
 * Codes coming in: extracted in the worker, the ones already kept dropped (the same code twice counts
 * once), then verified in small batches so that the progress bar moves and no task on the page's
 * main thread is long; each batch is kept in IndexedDB as soon as it is verified.
 */
import type { ResultReport } from '../core/results';
import type { TeachStore } from './store';
import type { Verifier } from './verifier-client';

const BATCH = 200;

export interface IntakeProgress {
  done: number;
  total: number;
}

export interface IntakeResult {
  added: ResultReport[];
  /** Codes given that were already kept (or given twice). */
  repeated: number;
}

export async function takeIn(
  codes: readonly string[],
  known: Set<string>,
  verifier: Verifier,
  store: TeachStore<ResultReport>,
  onProgress: (progress: IntakeProgress, batch: ResultReport[]) => void,
): Promise<IntakeResult> {
  const fresh: string[] = [];
  for (const code of codes) {
    if (known.has(code)) continue;
    known.add(code);
    fresh.push(code);
  }
  const added: ResultReport[] = [];
  for (let start = 0; start < fresh.length; start += BATCH) {
    const rows = await verifier.verify(fresh.slice(start, start + BATCH));
    const now = Date.now();
    await store.addCodes(rows.map((row) => ({ code: row.code, addedAt: now, report: row })));
    added.push(...rows);
    onProgress({ done: added.length, total: fresh.length }, rows);
  }
  return { added, repeated: codes.length - fresh.length };
}
