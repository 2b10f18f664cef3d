/**
 * Decides whether a pointer press on the canvas may act, so that a press only ever acts on a screen
 * the player has seen: never on a layout not drawn yet, and never as the second click of a double
 * click (or the second tap of a double tap) that began on an earlier screen — the first click of a
 * line still typing completes it, and the second must not then go on past it unread. One gate for the
 * whole game, as a double click can span two scenes (a card, then the briefing under it).
 */

/** Two taps closer than this are one double tap (touch events carry no click count). */
const DOUBLE_TAP_MS = 350;

export class PressGate {
  /** Bumped by every new layout of any scene. */
  private screen = 0;
  /** The screen the current click sequence began on. */
  private sequenceScreen = -1;
  private lastTouchAt = Number.NEGATIVE_INFINITY;
  /** The DOM event judged last, and its verdict: Phaser hands one event to several listeners. */
  private judged: Event | undefined;
  private verdict = false;

  /** A scene has laid out a new screen. */
  newScreen(): void {
    this.screen += 1;
  }

  /** Whether the press this DOM event begins may act on the screen shown; `drawn` says that screen is on view. */
  admits(event: Event | undefined, drawn: boolean): boolean {
    if (event === undefined) return drawn;
    if (event === this.judged) return this.verdict;
    this.judged = event;
    this.verdict = this.judge(event, drawn);
    return this.verdict;
  }

  private judge(event: Event, drawn: boolean): boolean {
    const touch = typeof TouchEvent !== 'undefined' && event instanceof TouchEvent;
    const repeat = touch ? event.timeStamp - this.lastTouchAt < DOUBLE_TAP_MS : event instanceof MouseEvent && event.detail >= 2;
    if (touch) this.lastTouchAt = event.timeStamp;
    if (!repeat) this.sequenceScreen = this.screen;
    return drawn && this.sequenceScreen === this.screen;
  }
}
