/**
 * A large button drawn on the canvas: optional number badge (the key that picks it), a wrapped
 * label, an optional note under it (e.g. why a choice is unavailable), and looks for hover,
 * pressed, disabled and (drawn by the scene) focus. A press is a release over the button that did
 * not turn into a scroll, so dragging a list never picks a choice by accident.
 */
import Phaser from 'phaser';
import type { Layer, PageScene } from '../page-scene';
import type { Palette, Theme } from '../theme';
import { addText } from './text';
import { fillRoundedRect, strokeRoundedRect } from './rounded-rect';

type ButtonStyle = 'primary' | 'secondary' | 'choice';

export interface ButtonSpec {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  layer: Layer;
  style: ButtonStyle;
  /** The number key that picks it, shown in a badge. */
  badge?: string;
  /** A second, smaller line: the reason a choice is unavailable, or a hint. */
  note?: string;
  enabled?: boolean;
  onPress(): void;
}

type Look = 'normal' | 'hover' | 'pressed';

const MIN_HEIGHT = 44;

export class Button {
  readonly height: number;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly enabled: boolean;
  /** Everything drawn and every rect registered, so the button can be moved as one. */
  private readonly parts: Phaser.GameObjects.Components.Transform[] = [];
  private readonly rects: { y: number }[] = [];
  /** The line under the label (why a choice is locked), lit up when a locked button is pressed. */
  private readonly note: Phaser.GameObjects.Text | undefined;

