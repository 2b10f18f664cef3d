/**
 * The meters' tips during play: a meter's tip (what it measures, which way is better) shows while the
 * pointer is over the meter, while its DOM twin has keyboard focus, and after a tap on it, until Esc,
 * a press elsewhere or a scroll of the page closes it. That press does nothing else: a tap that closes
 * a tip never reaches a choice under it. Each meter is also a target, so the DOM layer's meter sits
 * over it and the canvas draws its focus ring.
 */
import type Phaser from 'phaser';
import type { Rect } from '../app/inspector';
import type { DisplayMeter } from '../app/view';
import type { PageScene } from './page-scene';
import type { Theme } from './theme';
import { drawMeterTip, TIP_TEXT_IDS } from './widgets/meter-tip';

/** A release this far (px) from its press was a scroll, not a tap. */
const TAP_SLOP = 10;
const TARGET_PREFIX = 'meter:';

export class MeterTips {
  private hovered: string | null = null;
  private pinned: string | null = null;
  private focused: string | null = null;
  /** The focused meter whose tip Esc or a press closed; it shows again once focus moves. */
  private closedFocus: string | null = null;
  private screen = '';
  private meters: readonly DisplayMeter[] = [];
  private cells = new Map<string, Rect>();
  private theme: Theme | undefined;
  private drawn: Phaser.GameObjects.GameObject[] = [];
  /** The press that began on a meter: its release there pins that meter's tip. */
  private press: { event: Event | undefined; id: string } | undefined;
  /** The press that closed a tip: every listener of that one press is told it is spent. */
  private closedBy: Event | undefined;

  constructor(
    private readonly scene: PageScene,
    private readonly wake: () => void,
  ) {}

  /** The meters of a new layout and their boxes; a new screen starts with no tip open. */
  place(screen: string, meters: readonly DisplayMeter[], cells: Map<string, Rect>, theme: Theme): void {
    if (screen !== this.screen) {
      this.screen = screen;
      this.hovered = this.pinned = this.closedFocus = null;
    }
    this.meters = meters;
    this.cells = cells;
    this.theme = theme;
    this.drawn = [];
    for (const meter of meters) {
      const cell = cells.get(meter.id);
      if (!cell) continue;
      const id = meter.id;
      this.scene.registerTarget({
        id: TARGET_PREFIX + id,
        label: meter.words.summary,
        enabled: true,
        layer: 'content',
        rect: cell,
        activate: () => this.show('pinned', id),
      });
      // An empty graphics as the hit area, as the buttons have (the game's Phaser build has no Zone).
      const zone = this.scene.content(this.scene.add.graphics({ x: cell.x, y: cell.y }));
      zone.setInteractive({
        hitArea: { width: cell.width, height: cell.height },
        hitAreaCallback: (area: { width: number; height: number }, px: number, py: number) =>
          px >= 0 && px <= area.width && py >= 0 && py <= area.height,
      });
      zone.on('pointerover', () => this.show('hovered', id));
      zone.on('pointerout', () => {
        if (this.hovered === id) this.show('hovered', null);
      });
      zone.on('pointerdown', (pointer: Phaser.Input.Pointer) => (this.press = { event: pointer.event, id }));
    }
  }

  /** Keyboard focus moved to the target `targetId` (a meter or anything else), or away. */
  focus(targetId: string | null): void {
    const id = targetId?.startsWith(TARGET_PREFIX) ? targetId.slice(TARGET_PREFIX.length) : null;
    if (id !== this.focused) this.closedFocus = null;
    this.focused = id;
    this.redraw();
  }

  /**
   * Whether the press of this DOM event is spent on the tips: while a tip shows, a press anywhere but
   * on a meter closes it and does nothing else.
   */
  takes(event: Event | undefined): boolean {
    if (event !== undefined && event === this.closedBy) return true;
    if (this.shown() === null || (event !== undefined && event === this.press?.event)) return false;
    this.closedBy = event;
    this.close();
    return true;
  }

  /** A pointer was released: after a press on a meter that did not scroll, that meter's tip stays open. */
  release(pointer: Phaser.Input.Pointer): void {
    const press = this.press;
    this.press = undefined;
    if (press && Math.hypot(pointer.upX - pointer.downX, pointer.upY - pointer.downY) <= TAP_SLOP) this.show('pinned', press.id);
  }

  /**
   * The page scrolled: a tip opened by the pointer closes, so that one scrolled out of sight cannot
   * spend the next tap. Focus keeps its tip (focus scrolls its meter into view).
   */
  scrolled(): void {
    if (this.hovered === null && this.pinned === null) return;
    this.hovered = this.pinned = null;
    this.redraw();
  }

  /** Closes the tip (Esc); false when none was open. */
  dismiss(): boolean {
    if (this.shown() === null) return false;
    this.close();
    return true;
  }

  /** The scene stopped: nothing of it is left to draw on. */
  clear(): void {
    this.cells = new Map();
    this.drawn = [];
    this.hovered = this.pinned = this.focused = this.closedFocus = null;
  }

  private close(): void {
    this.hovered = this.pinned = null;
    this.closedFocus = this.focused;
    this.redraw();
  }

  private show(reason: 'hovered' | 'pinned', id: string | null): void {
    this[reason] = id;
    this.redraw();
  }

  private shown(): string | null {
    return this.hovered ?? this.pinned ?? (this.focused !== this.closedFocus ? this.focused : null);
  }

  /** Draws the tip that should show now (or none) in place of the one drawn before. */
  redraw(): void {
    for (const object of this.drawn) object.destroy();
    this.drawn = [];
    for (const id of TIP_TEXT_IDS) this.scene.forgetText(id);
    const id = this.shown();
    const meter = this.meters.find((m) => m.id === id);
    const cell = id === null ? undefined : this.cells.get(id);
    if (meter && cell && this.theme) this.drawn = drawMeterTip(this.scene, meter, cell, this.theme);
    this.scene.publish();
    this.wake();
  }
}
