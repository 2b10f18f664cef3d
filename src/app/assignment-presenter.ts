/**
 * The assignment's views: its home (banner, name, scenarios with their state, the codes kept) and the
 * hand-in panel of an assignment play's ending. Plain data, like every view (see presenter.ts).
 */
import { MAX_STUDENT_NAME } from '../core/results/code-schema';
import type { AppContext, SealedResult } from './app-machine';
import { AssignmentStore } from './assignment-store';
import type { AssignmentSession } from './assignment-session';
import {
  ASSIGNMENT_LABELS,
  attemptsLine,
  codeFileName,
  dueLine,
  keptResultLine,
  limitReachedNote,
  overLimitNote,
  STATE_WORDS,
  STUDENT_PRIVACY_NOTE,
  type AssignmentState,
} from './assignment-wording';
import { saveKeyFor } from './assignment-session';
import { titleOf } from './scenario-library';
import type { AppView, AssignmentCard, HandIn, KeptResult } from './view';
import { minutesLine, NOT_REVIEWED_MARK } from './wording';

/** What the teacher's options make of a play's view: free play allows undo and shows the score. */
export interface PlayRules {
  undo: boolean;
  showScore: boolean;
}

export const FREE_PLAY: PlayRules = { undo: true, showScore: true };

export function rulesOf(session: AssignmentSession | null): PlayRules {
  const options = session?.assignment.content.options;
  return options ? { undo: options.undo, showScore: options.showScore } : FREE_PLAY;
}

export function assignmentView(context: Pick<AppContext, 'library' | 'saves' | 'storage'>, session: AssignmentSession): AppView {
  const { content, trial } = session.assignment;
  return {
    name: 'assignment',
    banner: {
      className: content.class || ASSIGNMENT_LABELS.noClass,
      note: content.note,
      due: dueLine(content.due),
      trial: trial ? ASSIGNMENT_LABELS.trial : null,
      privacy: STUDENT_PRIVACY_NOTE,
    },
    student: { name: session.student, prefill: AssignmentStore.lastStudent(context.storage), maxLength: MAX_STUDENT_NAME },
    scenarios: session.items.map((item) => cardOf(context, session, item)),
    results: keptResults(session),
    storageProblem: session.store.problem,
  };
}

function cardOf(
  context: Pick<AppContext, 'library' | 'saves'>,
  session: AssignmentSession,
  item: AssignmentSession['items'][number],
): AssignmentCard {
  if (!('libraryId' in item))
    return {
      id: null,
      title: item.key,
      minutesLine: '',
      state: 'missing',
      stateWords: STATE_WORDS.missing,
      attempts: null,
      limitNote: null,
      missing: item.missing,
      hasSave: false,
    };
  const entry = context.library.entry(item.libraryId);
  const limit = session.assignment.content.options.attempts;
  const used = session.store.attemptsUsed(item.key);
  const hasSave = context.saves.hasSave(saveKeyFor(session, item.libraryId));
  const state: AssignmentState = hasSave ? 'in-progress' : used > 0 ? 'done' : 'not-started';
  return {
    id: item.libraryId,
    title: entry ? titleOf(entry) : item.key,
    minutesLine: entry?.card ? minutesLine(entry.card.minutes) : '',
    state,
    stateWords: STATE_WORDS[state],
    attempts: attemptsLine(used, limit),
    limitNote: limit !== null && used >= limit ? limitReachedNote(limit) : null,
    ...(context.library.isOutside(item.libraryId) ? { mark: NOT_REVIEWED_MARK } : {}),
    hasSave,
  };
}

function keptResults(session: AssignmentSession): KeptResult[] {
  const { showScore } = rulesOf(session);
  return session.store.codes().map((kept) => ({
    title: kept.title,
    line: keptResultLine(kept, showScore),
    code: kept.code,
    fileName: codeFileName(kept.scenario, kept.attempt),
  }));
}

/** The ending's hand-in panel for the play just sealed. */
export function handInOf(session: AssignmentSession, sealed: SealedResult): HandIn {
  const results = keptResults(session);
  const own = results.find((kept) => kept.code === sealed.code);
  const limit = session.assignment.content.options.attempts;
  return {
    student: session.student ?? '',
    className: session.assignment.content.class || ASSIGNMENT_LABELS.noClass,
    trial: session.assignment.trial ? ASSIGNMENT_LABELS.trial : null,
    code: sealed.code,
    fileName: own?.fileName ?? codeFileName('result', sealed.attempt),
    line: own?.line ?? `Attempt ${sealed.attempt}`,
    overLimit: sealed.overLimit && limit !== null ? overLimitNote(sealed.attempt, limit) : null,
    storageProblem: session.store.problem,
    results,
  };
}
