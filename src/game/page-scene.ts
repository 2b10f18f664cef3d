/**
 * The base of every scene: a fixed header and footer ("chrome") around a content area that scrolls
 * when it is taller than the screen. Two cameras do this: the main camera shows the content through
 * a viewport between header and footer (so content is clipped there), a second camera draws the
 * chrome on top. Each scene lays itself out for the real screen size and rebuilds on resize,
 * on a settings change and on every new view; it publishes its buttons and texts to the registry.
 */
import Phaser from 'phaser';
import type { Rect, TargetInfo, TextInfo } from '../app/inspector';
import type { ScrollStep } from '../dom/canvas-link';
import type { CornerBox, GameContext, SceneKey } from './context';
import { themeFor, type Theme } from './theme';
import { fillRoundedRect, strokeRoundedRect } from './widgets/rounded-rect';

export type Layer = 'content' | 'chrome';

/** What the scene knows of a button it drew. */
export interface TargetEntry {
  id: string;
  label: string;
  enabled: boolean;
  layer: Layer;
  /** World rect for content, screen rect for chrome. */
  rect: Rect;
  activate(): void;
}

interface TextEntry {
  id: string;
  text: Phaser.GameObjects.Text;
  box: Rect;
  layer: Layer;
}

const SCROLLBAR_WIDTH = 6;
/** A pointer that moves farther than this between down and up was scrolling, not pressing. */
const TAP_SLOP = 10;

export abstract class PageScene extends Phaser.Scene {
  protected theme!: Theme;
  private chromeCam!: Phaser.Cameras.Scene2D.Camera;
  private viewport: Rect = { x: 0, y: 0, width: 0, height: 0 };
  private contentHeight = 0;
  private targetList: TargetEntry[] = [];
  private textList: TextEntry[] = [];
  private readonly skippers = new Set<() => void>();
  private running = 0;
  /** Of the running animations, those that draw by waking the loop themselves (see `every`). */
  private selfWaking = 0;
  /** Bumped by every rebuild, so animations of a torn-down layout cannot count against the new one. */
  private generation = 0;
  private built = false;
  /** True from a rebuild until the frame that shows it has been drawn: only then is the screen there to act on. */
  private awaitingRender = false;
  /** Between create() and shutdown: the scene has cameras and may draw. */
  private live = false;
  private focusRing: Phaser.GameObjects.Graphics | undefined;
  private scrollbar: Phaser.GameObjects.Graphics | undefined;
  private focusedId: string | null = null;
  private drag: { startY: number; startScroll: number; moved: boolean } | undefined;
  private publishQueued = false;

  protected constructor(
    readonly key: SceneKey,
    protected readonly ctx: GameContext,
  ) {
    super(key);
  }

  /** Draws the current view for a screen of this size. Called on every rebuild. */
  protected abstract layout(width: number, height: number): void;

