/** Which results count: verified by replay, and not a teacher's trial run. */
import type { ResultReport } from '../core/results';

export function counts(report: ResultReport): boolean {
  return report.status === 'verified' && !report.trial;
}
