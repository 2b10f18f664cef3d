/** Every word the assignment home and the ending's result code say, for both the page and the tests. */
import { shortDate } from './wording';

export { STUDENT_PRIVACY_NOTE } from '../core/results/wording';

export const ASSIGNMENT_LABELS = {
  heading: 'Your assignment',
  trial: 'Trial run — does not count',
  classPrefix: 'Class: ',
  noClass: 'No class given',
  scenarios: 'Scenarios, in order',
  yourName: 'Your name',
  nameHint: 'It goes into your result codes, so your teacher knows they are yours. Check it is yours: this device may be shared.',
  confirmName: 'Use this name',
  nameNeeded: 'Type your name first.',
  changeName: 'Change name',
  start: 'Start',
  again: 'Play again',
  continue: 'Continue',
  freePlay: 'Free play: all scenarios',
  backToAssignment: 'Back to the assignment',
  /** The pause menu's way out of a play of the assignment, which leads to its home. */
  pauseBackToAssignment: 'Back to the assignment (your game is saved)',
  myResults: 'My results',
  noResults: 'No results yet. Each time you reach an ending, its result code is kept here.',
  resultCode: 'Your result code',
  handIn: 'Hand this code in to your teacher: copy it into the place they asked for, or download it as a file.',
  copy: 'Copy',
  download: 'Download',
  copied: 'Copied. Paste it where your teacher asked.',
  copyRefused: 'This browser would not copy it for the page. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it, or use Download.',
  downloaded: 'Downloaded as a text file.',
} as const;

export type AssignmentState = 'not-started' | 'in-progress' | 'done' | 'missing';

export const STATE_WORDS: Record<AssignmentState, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  missing: 'Not in this game',
};

export function playingAs(name: string): string {
  return `Playing as ${name}`;
}

export function dueLine(due: string | null): string | null {
  return due === null ? null : `Due ${shortDate(due)}`;
}

/** "1 of 2 attempts used", "No attempts used yet (no limit)". */
export function attemptsLine(used: number, limit: number | null): string {
  if (limit === null)
    return used === 0 ? 'No attempts used yet (no limit)' : `${used} ${used === 1 ? 'attempt' : 'attempts'} used (no limit)`;
  return `${Math.min(used, limit)} of ${limit} ${limit === 1 ? 'attempt' : 'attempts'} used`;
}

/** Said once the allowed attempts are used: playing is still possible, and the teacher will see it marked. */
export function limitReachedNote(limit: number): string {
  return `You have used ${limit === 1 ? 'your attempt' : `all ${limit} attempts`}. You may still play, but a new result will be marked as over the limit for your teacher.`;
}

export function overLimitNote(attempt: number, limit: number): string {
  return `This was attempt ${attempt}; your teacher allowed ${limit}. The code is marked as over the limit on your teacher's page.`;
}

export function keptResultLine(
  kept: { attempt: number; finished: string; endingTitle: string; score: number },
  showScore: boolean,
): string {
  const when = new Date(kept.finished).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return [`Attempt ${kept.attempt}`, when, kept.endingTitle, showScore ? `Score ${kept.score} of 100` : null].filter(Boolean).join(' · ');
}

/** The file a code downloads as: the scenario and the attempt, so a folder of them sorts sensibly. */
export function codeFileName(scenario: string, attempt: number): string {
  return `crisis-table-${scenario}-attempt-${attempt}.txt`;
}

export const UNDO_OFF_RULE = 'Undo is switched off for this assignment: each decision stands.';