  create(): void {
    this.chromeCam = this.cameras.add(0, 0, this.scale.width, this.scale.height, false, 'chrome');
    const onResize = (): void => this.rebuild();
    this.scale.on('resize', onResize);
    this.events.on(Phaser.Scenes.Events.RENDER, () => {
      if (!this.awaitingRender) return;
      this.awaitingRender = false;
      this.publish();
    });
    this.input.on('wheel', (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => this.scrollBy(dy));
    this.input.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      if (!this.admitsPress(pointer)) return;
      this.skipAnimations();
      if (this.insideViewport(pointer.x, pointer.y))
        this.drag = { startY: pointer.y, startScroll: this.cameras.main.scrollY, moved: false };
    });
    this.input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      if (!this.drag || !pointer.isDown) return;
      const dy = pointer.y - this.drag.startY;
      if (Math.abs(dy) > TAP_SLOP) this.drag.moved = true;
      if (!this.drag.moved) return;
      this.scrollTo(this.drag.startScroll - dy);
      this.ctx.wake();
    });
    // A pointer that moves draws a frame only when it changes what is drawn: it goes over or off a
    // button or a meter (the idle loop does not wake for every move; see idle-loop.ts).
    const wake = (): void => this.ctx.wake();
    this.input.on('gameobjectover', wake);
    this.input.on('gameobjectout', wake);
    this.input.on('pointerup', () => (this.drag = undefined));
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
      this.skippers.clear();
      this.built = false;
      this.live = false;
    });
    this.live = true;
    this.rebuild();
  }

  /**
   * Whether a pointer-down may act on this screen: it is drawn, and the press is not the second click
   * of a double click begun on an earlier screen (see press-gate.ts). Buttons arm only on such a down.
   */
  admitsPress(pointer: Phaser.Input.Pointer): boolean {
    return this.ctx.pressGate.admits(pointer.event, this.built && !this.awaitingRender);
  }

  /** True while a pointer gesture is a scroll; buttons then ignore the release. */
  isDragging(): boolean {
    return this.drag?.moved ?? false;
  }

  /** Throws away everything drawn and lays the view out again. */
  rebuild(): void {
    if (!this.live) return;
    this.tweens.killAll();
    this.time.removeAllEvents();
    this.skippers.clear();
    this.running = 0;
    this.selfWaking = 0;
    this.generation += 1;
    this.ctx.pressGate.newScreen();
    for (const child of [...this.children.list]) child.destroy();
    this.targetList = [];
    this.textList = [];
    this.focusRing = undefined;
    this.scrollbar = undefined;
    const { width, height } = this.scale;
    this.theme = themeFor(this.ctx.settings.get(), width, this.ctx.systemReducedMotion());
    this.cameras.main.setBackgroundColor(this.theme.palette.background);
    this.chromeCam.setViewport(0, 0, width, height);
    this.setFrame(0, 0);
    this.layout(width, height);
    this.scrollbar = this.chrome(this.add.graphics());
    this.scrollTo(this.cameras.main.scrollY);
    this.built = true;
    this.admitNewButtons();
    this.awaitingRender = true;
    this.showFocus(this.focusedId);
    this.publish();
  }

  /**
   * Runs a layout step only to learn how tall it comes out, then removes what it drew (its targets
   * and texts are registered again, under the same ids, by the real pass).
   */
  protected measure(draw: () => number): number {
    const before = new Set(this.children.list);
    const height = draw();
    for (const child of [...this.children.list]) if (!before.has(child)) child.destroy();
    return height;
  }

  controlsCorner(): CornerBox {
    return this.ctx.controlsCorner();
  }

  /** Sets the heights of the fixed header and footer; the content scrolls between them. */
  protected setFrame(headerHeight: number, footerHeight: number): void {
    const { width, height } = this.scale;
    this.viewport = { x: 0, y: headerHeight, width, height: Math.max(1, height - headerHeight - footerHeight) };
    this.cameras.main.setViewport(0, headerHeight, width, this.viewport.height);
  }

  protected contentViewport(): Rect {
    return this.viewport;
  }

  /** The content is this tall; more than the viewport makes it scroll. */
  protected setContentHeight(height: number): void {
    this.contentHeight = height;
    const main = this.cameras.main;
    main.setBounds(0, 0, this.viewport.width, Math.max(height, this.viewport.height));
  }

  /** Puts an object in the scrolling content (content coordinates start at 0,0 under the header). */
  content<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.chromeCam.ignore(object);
    return object;
  }

  /** Puts an object in the fixed header/footer (screen coordinates). */
  chrome<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.cameras.main.ignore(object);
    return object;
  }

  addTo<T extends Phaser.GameObjects.GameObject>(layer: Layer, object: T): T {
    return layer === 'content' ? this.content(object) : this.chrome(object);
  }

  registerTarget(entry: TargetEntry): void {
    this.targetList = this.targetList.filter((t) => t.id !== entry.id);
    this.targetList.push(entry);
  }

  /** Registers (or re-registers, with a new box) a text for the inspector. */
  registerText(id: string, text: Phaser.GameObjects.Text, box: Rect, layer: Layer): void {
    this.textList = this.textList.filter((t) => t.id !== id);
    this.textList.push({ id, text, box, layer });
  }

  /** Forgets a registered text that has since been taken away (a tip closed), so it is no longer published. */
  forgetText(id: string): void {
    this.textList = this.textList.filter((t) => t.id !== id);
  }

  /**
   * Marks an animation as running until the returned function is called; `skip` finishes it at once.
   * `wakesLoop`: it changes the screen only at its own ticks (see `every`), so the loop may sleep between them.
   */
  beginAnimation(skip: () => void, { wakesLoop = false } = {}): () => void {
    this.running += 1;
    if (wakesLoop) this.selfWaking += 1;
    this.skippers.add(skip);
    // An animation that starts on a still screen (a locked choice's shake) makes it unsettled again.
    this.publish();
    const generation = this.generation;
    let done = false;
    return () => {
      if (done || generation !== this.generation) return;
      done = true;
      this.skippers.delete(skip);
      this.running -= 1;
      if (wakesLoop) this.selfWaking -= 1;
      this.onSettledChange();
    };
  }

  /**
   * Calls `tick` every `delayMs` of real time until the returned function stops it or the layout is
   * rebuilt, and draws in one frame what a tick changed (it returns true when it changed something).
   * Unlike the scene's clock it runs while the loop sleeps: an animation that changes the screen 30
   * times a second then costs 30 frames a second, not 60 (software WebGL draws a whole 1280x720 frame
   * for each).
   */
  every(delayMs: number, tick: () => boolean): () => void {
    const generation = this.generation;
    const stop = (): void => clearInterval(timer);
    const timer = setInterval(() => {
      if (generation !== this.generation || !this.live) return stop();
      if (tick()) this.ctx.wake();
    }, delayMs);
    return stop;
  }

  /** Finishes the typewriter and tweens at once (a click or a key while they run). */
  skipAnimations(): void {
    // A skip may rebuild the scene (the typewriter does), which drops the other skippers.
    for (const skip of [...this.skippers]) if (this.skippers.has(skip)) skip();
  }

  settled(): boolean {
    return this.built && this.running === 0 && !this.awaitingRender;
  }

  /** Nothing on screen changes until the loop is woken: settled, or every running animation wakes it itself. */
  still(): boolean {
    return this.built && this.running === this.selfWaking && !this.awaitingRender;
  }

  /**
   * Runs `draw` once the frame that first shows this layout is out, as a task of its own (so input and
   * anything else waiting for that frame go first): for content below the fold, which that frame, the
   * one the player waits for, does not need. Its buttons are admitted, the scrollbar follows the new
   * height, and a rebuild in between cancels it.
   */
  protected drawAfterFirstFrame(draw: () => void): void {
    const generation = this.generation;
    this.events.once(Phaser.Scenes.Events.RENDER, () => {
      setTimeout(() => {
        if (generation !== this.generation || !this.live) return;
        draw();
        this.admitNewButtons();
        this.scrollTo(this.cameras.main.scrollY);
        this.showFocus(this.focusedId);
        this.ctx.wake();
      }, 0);
    });
  }

  /**
   * Phaser admits new interactive objects to hit-testing only in the input plugin's pre-update step
   * of the next frame, so a click between the frame that first shows a button and the one after it
   * was lost. The buttons of a new layout are admitted at once instead, by running that step now.
   */
  private admitNewButtons(): void {
    (this.input as unknown as { preUpdate(): void }).preUpdate();
  }

  /** Called when animations finish; subclasses reveal what waited for them. */
  protected onSettledChange(): void {
    this.publish();
  }

  /** Draws the focus ring on the canvas twin of the focused DOM button and scrolls it into view. */
  showFocus(id: string | null): void {
    this.focusedId = id;
    if (!this.built) return;
    this.focusRing?.destroy();
    this.focusRing = undefined;
    const target = id === null ? undefined : this.targetList.find((t) => t.id === id);
    if (!target) return;
    if (target.layer === 'content') this.scrollIntoView(target.rect);
    const ring = this.addTo(target.layer, this.add.graphics());
    const { x, y, width, height } = target.rect;
    strokeRoundedRect(ring.lineStyle(3, this.theme.palette.focus, 1), x - 4, y - 4, width + 8, height + 8, 10);
    strokeRoundedRect(ring.lineStyle(1, this.theme.palette.background, 1), x - 6, y - 6, width + 12, height + 12, 12);
    ring.setDepth(1000);
    this.focusRing = ring;
    this.publish();
  }

  /** Scrolls as a key asks (see keyboard.ts); false when the page did not move. */
  scrollStep(step: ScrollStep): boolean {
    const before = this.cameras.main.scrollY;
    const line = this.theme.type.body * 3;
    const page = Math.max(line, this.viewport.height - line);
    const moves: Record<ScrollStep, () => void> = {
      'line-up': () => this.scrollBy(-line),
      'line-down': () => this.scrollBy(line),
      'page-up': () => this.scrollBy(-page),
      'page-down': () => this.scrollBy(page),
      top: () => this.scrollTo(0),
      bottom: () => this.scrollTo(this.contentHeight),
    };
    moves[step]();
    this.ctx.wake();
    return this.cameras.main.scrollY !== before;
  }

  scrollBy(dy: number): void {
    this.scrollTo(this.cameras.main.scrollY + dy);
  }

  scrollTo(y: number): void {
    const max = Math.max(0, this.contentHeight - this.viewport.height);
    this.cameras.main.setScroll(0, Math.min(max, Math.max(0, y)));
    this.drawScrollbar(max);
    this.onScroll();
    this.publish();
  }

  /** Closes a tip the scene shows (Esc); false when none was open. The play scene has the meters' tips. */
  dismiss(): boolean {
    return false;
  }

  /** After every scroll (a scene may show or hide what depends on the position). */
  protected onScroll(): void {}

  private scrollIntoView(rect: Rect): void {
    const main = this.cameras.main;
    const pad = this.theme.gap;
    if (rect.y - pad < main.scrollY) this.scrollTo(rect.y - pad);
    else if (rect.y + rect.height + pad > main.scrollY + this.viewport.height)
      this.scrollTo(rect.y + rect.height + pad - this.viewport.height);
  }

  private drawScrollbar(max: number): void {
    const bar = this.scrollbar;
    if (!bar) return;
    bar.clear();
    if (max <= 0) return;
    const { x, y, width, height } = this.viewport;
    const thumb = Math.max(32, (height * height) / this.contentHeight);
    const top = y + ((height - thumb) * this.cameras.main.scrollY) / max;
    fillRoundedRect(
      bar.fillStyle(this.theme.palette.surfaceEdge, 0.8),
      x + width - SCROLLBAR_WIDTH - 2,
      y + 2,
      SCROLLBAR_WIDTH,
      height - 4,
      3,
    );
    fillRoundedRect(bar.fillStyle(this.theme.palette.accent, 1), x + width - SCROLLBAR_WIDTH - 2, top, SCROLLBAR_WIDTH, thumb, 3);
  }

  private insideViewport(x: number, y: number): boolean {
    const v = this.viewport;
    return x >= v.x && x <= v.x + v.width && y >= v.y && y <= v.y + v.height;
  }

  /** Screen rect of a world/screen rect, clipped to what is visible of its layer; null when hidden. */
  private visible(rect: Rect, layer: Layer): Rect | null {
    if (layer === 'chrome') return rect;
    const v = this.viewport;
    const top = rect.y - this.cameras.main.scrollY + v.y;
    return intersect({ x: rect.x, y: top, width: rect.width, height: rect.height }, v);
  }

  /** Tells the registry (and so the DOM layer and the inspector) what is on screen now; once a frame at most. */
  publish(): void {
    // While paused, the pause overlay owns the registry.
    if (this.key !== 'pause' && this.ctx.controller.paused) return;
    if (this.publishQueued) return;
    this.publishQueued = true;
    queueMicrotask(() => {
      this.publishQueued = false;
      if (!this.built) return;
      this.ctx.registry.update({
        scene: this.currentSceneName(),
        settled: this.currentSettled(),
        targets: this.publishedTargets(),
        texts: this.publishedTexts(),
        gameSize: { width: this.scale.width, height: this.scale.height },
        focusRing: this.focusRing ? this.focusedId : null,
      });
    });
  }

  /** Overridden by the play scene, which reports the pause overlay over it. */
  protected currentSceneName(): string {
    return this.key;
  }

  protected currentSettled(): boolean {
    return this.settled();
  }

  protected publishedTargets(): TargetInfo[] {
    const out: TargetInfo[] = [];
    for (const t of this.targetList) {
      const r = this.visible(t.rect, t.layer);
      // A button whose centre is scrolled out of view cannot be clicked there; its DOM twin still can.
      if (!r || (t.layer === 'content' && !this.centreVisible(t.rect))) continue;
      out.push({ id: t.id, label: t.label, enabled: t.enabled, ...round(r) });
    }
    return out;
  }

  private centreVisible(rect: Rect): boolean {
    const cy = rect.y + rect.height / 2 - this.cameras.main.scrollY;
    return cy >= 0 && cy <= this.viewport.height;
  }

  protected publishedTexts(): TextInfo[] {
    const out: TextInfo[] = [];
    for (const t of this.textList) {
      if (!t.text.active || !t.text.visible) continue;
      const own = { x: t.text.x, y: t.text.y, width: t.text.width, height: t.text.height };
      const rect = this.visible(own, t.layer);
      const box = this.visible(t.box, t.layer);
      if (!rect || !box) continue;
      out.push({ id: t.id, text: t.text.text, ...round(rect), box: round(box) });
    }
    return out;
  }

  /** The button the contract calls `id`, for the focus ring and tests of this scene. */
  target(id: string): TargetEntry | undefined {
    return this.targetList.find((t) => t.id === id);
  }
}

function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  if (right <= x || bottom <= y) return null;
  return { x, y, width: right - x, height: bottom - y };
}

/** Two decimals: enough for a test, and JSON stays short. */
function round(r: Rect): Rect {
  return {
    x: Math.round(r.x * 100) / 100,
    y: Math.round(r.y * 100) / 100,
    width: Math.round(r.width * 100) / 100,
    height: Math.round(r.height * 100) / 100,
  };
}
