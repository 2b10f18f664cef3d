/**
 * Every phrase the player sees or hears, made once for both views: the presenter (presenter.ts) puts
 * them into the views, and the canvas scenes and the DOM layer only lay them out, so both say exactly
 * the same words.
 */
import type { Scenario } from '../core/model/schema';
import type { MeterView, QuizAnswer, Screen, StepOutcome, UndoState } from '../core/engine/types';
import type { Citations, LineWords, MeterWords, QuizResultWords } from './view';

type Source = Scenario['sources'][number];
type LineScreen = Extract<Screen, { kind: 'line' | 'choice' }>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2022-01-11" → "11 Jan 2022"; any other form of date is shown as the author wrote it. */
export function shortDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

export function citationsOf(scenario: Scenario): Citations {
  return Object.fromEntries(scenario.sources.map((s: Source) => [s.id, `${s.publisher}, ${shortDate(s.date)}`]));
}

/** The line under a quote or a paraphrase: "— quoted from Associated Press, 11 Jan 2022". */
export function citationLine(kind: 'quote' | 'paraphrase', ref: string | undefined, citations: Citations): string {
  const cited = (ref !== undefined ? citations[ref] : undefined) ?? 'the cited source';
  return kind === 'quote' ? `— quoted from ${cited}` : `— paraphrasing a position reported by ${cited}`;
}

/** Verbatim words inside quotation marks. */
export function quoted(text: string): string {
  return `“${text}”`;
}

const PARAPHRASE_TAG = 'Paraphrase';
export const EPILOGUE_HEADING = 'Epilogue — after the article';
export const MENU_INTRO =
  'The security talks of 10–13 January 2022: Russia and the United States in Geneva, Russia and NATO in Brussels, the OSCE in Vienna. Choose a scenario.';
export const NOT_REVIEWED_MARK = 'Not reviewed by the project';
export const NOT_REVIEWED =
  'Not reviewed by the project: this scenario was opened from a link or a file, not from the game. Its facts and quotes have not been checked.';

/** A line of dialogue or narration as shown and told: who speaks, the words, its mark and its source. */
export function lineWords(screen: LineScreen, citations: Citations): LineWords {
  const { name, title, affiliation, id } = screen.speaker;
  const narrator = id === 'narrator';
  return {
    narrator,
    name: narrator ? '' : name,
    about: narrator ? '' : [title, affiliation].filter((part) => part !== '').join(' · '),
    speaker: narrator ? '' : [name, title, affiliation].filter((part) => part !== '').join(', '),
    text: screen.delivery === 'quote' ? quoted(screen.text) : screen.text,
    ...(screen.delivery === 'paraphrase' ? { tag: PARAPHRASE_TAG } : {}),
    ...(screen.delivery ? { citation: citationLine(screen.delivery, screen.source?.ref, citations) } : {}),
  };
}

/** An item of a numbered list: a choice, a quiz option, a reviewed question (the DOM layer's <ol> numbers it too). */
export function numberedLine(index: number, text: string): string {
  return `${index + 1}. ${text}`;
}

/** An item of a bulleted list on the canvas, which has no list markup (the DOM layer uses <ul>). */
export function listItemLine(text: string): string {
  return `•  ${text}`;
}

export function meterChangeIsBetter(meter: Pick<MeterView, 'better' | 'change'>): boolean {
  return meter.better === 'higher' ? meter.change > 0 : meter.change < 0;
}

/** A meter as shown ("Tension", "40/100", "▲ +10 worse") and as told to a screen reader. */
export function meterWords(meter: MeterView): MeterWords {
  const value = `${meter.value}/${meter.max}`;
  const summary = `${meter.label} ${meter.value} of ${meter.max}`;
  const about = meterAbout(meter);
  if (meter.change === 0) return { label: meter.label, value, summary, about, change: null };
  const better = meterChangeIsBetter(meter);
  const verdict = better ? 'better' : 'worse';
  const up = meter.change > 0;
  const amount = Math.abs(meter.change);
  return {
    label: meter.label,
    value,
    summary: `${summary}, ${up ? 'up' : 'down'} ${amount} (${verdict})`,
    about,
    change: {
      better,
      shown: `${up ? '▲ +' : '▼ −'}${amount} ${verdict}`,
      told: `${meter.label} ${up ? 'up' : 'down'} ${amount} to ${meter.value} (${verdict})`,
    },
  };
}

export function outcomeLabel(outcome: 'success' | 'mixed' | 'failure'): string {
  return { success: 'Success', mixed: 'Mixed result', failure: 'Failure' }[outcome];
}

function quizVerdict(answer: Pick<QuizAnswer, 'correct'>): string {
  return answer.correct ? '✓ Correct' : '✗ Not quite';
}

/** The result of a quiz answer, option by option, with the explanation and the cited source. */
export function quizResultWords(quiz: NonNullable<StepOutcome['quiz']>, citations: Citations): QuizResultWords {
  const right = quiz.options[quiz.answer] ?? '';
  return {
    verdict: quizVerdict(quiz),
    options: quiz.options.map((option, i) => {
      const mark =
        i === quiz.answer ? (i === quiz.chosen ? '✓ Your answer — right' : '✓ The right answer') : i === quiz.chosen ? '✗ Your answer' : '';
      return { text: numberedLine(i, option), mark, state: i === quiz.answer ? 'right' : i === quiz.chosen ? 'chosen' : 'other' };
    }),
    quote: quoted(quiz.source.quote),
    citation: citationLine('quote', quiz.source.ref, citations),
    told: `${quiz.correct ? 'Correct.' : `Not quite. The answer is: ${right}.`} ${quiz.explanation}`,
  };
}

