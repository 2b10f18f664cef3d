/**
 * Keeps a waiting game idle: Phaser's loop draws a frame only while something changes. Once the
 * screen is drawn and still, the loop is put to sleep after that frame (no requestAnimationFrame at
 * all); a press, key, wheel turn, resize, focus change, hover or new view wakes it for the next
 * animation frame, which then draws what the input changed. Input itself does not need the loop
 * (Phaser handles DOM input events at once); only drawing the result does.
 *
 * The wake waits for the next animation frame rather than drawing at once: woken inside an event
 * listener, Phaser would draw before the game had handled the event (this listener runs first), see
 * a still screen and sleep again with the change undrawn; that is why a sleep used to wait three
 * still frames. Drawing once per change instead of three or four times cost a step on the phone's
 * software WebGL a quarter of its time in the browser tests.
 */
import type Phaser from 'phaser';

// Not 'pointermove': a mouse crossing the screen would draw a frame per move (60 a second, each as
// costly as a new screen on software WebGL) for nothing. The scenes wake the loop for the moves that
// change what is drawn, a pointer going over or off a button and a drag that scrolls (page-scene.ts).
const WAKE_EVENTS = ['pointerdown', 'pointerup', 'wheel', 'keydown', 'resize', 'focusin', 'focusout', 'touchstart'] as const;

export class IdleLoop {
  /** The animation frame a wake waits for, or 0. */
  private pending = 0;
  /** A wake came while a frame was being drawn, maybe after the change was drawn: draw one more. */
  private wokenWhileDrawing = false;
  private drawing = false;
  private readonly onEvent = (): void => this.wake();

  constructor(
    private readonly game: Phaser.Game,
    /** Nothing on screen changes until the next wake (an animation that wakes the loop itself may run). */
    private readonly isStill: () => boolean,
  ) {
    game.events.on('prerender', () => {
      this.drawing = true;
      this.wokenWhileDrawing = false;
    });
    game.events.on('postrender', () => this.afterFrame());
    for (const type of WAKE_EVENTS) window.addEventListener(type, this.onEvent, { capture: true, passive: true });
    game.events.once('destroy', () => {
      if (this.pending) cancelAnimationFrame(this.pending);
      for (const type of WAKE_EVENTS) window.removeEventListener(type, this.onEvent, { capture: true });
    });
  }

  /** Something may have changed: draw it on the next animation frame (the loop sleeps again once all is still). */
  wake(): void {
    if (this.drawing) this.wokenWhileDrawing = true;
    if (this.game.loop.running || this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      if (!this.game.loop.running) this.game.loop.wake(true);
    });
  }

  private afterFrame(): void {
    this.drawing = false;
    // The frame just drawn shows the still screen: nothing more to draw until the next wake.
    if (this.isStill() && !this.wokenWhileDrawing) this.game.loop.sleep();
  }
}
