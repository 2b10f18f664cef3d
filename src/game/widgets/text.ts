/**
 * Text in the game's font, wrapped to a width. Every text is created through here so that the font,
 * line spacing and the registration with the inspector (each text with the box it must stay in)
 * cannot be forgotten.
 */
import type Phaser from 'phaser';
import type { Rect } from '../../app/inspector';
import type { Layer, PageScene } from '../page-scene';
import { FONT_FAMILY } from '../theme';

export interface TextSpec {
  id: string;
  x: number;
  y: number;
  text: string;
  size: number;
  color: string;
  /** Wrap width; the text never gets wider. */
  width: number;
  /** Default: the scrolling content. */
  layer?: Layer;
  /** The box the text must stay within (defaults to x, y, width and the text's own height). */
  box?: Rect;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right';
  /**
   * One line, never wrapped, as wide as its words (the caller measured them with lineWidth and made
   * room). Phaser reports a wrapped text a space narrower than it draws it; an unwrapped one, exactly.
   */
  oneLine?: boolean;
}

function lineSpacing(size: number): number {
  return Math.round(size * 0.3);
}

function fontStyle(options: { bold?: boolean | undefined; italic?: boolean | undefined }): string {
  return [options.italic ? 'italic' : '', options.bold ? 'bold' : ''].filter(Boolean).join(' ');
}

function textStyle(
  size: number,
  color: string,
  width: number,
  options: { bold?: boolean; italic?: boolean; align?: string; oneLine?: boolean } = {},
): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT_FAMILY,
    fontSize: `${size}px`,
    fontStyle: fontStyle(options),
    color,
    align: options.align ?? 'left',
    ...(options.oneLine ? {} : { wordWrap: { width, useAdvancedWrap: true } }),
    ...(options.align && options.align !== 'left' ? { fixedWidth: width } : {}),
  };
}

let measuring: CanvasRenderingContext2D | null = null;

/**
 * How wide `text` is drawn on one line, in px: measured the way Phaser measures a line (a 2D canvas's
 * measureText in the same CSS font, rounded up), so a layout can make room before anything is drawn.
 */
export function lineWidth(text: string, size: number, options: { bold?: boolean; italic?: boolean } = {}): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * size;
  measuring.font = [fontStyle(options), `${size}px`, FONT_FAMILY].join(' ').trim();
  return Math.ceil(measuring.measureText(text).width);
}

/**
 * Font metrics by CSS font string. Phaser measures them afresh for every text it creates (a canvas,
 * a font switch and a measurement each, dozens per screen); a face's metrics never change, so the first
 * measurement of each is reused. Text is drawn only once the game's font has loaded (the director holds
 * the loading scene until then), so no fallback face's metrics are kept.
 */
const metricsByFont = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

export function addText(scene: PageScene, spec: TextSpec): Phaser.GameObjects.Text {
  // Phaser's wrapper throws below one character's width; a squeezed box wraps per character instead.
  const width = Math.max(spec.width, spec.size);
  const style = textStyle(spec.size, spec.color, width, spec);
  const font = `${style.fontStyle} ${style.fontSize} ${style.fontFamily}`;
  const known = metricsByFont.get(font);
  // Created empty, with the line spacing set as a property, then given its text: Phaser's constructor
  // draws and uploads a text once for the text and again for a line spacing given in the style, so this
  // way the text is drawn once instead of twice.
  const text = scene.add.text(spec.x, spec.y, '', known ? { ...style, metrics: known } : style);
  text.lineSpacing = lineSpacing(spec.size);
  text.setText(spec.text);
  if (!known) metricsByFont.set(font, text.style.getTextMetrics());
  const layer = spec.layer ?? 'content';
  scene.addTo(layer, text);
  const box = spec.box ?? { x: spec.x, y: spec.y, width, height: text.height };
  scene.registerText(spec.id, text, box, layer);
  return text;
}

/**
 * Texts stacked down a column, each below the one before: `put` adds one at `y` and moves `y` down by
 * its height and the space after it (the column's usual space unless one is given).
 */
export class TextColumn {
  constructor(
    private readonly scene: PageScene,
    private readonly x: number,
    private readonly width: number,
    public y: number,
    private readonly space: number,
  ) {}

  put(id: string, text: string, size: number, color: string, options: { bold?: boolean; italic?: boolean } = {}, after = this.space): void {
    const added = addText(this.scene, { id, x: this.x, y: this.y, text, size, color, width: this.width, ...options });
    this.y += added.height + after;
  }
}
