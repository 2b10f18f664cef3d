/**
 * What the DOM layer needs from the canvas game: whether it runs and where its buttons are. The
 * canvas follows DOM focus and finishes its animations on a key by itself (src/game/director.ts).
 * When the canvas does not run, the DOM layer is the whole game.
 */
import type { CanvasRegistry } from '../app/inspector';

/** How a key scrolls a long canvas page: by a line, by a screen, or to an end. */
export type ScrollStep = 'line-up' | 'line-down' | 'page-up' | 'page-down' | 'top' | 'bottom';

export interface CanvasLink {
  readonly registry: CanvasRegistry;
  /** The game canvas is up and drawing the views. */
  running(): boolean;
  /** The element whose box maps game coordinates to the page (the canvas). */
  element(): HTMLElement | null;
  /** Scrolls the page the canvas shows; false when it did not move (no canvas, or already at that end). */
  scroll(step: ScrollStep): boolean;
  /** Closes a tip the canvas shows (a meter's); false when none was open. */
  dismiss(): boolean;
}

/** The link while no canvas runs (before it starts, or when WebGL and Canvas both failed). */
export function noCanvas(registry: CanvasRegistry): CanvasLink {
  return { registry, running: () => false, element: () => null, scroll: () => false, dismiss: () => false };
}
