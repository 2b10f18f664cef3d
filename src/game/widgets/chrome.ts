/**
 * The fixed parts around a scene's content: a header band with the title (and an optional button
 * on the right), a footer with the scene's main actions in a row, and the panels content sits on.
 */
import type Phaser from 'phaser';
import type { Rect } from '../../app/inspector';
import type { PageScene } from '../page-scene';
import type { Palette, Theme } from '../theme';
import { Button, type ButtonSpec } from './button';
import { addText } from './text';
import { fillRoundedRect, strokeRoundedRect } from './rounded-rect';

export type FooterAction = Omit<ButtonSpec, 'x' | 'y' | 'width' | 'layer'>;

/** A rounded panel behind content (depth -1, so it may be drawn after what sits on it, once its size is known). */
export function drawPanel(
  scene: PageScene,
  rect: Rect,
  kind: 'paper' | 'surface',
  palette: Palette,
  layer: 'content' | 'chrome' = 'content',
): Phaser.GameObjects.Graphics {
  const g = scene.addTo(layer, scene.add.graphics()).setDepth(-1);
  const radius = 12;
  if (kind === 'paper') {
    fillRoundedRect(g.fillStyle(0x000000, 0.25), rect.x + 2, rect.y + 4, rect.width, rect.height, radius);
    fillRoundedRect(g.fillStyle(palette.paper, 1), rect.x, rect.y, rect.width, rect.height, radius);
    strokeRoundedRect(g.lineStyle(1, palette.paperEdge, 1), rect.x, rect.y, rect.width, rect.height, radius);
  } else {
    fillRoundedRect(g.fillStyle(palette.surface, 1), rect.x, rect.y, rect.width, rect.height, radius);
    strokeRoundedRect(g.lineStyle(1, palette.surfaceEdge, 1), rect.x, rect.y, rect.width, rect.height, radius);
  }
  return g;
}

/**
 * Draws the header band; returns its height. `action` is a small button (e.g. Pause) on the right,
 * or alone on the left when there is no title (a phone's play screen gives the story the room).
 */
export function drawHeader(
  scene: PageScene,
  theme: Theme,
  width: number,
  title: string,
  action?: FooterAction & { width: number },
): number {
  const { palette, type, margin } = theme;
  const pad = Math.round(type.body * 0.6);
  const band = scene.chrome(scene.add.graphics());
  const actionWidth = action ? action.width : 0;
  const right = width - margin - scene.controlsCorner().width;
  const titleWidth = right - margin - (action ? actionWidth + margin : 0);
  let height = 0;
  let text: Phaser.GameObjects.Text | undefined;
  if (title) {
    // On a phone the header keeps to body size so the story gets the screen.
    const size = width < 480 ? type.body : type.large;
    text = addText(scene, {
      id: 'header:title',
      x: margin,
      y: pad,
      text: title,
      size,
      color: palette.text,
      width: titleWidth,
      layer: 'chrome',
      bold: true,
    });
    height = text.height + pad * 2;
  }
  if (action) {
    const x = title ? right - actionWidth : margin;
    const button = new Button(scene, { ...action, x, y: pad / 2, layer: 'chrome' }, theme);
    height = Math.max(height, button.height + pad);
  }
  band.fillStyle(palette.surface, 1).fillRect(0, 0, width, height);
  band.lineStyle(2, palette.accent, 1).lineBetween(0, height - 1, width, height - 1);
  if (text) {
    // The title sits in the middle of the band when the button made it taller.
    text.y = (height - text.height) / 2;
    scene.registerText('header:title', text, { x: margin, y: 0, width: titleWidth, height }, 'chrome');
  }
  return height;
}

/**
 * Lays the actions out in one row at the bottom (each an equal share of the width) and returns the
 * footer's height. Drawn bottom-up: the footer's height is known only once the buttons are made.
 */
export function drawFooter(scene: PageScene, theme: Theme, width: number, height: number, actions: FooterAction[]): number {
  if (actions.length === 0) return 0;
  const { palette, gap, margin } = theme;
  const band = scene.chrome(scene.add.graphics());
  const inner = Math.min(width - margin * 2, theme.columnWidth);
  const left = Math.round((width - inner) / 2);
  const each = (inner - gap * (actions.length - 1)) / actions.length;
  // Measure with a throwaway pass is not possible without drawing; place at a provisional y, then move up.
  const buttons = actions.map(
    (action, i) => new Button(scene, { ...action, x: left + i * (each + gap), y: 0, width: each, layer: 'chrome' }, theme),
  );
  const tallest = Math.max(...buttons.map((b) => b.height));
  const footer = tallest + gap * 2;
  band.fillStyle(palette.surface, 1).fillRect(0, height - footer, width, footer);
  band.lineStyle(1, palette.surfaceEdge, 1).lineBetween(0, height - footer, width, height - footer);
  buttons.forEach((b) => b.moveTo(height - footer + gap));
  return footer;
}
