/** How the results page words numbers and times. */
import type { ResultReport } from '../core/results';

export function playDurationMs(row: ResultReport): number | undefined {
  if (!row.started || !row.finished) return undefined;
  const ms = Date.parse(row.finished) - Date.parse(row.started);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** "12:05" for 12 minutes 5 seconds; "1:02:00" past an hour. */
export function clock(ms: number | undefined): string {
  if (ms === undefined) return '–';
  const seconds = Math.round(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`;
}

const OUTCOME_WORDS: Record<string, string> = { success: 'Success', mixed: 'Mixed', failure: 'Failure' };

export function outcomeWords(outcome: string | null): string {
  return outcome === null ? '–' : (OUTCOME_WORDS[outcome] ?? outcome);
}
