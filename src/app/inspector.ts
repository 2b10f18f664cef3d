/**
 * The canvas registry and the read-only test inspector `window.crisisTable`.
 *
 * The Phaser side publishes what it has drawn (active scene, whether it has settled, every button and
 * text with its rectangle in game coordinates) to `canvasRegistry`. The DOM layer reads the same
 * registry to place each DOM button over its canvas twin, and the inspector hands it to browser tests.
 */
import type { AppController } from './controller';
import { drawnByPage } from './page-drawn';
import type { AppView } from './view';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A clickable canvas button. Ids follow the contract: 'choice:<id>', 'option:<i>', 'continue', 'card:<id>', … */
export interface TargetInfo extends Rect {
  id: string;
  label: string;
  enabled: boolean;
}

/** A drawn text and the box it must stay within. */
export interface TextInfo extends Rect {
  id: string;
  /** The words drawn (for tests that compare them with the DOM layer's). */
  text: string;
  box: Rect;
}

export interface CanvasLayout {
  /** Key of the active Phaser scene ('loading'|'menu'|'briefing'|'play'|'ending'; 'pause' while paused). */
  scene: string;
  /** The current screen is drawn, tweens and typewriter are done or skipped, input is accepted. */
  settled: boolean;
  targets: TargetInfo[];
  texts: TextInfo[];
  gameSize: { width: number; height: number };
  /** The target whose focus ring the canvas draws (keyboard focus only), or null. */
  focusRing: string | null;
}

type LayoutListener = (layout: Readonly<CanvasLayout>) => void;

/** The latest canvas layout; the Phaser side updates it, everyone else reads or subscribes. */
export class CanvasRegistry {
  private layout: CanvasLayout = { scene: '', settled: false, targets: [], texts: [], gameSize: { width: 0, height: 0 }, focusRing: null };
  private readonly listeners = new Set<LayoutListener>();

  /** Replaces the given parts of the layout and tells subscribers. */
  update(patch: Partial<CanvasLayout>): void {
    this.layout = { ...this.layout, ...patch };
    for (const fn of this.listeners) fn(this.layout);
  }

  get(): Readonly<CanvasLayout> {
    return this.layout;
  }

  subscribe(fn: LayoutListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

export const canvasRegistry = new CanvasRegistry();

export interface CrisisTableInspector {
  view(): AppView;
  paused(): boolean;
  scene(): string;
  settled(): boolean;
  targets(): TargetInfo[];
  texts(): TextInfo[];
  gameSize(): { width: number; height: number };
  focusRing(): string | null;
}

declare global {
  interface Window {
    crisisTable?: CrisisTableInspector;
  }
}

/**
 * Installs `window.crisisTable`. Every answer is a copy, so a test cannot change the game through it.
 * `domSettled` says whether the DOM layer has rendered the current view; when the canvas is not
 * running (no WebGL), the DOM layer alone decides `settled()` and the scene is named after the view.
 */
export function installInspector(
  target: Window,
  controller: AppController,
  registry: CanvasRegistry,
  options: { canvasRunning: () => boolean; domSettled: () => boolean },
): CrisisTableInspector {
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  // A view the page draws itself is the DOM layer's alone, with the canvas running or not.
  const canvasDraws = (): boolean => options.canvasRunning() && !drawnByPage(controller.view);
  const inspector: CrisisTableInspector = {
    view: () => copy(controller.view),
    paused: () => controller.paused,
    scene: () => (canvasDraws() ? registry.get().scene : controller.paused ? 'pause' : controller.view.name),
    settled: () => options.domSettled() && (!canvasDraws() || registry.get().settled),
    targets: () => copy(registry.get().targets),
    texts: () => copy(registry.get().texts),
    gameSize: () => copy(registry.get().gameSize),
    focusRing: () => registry.get().focusRing,
  };
  Object.defineProperty(target, 'crisisTable', { value: Object.freeze(inspector), configurable: true });
  return inspector;
}
