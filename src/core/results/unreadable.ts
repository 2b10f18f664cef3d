/**
 * A code that could not be read at all (cut short, characters changed, or not one the game makes)
 * has no student and no scenario, so it cannot be a row of the class table; this says which input it
 * was and why, in the same words on the teacher's page and in `npm run results`, so the teacher can
 * ask that student for it again.
 */
import type { CodeSource } from './extract';
import type { ResultReport } from './report';

export type UnreadableWhy = 'incomplete' | 'changed' | 'not-a-code';

export interface Unreadable {
  why: UnreadableWhy;
  /** The code's first characters, enough to find it in the pasted text or the file. */
  start: string;
  /** Where it was: "codes.txt, line 3", "Pasted text, line 2"; empty when not known. */
  from: string;
  /** What happened to it and what to do, in a sentence. */
  words: string;
}

const START_LENGTH = 24;

const UNREADABLE_WORDS: Record<UnreadableWhy, string> = {
  incomplete: 'Copied incompletely: the code is cut short. Ask the student to copy or download it whole again.',
  changed:
    'Changed: some characters differ from the ones the game wrote (an edit, a typo or autocorrect). Ask the student to copy or download it again.',
  'not-a-code': 'Not a result code: it begins like one, but the game did not make it. Ask the student for the code their ending gave.',
};

export function sourceWords(source: CodeSource | undefined): string {
  if (!source) return '';
  return `${source.file ?? 'Pasted text'}, line ${source.line}`;
}

function whyOf(report: Pick<ResultReport, 'status' | 'scenario' | 'damage'>): UnreadableWhy | undefined {
  if (report.status === 'damaged') return report.damage === 'incomplete' || report.damage === 'changed' ? report.damage : 'not-a-code';
  // Its checksum held but it holds no play: made by hand, not by the game.
  if (report.status === 'invalid' && report.scenario === null) return 'not-a-code';
  return undefined;
}

/** Why a report's code could not be read, or undefined when it could (its play is a row of the class). */
export function unreadableOf(
  report: Pick<ResultReport, 'status' | 'scenario' | 'damage' | 'code'>,
  source?: CodeSource,
): Unreadable | undefined {
  const why = whyOf(report);
  if (why === undefined) return undefined;
  const start = report.code.length > START_LENGTH ? `${report.code.slice(0, START_LENGTH)}…` : report.code;
  return { why, start, from: sourceWords(source), words: UNREADABLE_WORDS[why] };
}

/** One line for a list or a terminal: `codes.txt, line 3: “CTR1.1a2b…” Copied incompletely: …`. */
export function unreadableLine(unreadable: Unreadable): string {
  return `${unreadable.from ? `${unreadable.from}: ` : ''}“${unreadable.start}” ${unreadable.words}`;
}
