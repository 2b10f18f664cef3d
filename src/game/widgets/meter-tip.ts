/**
 * A meter's tip during play: a panel under the meter with its label and what it measures and which
 * way is better (the presenter's words). Drawn over the story below it, so it sits above everything
 * in the content but the focus ring.
 */
import type Phaser from 'phaser';
import type { Rect } from '../../app/inspector';
import type { DisplayMeter } from '../../app/view';
import type { PageScene } from '../page-scene';
import type { Theme } from '../theme';
import { fillRoundedRect, strokeRoundedRect } from './rounded-rect';
import { addText } from './text';

export const TIP_TEXT_IDS = ['meter-tip:label', 'meter-tip:text'] as const;
const TIP_DEPTH = 900;
/** A tip no wider than this many body ems reads as a note, not as another page of the story. */
const TIP_EMS = 26;

/** Draws the tip of `meter` under `anchor` (its box), within the column; returns what it drew, to take away when it closes. */
export function drawMeterTip(scene: PageScene, meter: DisplayMeter, anchor: Rect, theme: Theme): Phaser.GameObjects.GameObject[] {
  const { palette, type, gap, columnLeft, columnWidth } = theme;
  const width = Math.min(columnWidth, Math.round(type.body * TIP_EMS));
  const x = Math.min(Math.max(anchor.x, columnLeft), columnLeft + columnWidth - width);
  const top = anchor.y + anchor.height + Math.round(gap * 0.5);
  const pad = Math.round(gap * 0.9);
  const panel = scene.content(scene.add.graphics()).setDepth(TIP_DEPTH);
  const [labelId, textId] = TIP_TEXT_IDS;
  const label = addText(scene, {
    id: labelId,
    x: x + pad,
    y: top + pad,
    text: meter.words.label,
    size: type.body,
    color: palette.accentText,
    width: width - pad * 2,
    bold: true,
  });
  const text = addText(scene, {
    id: textId,
    x: x + pad,
    y: label.y + label.height + 4,
    text: meter.words.about,
    size: type.body,
    color: palette.text,
    width: width - pad * 2,
  });
  label.setDepth(TIP_DEPTH + 1);
  text.setDepth(TIP_DEPTH + 1);
  const height = text.y + text.height + pad - top;
  fillRoundedRect(panel.fillStyle(palette.surface, 1), x, top, width, height, 10);
  strokeRoundedRect(panel.lineStyle(2, palette.accent, 1), x, top, width, height, 10);
  return [panel, label, text];
}
