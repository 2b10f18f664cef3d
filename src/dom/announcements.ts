/**
 * What the story log (role="log", read out by screen readers as it grows) says when a new view
 * appears: the current line with its speaker, the quiz question, the result of an answer, feedback,
 * meter changes, and the ending's outcome and score. Pure, so it is tested without a browser.
 */
import type { Cause } from '../app/controller';
import type { AppView } from '../app/view';

export interface LogEntry {
  kind: 'line' | 'quiz' | 'outcome' | 'meters' | 'ending';
  /** Who speaks, with title and affiliation ("" for the narrator and for non-dialogue entries). */
  speaker: string;
  text: string;
  /** "Paraphrase", shown as a tag. */
  tag?: string;
  /** "— quoted from …" under a verbatim quote, "— paraphrasing a position reported by …" under a paraphrase. */
  citation?: string;
}

/**
 * Entries for a view just shown, by what made it: nothing for the menu and briefing, whose headings
 * take the focus, nor for opening and closing the pause menu. Meter changes are told once, with the
 * step that made them (not again when its feedback is acknowledged).
 */
export function logEntriesFor(view: AppView, cause: Cause): LogEntry[] {
  if (view.name === 'ending') return cause.type === 'ending.reached' ? [{ kind: 'ending', speaker: '', text: view.words.told }] : [];
  if (view.name !== 'play' || cause.type === 'pause.opened' || cause.type === 'pause.closed') return [];
  const entries: LogEntry[] = [];
  const outcome = view.pendingOutcome;
  if (view.quizResult) entries.push({ kind: 'outcome', speaker: '', text: view.quizResult.told });
  else if (outcome?.feedback !== undefined) entries.push({ kind: 'outcome', speaker: '', text: outcome.feedback });
  const changes = cause.type === 'play.stepped' ? view.meters.flatMap((m) => (m.words.change ? [m.words.change.told] : [])) : [];
  if (changes.length > 0) entries.push({ kind: 'meters', speaker: '', text: `${changes.join('; ')}.` });
  if (outcome) return entries;
  const { screen, line } = view;
  if (screen.kind === 'quiz') entries.push({ kind: 'quiz', speaker: '', text: `Quiz: ${screen.question}` });
  else if (line) {
    entries.push({
      kind: 'line',
      speaker: line.speaker,
      text: line.text,
      ...(line.tag !== undefined ? { tag: line.tag } : {}),
      ...(line.citation !== undefined ? { citation: line.citation } : {}),
    });
  }
  return entries;
}

/** The one text of an entry as a screen reader reads it. */
export function entryText(entry: LogEntry): string {
  return [entry.speaker && `${entry.speaker}:`, entry.tag && `(${entry.tag})`, entry.text, entry.citation].filter(Boolean).join(' ');
}
