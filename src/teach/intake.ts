/**
 * Codes coming in: extracted in the worker, the ones already kept dropped (the same code twice counts
 * once), then verified in small batches so that the progress bar moves and no task on the page's
 * main thread is long; each batch is kept in IndexedDB as soon as it is verified. Codes that waited
 * for a scenario file (unknown scenario, another version) are verified again the same way once one
 * is added.
 */
import type { CodeSource, FoundCode, ResultReport, ResultStatus } from '../core/results';
import type { TeachStore } from './store';
import type { Verifier } from './verifier-client';

const BATCH = 200;

export interface IntakeProgress {
  done: number;
  total: number;
}

type OnProgress = (progress: IntakeProgress) => void;

export interface IntakeResult {
  added: ResultReport[];
  /** Where each added code was found (its first place, when it was given twice). */
  sources: Map<string, CodeSource>;
  /** Codes given that were already kept (or given twice). */
  repeated: number;
}

async function inBatches(
  codes: readonly string[],
  verifier: Verifier,
  keep: (rows: ResultReport[]) => Promise<unknown>,
  onProgress: OnProgress,
): Promise<ResultReport[]> {
  const verified: ResultReport[] = [];
  for (let start = 0; start < codes.length; start += BATCH) {
    const rows = await verifier.verify(codes.slice(start, start + BATCH));
    await keep(rows);
    verified.push(...rows);
    onProgress({ done: verified.length, total: codes.length });
  }
  return verified;
}

export async function takeIn(
  found: readonly FoundCode[],
  known: Set<string>,
  verifier: Verifier,
  store: TeachStore<ResultReport>,
  onProgress: OnProgress,
): Promise<IntakeResult> {
  const sources = new Map<string, CodeSource>();
  for (const { code, source } of found) if (!known.has(code) && !sources.has(code)) sources.set(code, source);
  const fresh = [...sources.keys()];
  const added = await inBatches(
    fresh,
    verifier,
    async (rows) => {
      const now = Date.now();
      await store.addCodes(rows.map((row) => ({ code: row.code, addedAt: now, report: row, source: sources.get(row.code) })));
      // Known only once kept: a batch that failed can be added again.
      for (const row of rows) known.add(row.code);
    },
    onProgress,
  );
  return { added, sources, repeated: found.length - fresh.length };
}

/** The statuses a newly added scenario file can change. */
const WAITING_FOR_A_FILE: readonly ResultStatus[] = ['unknown-scenario', 'other-version'];

export const waitsForAFile = (report: ResultReport): boolean => WAITING_FOR_A_FILE.includes(report.status);

/** Verifies kept codes again (after a scenario file was added) and keeps their new reports. */
export function verifyAgain(
  codes: readonly string[],
  verifier: Verifier,
  store: TeachStore<ResultReport>,
  onProgress: OnProgress,
): Promise<ResultReport[]> {
  return inBatches(codes, verifier, (rows) => store.updateReports(rows.map((report) => ({ code: report.code, report }))), onProgress);
}
