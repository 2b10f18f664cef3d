/**
 * Keeps a waiting game nearly idle: once everything on screen is drawn and still for a few frames,
 * Phaser's loop is put to sleep (no requestAnimationFrame at all); any input, resize or new view
 * wakes it. Input itself does not need the loop (Phaser handles DOM input events at once); only
 * drawing the result does.
 */
import type Phaser from 'phaser';

/** Frames drawn after things went still, so the last change is surely on screen. */
const QUIET_FRAMES = 3;
const WAKE_EVENTS = ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'keydown', 'resize', 'focusin', 'touchstart'] as const;

export class IdleLoop {
  private quiet = 0;
  private readonly onEvent = (): void => this.wake();

  constructor(
    private readonly game: Phaser.Game,
    private readonly isSettled: () => boolean,
  ) {
    game.events.on('postrender', () => this.afterFrame());
    for (const type of WAKE_EVENTS) window.addEventListener(type, this.onEvent, { capture: true, passive: true });
    game.events.once('destroy', () => {
      for (const type of WAKE_EVENTS) window.removeEventListener(type, this.onEvent, { capture: true });
    });
  }

  wake(): void {
    this.quiet = 0;
    if (!this.game.loop.running) this.game.loop.wake(true);
  }

  private afterFrame(): void {
    if (!this.isSettled()) {
      this.quiet = 0;
      return;
    }
    this.quiet += 1;
    if (this.quiet >= QUIET_FRAMES) this.game.loop.sleep();
  }
}
