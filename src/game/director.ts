/**
 * Shows the scene for the controller's view: starts the scene named after `view.name`, rebuilds the
 * running one when the view or a setting changes, and lays the pause scene over play while paused.
 * It also carries two things from the page to the scenes: the DOM focus (the canvas draws the ring
 * of the button whose DOM twin has focus) and "any key" (which finishes the typewriter).
 */
import type Phaser from 'phaser';
import type { Cause } from '../app/controller';
import { drawnByPage } from '../app/page-drawn';
import type { AppView } from '../app/view';
import type { GameContext, SceneKey } from './context';
import type { PageScene } from './page-scene';

const VIEW_SCENES: readonly SceneKey[] = ['loading', 'briefing', 'play', 'ending'];

export class Director {
  /** The view's scene; null while the page draws the view itself (no scene runs); undefined before the first view. */
  private current: SceneKey | null | undefined = undefined;

  constructor(
    private readonly game: Phaser.Game,
    private readonly ctx: GameContext,
  ) {}

  attach(): () => void {
    const unsubscribe = [
      this.ctx.controller.subscribe(({ cause }) => this.sync(cause)),
      this.ctx.settings.subscribe(() => this.rebuildAll()),
    ];
    const onFocus = (): void => this.top()?.showFocus(focusedTarget());
    const onKey = (event: KeyboardEvent): void => {
      if (!this.ctx.keyIsOutside(event)) this.top()?.skipAnimations();
    };
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', onFocus);
    window.addEventListener('keydown', onKey, true);
    this.sync();
    return () => {
      for (const off of unsubscribe) off();
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', onFocus);
      window.removeEventListener('keydown', onKey, true);
    };
  }

  /** The scene the player is looking at: the pause overlay while paused, else the view's scene. */
  top(): PageScene | undefined {
    const key = this.ctx.controller.paused ? 'pause' : this.current;
    if (!key || !this.game.scene.isActive(key)) return undefined;
    return this.game.scene.getScene(key) as PageScene;
  }

  /** Everything the player sees is drawn and still (nothing is, on the canvas, while the page draws the view). */
  settled(): boolean {
    if (this.current === null) return true;
    const top = this.top();
    return top !== undefined && top.settled();
  }

  /** Nothing the player sees changes until the loop is woken (see PageScene.still). */
  still(): boolean {
    if (this.current === null) return true;
    const top = this.top();
    return top !== undefined && top.still();
  }

  /** Redraws after the font arrives or a setting changes (sizes and colours depend on them). */
  rebuildAll(): void {
    this.ctx.wake();
    if (this.sceneFor(this.ctx.controller.view) !== this.current) return this.sync();
    for (const key of [this.current, 'pause'] as const) {
      if (key && this.game.scene.isActive(key)) (this.game.scene.getScene(key) as PageScene).rebuild();
    }
  }

  /**
   * The view's scene; the loading scene until the font has arrived, as no text can be drawn before;
   * none for a view the page draws itself.
   */
  private sceneFor(view: AppView): SceneKey | null {
    if (drawnByPage(view)) return null;
    return this.ctx.fontsReady() ? (view.name as Exclude<AppView['name'], 'menu' | 'assignment'>) : 'loading';
  }

  /** Shows what happened: the pause menu opened or closed over the play, or else a new screen. */
  private sync(cause?: Cause): void {
    const { view, paused } = this.ctx.controller;
    this.ctx.wake();
    const key = this.sceneFor(view);
    const pauseOnly = cause?.type === 'pause.opened' || cause?.type === 'pause.closed';
    if (key !== this.current) {
      for (const other of VIEW_SCENES) if (other !== key && this.game.scene.isActive(other)) this.game.scene.stop(other);
      if (key !== null) this.game.scene.start(key);
      // Nothing is drawn for a view the page shows itself: no buttons for the DOM layer to sit over.
      // The game's size still says that the canvas runs (the first screen is such a view).
      else
        this.ctx.registry.update({
          scene: '',
          settled: true,
          targets: [],
          texts: [],
          focusRing: null,
          gameSize: { width: this.game.scale.width, height: this.game.scale.height },
        });
      this.current = key;
    } else if (key !== null && !pauseOnly && this.game.scene.isActive(key)) {
      (this.game.scene.getScene(key) as PageScene).rebuild();
    }
    const pauseShown = this.game.scene.isActive('pause') || this.game.scene.isPaused('pause');
    if (paused && !pauseShown) this.game.scene.run('pause');
    if (!paused && pauseShown) {
      this.game.scene.stop('pause');
      const scene = key === null ? null : (this.game.scene.getScene(key) as PageScene | null);
      scene?.publish();
    }
  }
}

/**
 * The `data-target` id of the focused DOM element, if it is one of the buttons with a canvas twin and
 * its focus is one the browser would show (:focus-visible): a keyboard player's, not the focus the
 * layer moves to a new screen's first button after a mouse click, which would look pre-selected.
 */
function focusedTarget(): string | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.matches(':focus-visible') ? active.getAttribute('data-target') : null;
}
