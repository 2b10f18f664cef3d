/**
 * The story log: a role="log" region that screen readers read as it grows. It holds the recent
 * lines of the play (the transcript a DOM-only player reads) and is cleared between plays.
 */
import { entryText, type LogEntry } from './announcements';
import { h } from './h';

const KEPT_ENTRIES = 40;

export class StoryLog {
  constructor(private readonly region: HTMLElement) {}

  append(entries: LogEntry[]): void {
    for (const entry of entries) {
      // The speaker and tag are shown apart for the eye; the sentence reads whole to the ear.
      this.region.append(
        h(
          'p',
          // The quiz question is announced from the log but shown once, as the heading over its options.
          { class: `ct-log-entry ct-log-${entry.kind}${entry.kind === 'quiz' ? ' ct-sr-only' : ''}` },
          entry.speaker ? h('strong', { class: 'ct-log-speaker' }, `${entry.speaker}: `) : null,
          entry.tag ? h('span', { class: 'ct-tag' }, entry.tag) : null,
          entry.tag ? ' ' : null,
          h('span', {}, entry.text),
          entry.citation ? h('span', { class: 'ct-citation' }, ` ${entry.citation}`) : null,
        ),
      );
    }
    while (this.region.childElementCount > KEPT_ENTRIES) this.region.firstElementChild?.remove();
  }

  clear(): void {
    this.region.replaceChildren();
  }

  /** The newest entry as plain text, for reading aloud. */
  static spoken(entries: LogEntry[]): string {
    return entries.map(entryText).join(' ');
  }
}