/** The ending's review of one quiz answer, in words: what the player answered and, if wrong, the answer. */
export function quizReviewLines(answer: QuizAnswer & { options: string[] }): string[] {
  const chosen = `${answer.correct ? '✓ Correct' : '✗ Not quite'}: you answered “${answer.options[answer.chosen] ?? ''}”.`;
  return answer.correct ? [chosen] : [chosen, `The answer: “${answer.options[answer.answer] ?? ''}”.`];
}

export function scoreLine(score: number): string {
  return `Score ${score} of 100`;
}

export function scoreDetail(endingScore: number, quiz: { correct: number; total: number }): string {
  const quizPart = quiz.total > 0 ? ` · quiz ${quiz.correct} of ${quiz.total} right` : '';
  return `Ending ${endingScore} of 100${quizPart}`;
}

export function minutesLine(minutes: number): string {
  return `About ${minutes} minutes`;
}

export function cardStatus(card: { minutes: number; finished: boolean; bestScore: number | null }): string {
  const status = card.finished ? `✓ Finished — best score ${card.bestScore ?? 0} of 100` : 'Not finished yet';
  return `${minutesLine(card.minutes)} · ${status}`;
}

/** Headings and button labels, the same on the canvas and in the DOM layer. */
export const LABELS = {
  gameTitle: 'Crisis Table',
  noScenarios: 'No scenario files were found in scenarios/.',
  brokenCard: 'This scenario file has an error and cannot be played:',
  cannotOpen: 'Cannot open',
  openFile: 'Open a scenario file…',
  openFileHint: 'A scenario file from this device, such as one made in the studio. It is checked before it opens.',
  moreBelow: '▼ More scenarios below',
  openBriefing: 'Open briefing',
  briefing: 'Briefing',
  continueSaved: 'Continue saved game',
  rolePrefix: 'Your role: ',
  youWillLearn: 'You will learn to:',
  yourRole: 'Your role',
  objectives: 'Objectives',
  vocabulary: 'Words you will meet',
  start: 'Start',
  startAfresh: 'Start afresh',
  continue: 'Continue',
  menu: 'Menu',
  pause: 'Pause',
  factCheck: 'Fact check',
  whatHappened: 'What happened',
  paused: 'Paused',
  resume: 'Resume',
  undo: 'Undo last step',
  restart: 'Restart scenario',
  pauseMenu: 'Menu (your game is saved)',
  debrief: 'Debrief',
  finalMeters: 'Final meters',
  whyItEnded: 'Why it ended here',
  whatReallyHappened: 'What really happened',
  quizAnswers: 'Your quiz answers',
  discussion: 'For discussion',
  playAgain: 'Play again',
  nextScenario: 'Next scenario',
  yourPath: 'Your path',
  article: 'The article',
  meterGuide: 'What the meters measure',
  print: 'Print or save this page',
  loading: 'Loading scenarios…',
  loadingSubtitle: 'Geneva · Brussels · Vienna — January 2022',
} as const;

export function unavailableReason(reason: string | undefined): string {
  return `Unavailable: ${reason ?? 'not possible now'}`;
}

/** Asked before "Start afresh" throws the saved game of a scenario away. */
export function startAfreshQuestion(title: string): { title: string; text: string; confirm: string; cancel: string } {
  return {
    title: 'Start afresh?',
    text: `Your saved game of “${title}” will be lost, and the scenario starts again from the beginning.`,
    confirm: 'Start afresh',
    cancel: 'Keep my saved game',
  };
}

/** The pause menu's word on what undo does: it can never raise the score a teacher sees. */
export const UNDO_RULE = 'Undo goes back to your last decision. A quiz answer, once given, stays given.';

/** Why the pause menu's Undo cannot act now (the engine's `UndoState`), or null when it can. */
export function undoClosedNote(state: UndoState): string | null {
  if (state === 'open') return null;
  return state === 'answer-given' ? 'A quiz answer once given stays given.' : 'Nothing to undo yet.';
}

/** The ending's meters for a screen reader: each one's change over the whole play. */
export function wholePlaySummary(meters: MeterView[]): string {
  return `Over the whole play: ${meters.map((meter) => meterWords(meter).summary).join('; ')}.`;
}

/** What a meter measures and which way is better: the briefing's meter guide and the meter's tip during play. */
export function meterAbout(meter: Pick<MeterView, 'description' | 'better'>): string {
  return `${meter.description} ${meter.better === 'higher' ? 'Higher is better.' : 'Lower is better.'}`;
}

/** One decision of "Your path": what was asked, what the player chose. */
export function pathChoiceLine(index: number, choice: string): string {
  return numberedLine(index, `You chose: ${choice}`);
}

/** A term and what it means on one line of the canvas (the DOM layer uses <dl>): the vocabulary, the meter guide. */
export function definitionLine(term: string, definition: string): string {
  return `${term} — ${definition}`;
}
