/**
 * The class table's rows: one per student and scenario, with that student's attempts grouped (the
 * best and the latest), the roster's spelling of the name, and flags for the teacher: attempts over
 * the limit, a submission after the due date, a name not on the roster, a trial run.
 */
import type { ResultReport, ResultStatus } from '../core/results';
import { counts } from './report-status';
import { identifyStudent, type Student } from './roster';

export interface AssignmentRules {
  /** Attempts allowed per scenario; null is unlimited. */
  attempts: number | null;
  /** `YYYY-MM-DD`: a play finished after the end of that day (in the teacher's time zone) is late. */
  due: string | null;
}

export type RowFlag = 'over-limit' | 'late' | 'not-on-roster' | 'ambiguous' | 'trial';

export interface ClassRow {
  student: Student;
  scenarioId: string;
  scenarioTitle: string;
  /** Every play of this student and scenario, oldest first. */
  plays: ResultReport[];
  /** The counted play with the highest score (the latest among equals), else the latest play. */
  best: ResultReport;
  latest: ResultReport;
  status: ResultStatus;
  flags: RowFlag[];
}

function finishedAt(report: ResultReport): number {
  const time = report.finished ? Date.parse(report.finished) : NaN;
  return Number.isNaN(time) ? 0 : time;
}

function dueEnd(due: string | null | undefined): number | undefined {
  if (!due) return undefined;
  const end = new Date(`${due}T23:59:59.999`).getTime();
  return Number.isNaN(end) ? undefined : end;
}

/**
 * Groups plays one at a time (so a page can group a large class in slices), then gives the rows.
 * Each name is matched to the roster once, however many codes carry it.
 */
export function rowsTally(
  roster: readonly string[],
  titleOf: (scenarioId: string) => string,
  rules?: AssignmentRules,
): { add: (report: ResultReport) => void; done: () => ClassRow[] } {
  const groups = new Map<string, { student: Student; scenario: string; plays: ResultReport[] }>();
  const students = new Map<string, Student>();
  const add = (report: ResultReport): void => {
    if (report.student === null || report.scenario === null) return;
    let student = students.get(report.student);
    if (!student) {
      student = identifyStudent(report.student, roster);
      students.set(report.student, student);
    }
    // A code of another assignment is a row of its own: it must say so, not hide among the plays that count.
    const apart = report.status === 'other-assignment' ? `\u0000${report.assignment ?? 'free play'}` : '';
    const key = `${student.key}\u0000${report.scenario}${apart}`;
    const group = groups.get(key);
    if (group) group.plays.push(report);
    else groups.set(key, { student, scenario: report.scenario, plays: [report] });
  };
  const lateAfter = dueEnd(rules?.due);
  const limit = rules?.attempts ?? null;
  const done = (): ClassRow[] =>
    [...groups.values()].map(({ student, scenario, plays }) => {
      plays.sort((a, b) => finishedAt(a) - finishedAt(b));
      const latest = plays.at(-1)!;
      const counted = plays.filter(counts);
      const best =
        counted.reduce<ResultReport | undefined>((top, play) => (!top || (play.score ?? 0) >= (top.score ?? 0) ? play : top), undefined) ??
        latest;
      const flags: RowFlag[] = [];
      if (limit !== null && (counted.length > limit || counted.some((play) => (play.attempt ?? 1) > limit))) flags.push('over-limit');
      if (lateAfter !== undefined && counted.some((play) => finishedAt(play) > lateAfter)) flags.push('late');
      if (student.flag) flags.push(student.flag);
      if (plays.every((play) => play.trial)) flags.push('trial');
      return { student, scenarioId: scenario, scenarioTitle: titleOf(scenario), plays, best, latest, status: best.status, flags };
    });
  return { add, done };
}

export function classRows(
  reports: readonly ResultReport[],
  roster: readonly string[],
  titleOf: (scenarioId: string) => string,
  rules?: AssignmentRules,
): ClassRow[] {
  const tally = rowsTally(roster, titleOf, rules);
  for (const report of reports) tally.add(report);
  return tally.done();
}

export const FLAG_WORDS: Record<RowFlag, string> = {
  'over-limit': 'more attempts than allowed',
  late: 'after the due date',
  'not-on-roster': 'name not on the roster',
  ambiguous: 'name fits more than one student',
  trial: 'trial run (not counted)',
};