  constructor(
    private readonly scene: PageScene,
    private readonly spec: ButtonSpec,
    private readonly theme: Theme,
  ) {
    const { palette, type } = theme;
    this.enabled = spec.enabled ?? true;
    const size = type.body;
    const padX = Math.round(size * 0.8);
    const padY = Math.round(size * 0.55);
    const badgeSize = spec.badge ? Math.round(size * 1.7) : 0;
    const textX = spec.x + padX + (badgeSize ? badgeSize + Math.round(size * 0.6) : 0);
    const textWidth = spec.x + spec.width - padX - textX;

    this.bg = scene.addTo(spec.layer, scene.add.graphics({ x: spec.x, y: spec.y }));
    const colors = this.textColors(palette);
    const centred = spec.style !== 'choice' && !spec.badge;
    const label = addText(scene, {
      id: `${spec.id}:label`,
      x: textX,
      y: spec.y + padY,
      text: spec.label,
      size,
      color: colors.label,
      width: textWidth,
      layer: spec.layer,
      bold: spec.style === 'primary',
      align: centred ? 'center' : 'left',
    });
    let contentHeight = label.height;
    const note = (this.note = spec.note
      ? addText(scene, {
          id: `${spec.id}:note`,
          x: textX,
          y: spec.y + padY + label.height + Math.round(size * 0.2),
          text: spec.note,
          size: type.small,
          color: colors.note,
          width: textWidth,
          layer: spec.layer,
          italic: true,
          align: centred ? 'center' : 'left',
        })
      : undefined);
    if (note) contentHeight += Math.round(size * 0.2) + note.height;
    this.parts.push(this.bg, label, ...(note ? [note] : []));
    this.height = Math.max(MIN_HEIGHT, contentHeight + padY * 2, badgeSize + padY * 2);
    // Centre a single short line vertically when the button is taller than its text.
    const spare = this.height - padY * 2 - contentHeight;
    if (spare > 0) {
      label.y += spare / 2;
      if (note) note.y += spare / 2;
    }
    const box = { x: spec.x, y: spec.y, width: spec.width, height: this.height };
    // The texts' boxes are the button, whose height is known only now.
    scene.registerText(`${spec.id}:label`, label, box, spec.layer);
    if (note) scene.registerText(`${spec.id}:note`, note, box, spec.layer);
    this.rects.push(box);

    if (spec.badge) this.drawBadge(spec.badge, spec.x + padX, spec.y + (this.height - badgeSize) / 2, badgeSize, size);
    this.draw('normal');

    this.bg.setInteractive({
      hitArea: { width: spec.width, height: this.height },
      hitAreaCallback: (area: { width: number; height: number }, px: number, py: number) =>
        px >= 0 && px <= area.width && py >= 0 && py <= area.height,
      useHandCursor: this.enabled,
    });
    // A press is a down and an up on this very button: an up alone (after a down elsewhere, or on
    // the screen before this one) presses nothing. A locked button answers a press by saying why.
    let armed = false;
    this.bg.on('pointerover', () => this.draw('hover'));
    this.bg.on('pointerout', () => {
      armed = false;
      this.draw('normal');
    });
    this.bg.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      armed = scene.admitsPress(pointer);
      if (armed) this.draw('pressed');
    });
    this.bg.on('pointerup', () => {
      this.draw('hover');
      const pressed = armed && !scene.isDragging();
      armed = false;
      if (pressed) this.press();
    });
    scene.registerTarget({
      id: spec.id,
      label: spec.note ? `${spec.label} (${spec.note})` : spec.label,
      enabled: this.enabled,
      layer: spec.layer,
      rect: box,
      activate: () => this.press(),
    });
  }

  /** Moves the whole button so its top is at `y` (the footer is laid out after its buttons are measured). */
  moveTo(y: number): void {
    const dy = y - this.spec.y;
    for (const part of this.parts) part.y += dy;
    for (const rect of this.rects) rect.y += dy;
    this.spec.y = y;
  }

  private press(): void {
    if (this.enabled) this.spec.onPress();
    else this.refuse();
  }

  /** A locked button pressed: its reason lights up and, motion allowed, the button gives a short shake. */
  private refuse(): void {
    this.note?.setColor(this.theme.palette.accentText);
    if (this.theme.reducedMotion) return;
    const scene = this.scene;
    const home = this.parts.map((part) => part.x);
    const rest = (): void => this.parts.forEach((part, i) => (part.x = home[i] ?? part.x));
    const tween = scene.tweens.add({ targets: this.parts, x: '+=6', duration: 45, yoyo: true, repeat: 2, ease: 'Sine.InOut' });
    const done = scene.beginAnimation(() => tween.complete());
    tween.once('complete', () => {
      rest();
      done();
    });
  }

  private textColors(palette: Palette): { label: string; note: string } {
    if (!this.enabled) return { label: palette.disabledText, note: palette.disabledText };
    if (this.spec.style === 'primary') return { label: palette.onAccent, note: palette.onAccent };
    return { label: palette.buttonText, note: palette.textMuted };
  }

  private draw(look: Look): void {
    const { palette } = this.theme;
    const { width } = this.spec;
    const x = 0;
    const y = 0;
    const g = this.bg;
    const radius = 10;
    g.clear();
    if (!this.enabled) {
      fillRoundedRect(g.fillStyle(palette.disabled, 1), x, y, width, this.height, radius);
      strokeRoundedRect(g.lineStyle(1, palette.buttonEdge, 0.6), x, y, width, this.height, radius);
      return;
    }
    if (this.spec.style === 'primary') {
      fillRoundedRect(g.fillStyle(palette.accent, 1), x, y, width, this.height, radius);
      if (look !== 'normal') fillRoundedRect(g.fillStyle(0xffffff, look === 'hover' ? 0.18 : 0), x, y, width, this.height, radius);
      if (look === 'pressed') fillRoundedRect(g.fillStyle(0x000000, 0.15), x, y, width, this.height, radius);
      return;
    }
    const fill = look === 'hover' ? palette.buttonHover : look === 'pressed' ? palette.buttonPressed : palette.button;
    fillRoundedRect(g.fillStyle(fill, 1), x, y, width, this.height, radius);
    strokeRoundedRect(
      g.lineStyle(look === 'hover' ? 2 : 1, look === 'hover' ? palette.accent : palette.buttonEdge, 1),
      x,
      y,
      width,
      this.height,
      radius,
    );
  }

  private drawBadge(text: string, x: number, y: number, size: number, fontSize: number): void {
    const { palette } = this.theme;
    const g = this.scene.addTo(this.spec.layer, this.scene.add.graphics({ x, y }));
    const enabled = this.enabled;
    fillRoundedRect(g.fillStyle(enabled ? palette.accent : palette.disabled, 1), 0, 0, size, size, 8);
    if (!enabled) strokeRoundedRect(g.lineStyle(1, palette.buttonEdge, 1), 0, 0, size, size, 8);
    const box = { x, y, width: size, height: size };
    const badge = addText(this.scene, {
      id: `${this.spec.id}:badge`,
      x,
      y,
      text,
      size: fontSize,
      color: enabled ? palette.onAccent : palette.disabledText,
      width: size,
      layer: this.spec.layer,
      bold: true,
      align: 'center',
      box,
    });
    // Centre the digit on the square by its measured height (never taller than the square).
    badge.y = y + Math.max(0, (size - badge.height) / 2);
    this.parts.push(g, badge);
    this.rects.push(box);
  }
}
