/**
 * What the DOM layer needs from the canvas game: whether it runs and where its buttons are. The
 * canvas follows DOM focus and finishes its animations on a key by itself (src/game/director.ts).
 * When the canvas does not run, the DOM layer is the whole game.
 */
import type { CanvasRegistry } from '../app/inspector';

export interface CanvasLink {
  readonly registry: CanvasRegistry;
  /** The game canvas is up and drawing the views. */
  running(): boolean;
  /** The element whose box maps game coordinates to the page (the canvas). */
  element(): HTMLElement | null;
}

/** The link while no canvas runs (before it starts, or when WebGL and Canvas both failed). */
export function noCanvas(registry: CanvasRegistry): CanvasLink {
  return { registry, running: () => false, element: () => null };
}
