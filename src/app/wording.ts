/**
 * Wording shared by the canvas and the DOM layer, so both say exactly the same thing.
 */
import type { Scenario } from '../core/model/schema';
import type { MeterView, QuizAnswer, Screen } from '../core/engine/types';
import type { Citations } from './view';

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

/** "— quoted from Associated Press, 11 Jan 2022" under a verbatim line or quiz source. */
export function quotedFrom(ref: string, citations: Citations): string {
  return `— quoted from ${citations[ref] ?? ref}`;
}

/** The line's text as shown: a verbatim quote inside quotation marks, anything else as written. */
export function lineText(screen: LineScreen): string {
  return screen.delivery === 'quote' ? `“${screen.text}”` : screen.text;
}

/** "Sergei Ryabkov, Deputy Foreign Minister, Russia"; the narrator has no title line. */
export function speakerLine(screen: LineScreen): string {
  const { name, title, affiliation } = screen.speaker;
  return [name, title, affiliation].filter((part) => part !== '').join(', ');
}

export const PARAPHRASE_TAG = 'Paraphrase';
export const EPILOGUE_HEADING = 'Epilogue — after the article';

export function choiceLabel(index: number, text: string): string {
  return `${index + 1}. ${text}`;
}

/** "Tension 40 of 100, up 10 (worse)". */
export function meterSummary(meter: MeterView): string {
  const base = `${meter.label} ${meter.value} of ${meter.max}`;
  if (meter.change === 0) return base;
  const direction = meter.change > 0 ? `up ${meter.change}` : `down ${-meter.change}`;
  return `${base}, ${direction} (${meterChangeIsBetter(meter) ? 'better' : 'worse'})`;
}

export function meterChangeIsBetter(meter: MeterView): boolean {
  return meter.better === 'higher' ? meter.change > 0 : meter.change < 0;
}

export function outcomeLabel(outcome: 'success' | 'mixed' | 'failure'): string {
  return { success: 'Success', mixed: 'Mixed result', failure: 'Failure' }[outcome];
}

/** The ending's review of one quiz answer, in words: what the player answered and, if wrong, the answer. */
export function quizReviewLines(answer: QuizAnswer & { options: string[] }): string[] {
  const chosen = `${answer.correct ? 'Correct' : 'Not quite'}: you answered “${answer.options[answer.chosen] ?? ''}”.`;
  return answer.correct ? [chosen] : [chosen, `The answer: “${answer.options[answer.answer] ?? ''}”.`];
}

export function quizVerdict(answer: QuizAnswer): string {
  return answer.correct ? 'Correct.' : 'Not quite.';
}
