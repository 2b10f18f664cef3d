/**
 * One verified code as a flat record: the `npm run results -- --json` shape, and the source of the
 * CSV rows, so the command and the teacher's page report the same thing.
 */
import type { CodeStep } from './code-schema';
import type { Damage } from './sealed-text';
import type { Verification } from './verify';
import { otherAssignmentMessage } from './wording';

export interface ResultReport {
  status: Verification['status'];
  message: string;
  student: string | null;
  assignment: string | null;
  trial: boolean;
  scenario: string | null;
  version: string | null;
  attempt: number | null;
  started: string | null;
  finished: string | null;
  /** From the replay: only for verified and altered codes. */
  ending: string | null;
  endingTitle: string | null;
  outcome: string | null;
  score: number | null;
  quiz: { correct: number; total: number } | null;
  steps: ReportStep[];
  claimed: { ending: string; score: number } | null;
  code: string;
  /** For a damaged code: cut short, or characters changed (see unreadableOf). */
  damage?: Damage;
}

export interface ReportStep {
  kind: CodeStep['kind'];
  node: string;
  choice?: string;
  option?: number;
  /** For a quiz answer, when the play was replayed. */
  correct?: boolean;
  ms: number;
}

export function reportOf(verification: Verification): ResultReport {
  const { code, replay } = verification;
  const answers = replay?.quiz.answers ?? [];
  let answerIndex = 0;
  const steps = (code?.steps ?? []).map((step): ReportStep => {
    if (step.kind !== 'answer') return { ...step };
    const answer = answers[answerIndex++];
    return answer ? { ...step, correct: answer.correct } : { ...step };
  });
  return {
    status: verification.status,
    message: verification.message,
    student: code?.student ?? null,
    assignment: code?.assignment ?? null,
    trial: code?.trial ?? false,
    scenario: code?.scenario.id ?? null,
    version: code?.scenario.version ?? null,
    attempt: code?.attempt ?? null,
    started: code?.started ?? null,
    finished: code?.finished ?? null,
    ending: replay?.ending ?? null,
    endingTitle: replay?.endingTitle ?? null,
    outcome: replay?.outcome ?? null,
    score: replay?.score ?? null,
    quiz: replay ? { correct: replay.quiz.correct, total: replay.quiz.total } : null,
    steps,
    claimed: code ? { ...code.claimed } : null,
    code: verification.text,
    ...(verification.damage ? { damage: verification.damage } : {}),
  };
}

/**
 * A kept report as seen for one assignment: a code that could be read but was made for another one
 * (or in free play) says `other-assignment` and loses its replayed result, exactly the report
 * `verifyCode(code, library, { assignmentId })` gives, so a page that verified once can show any
 * assignment's view without replaying again.
 */
export function reportForAssignment(report: ResultReport, assignmentId: string): ResultReport {
  const readable = report.scenario !== null;
  if (!readable || report.assignment === assignmentId) return report;
  return {
    ...report,
    status: 'other-assignment',
    message: otherAssignmentMessage(report.assignment, assignmentId),
    ending: null,
    endingTitle: null,
    outcome: null,
    score: null,
    quiz: null,
    steps: report.steps.map(({ correct: _replayed, ...step }) => step),
  };
}
