/**
 * What the story log (role="log", read out by screen readers as it grows) says when a new view
 * appears: the current line with its speaker, the quiz question, the result of an answer, feedback,
 * meter changes, and the ending's outcome and score. Pure, so it is tested without a browser.
 */
import type { Cause } from '../app/controller';
import type { AppView } from '../app/view';
import { lineText, meterChangeIsBetter, outcomeLabel, PARAPHRASE_TAG, quotedFrom, quizVerdict, speakerLine } from '../app/wording';

export interface LogEntry {
  kind: 'line' | 'quiz' | 'outcome' | 'meters' | 'ending';
  /** Who speaks, with title and affiliation ("" for the narrator and for non-dialogue entries). */
  speaker: string;
  text: string;
  /** "Paraphrase", shown as a tag. */
  tag?: string;
  /** "— quoted from …" under a verbatim quote. */
  citation?: string;
}

/**
 * Entries for a view just shown, by what made it: nothing for the menu and briefing, whose headings
 * take the focus, nor for opening and closing the pause menu. Meter changes are told once, with the
 * step that made them (not again when its feedback is acknowledged).
 */
export function logEntriesFor(view: AppView, cause: Cause): LogEntry[] {
  if (view.name === 'ending') {
    if (cause.type !== 'ending.reached') return [];
    const { result } = view;
    return [
      {
        kind: 'ending',
        speaker: '',
        text: `The end: ${result.endingTitle}. Outcome: ${outcomeLabel(result.outcome)}. Score: ${result.score} of 100 (quiz ${result.quiz.correct} of ${result.quiz.total} correct).`,
      },
    ];
  }
  if (view.name !== 'play' || cause.type === 'pause.opened' || cause.type === 'pause.closed') return [];
  const entries: LogEntry[] = [];
  const outcome = view.pendingOutcome;
  if (outcome?.quiz) {
    const { quiz } = outcome;
    const right = quiz.options[quiz.answer] ?? '';
    const verdict = quiz.correct ? quizVerdict(quiz) : `${quizVerdict(quiz)} The answer is: ${right}.`;
    entries.push({ kind: 'outcome', speaker: '', text: `${verdict} ${quiz.explanation}` });
  } else if (outcome?.feedback !== undefined) {
    entries.push({ kind: 'outcome', speaker: '', text: outcome.feedback });
  }
  const changed = cause.type === 'play.stepped' ? view.meters.filter((m) => m.change !== 0) : [];
  if (changed.length > 0) {
    const parts = changed.map(
      (m) =>
        `${m.label} ${m.change > 0 ? 'up' : 'down'} ${Math.abs(m.change)} to ${m.value} (${meterChangeIsBetter(m) ? 'better' : 'worse'})`,
    );
    entries.push({ kind: 'meters', speaker: '', text: `${parts.join('; ')}.` });
  }
  if (outcome) return entries;
  const { screen } = view;
  if (screen.kind === 'quiz') {
    entries.push({ kind: 'quiz', speaker: '', text: `Quiz: ${screen.question}` });
  } else if (screen.kind === 'line' || screen.kind === 'choice') {
    entries.push({
      kind: 'line',
      speaker: screen.speaker.id === 'narrator' ? '' : speakerLine(screen),
      text: lineText(screen),
      ...(screen.delivery === 'paraphrase' ? { tag: PARAPHRASE_TAG } : {}),
      ...(screen.delivery === 'quote' && screen.source ? { citation: quotedFrom(screen.source.ref, view.citations) } : {}),
    });
  }
  return entries;
}

/** The one text of an entry as a screen reader reads it. */
export function entryText(entry: LogEntry): string {
  return [entry.speaker && `${entry.speaker}:`, entry.tag && `(${entry.tag})`, entry.text, entry.citation].filter(Boolean).join(' ');
}
