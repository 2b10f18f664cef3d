/**
 * The meters: each one's label and value on one line, a bar that slides from the old value to the
 * new one, and the last change marked better or worse by the meter's `better` direction (colour AND
 * words, never colour alone). They are laid out side by side in as many columns as keep every label
 * on one line with its value beside it, at every text size.
 */
import type { Rect } from '../../app/inspector';
import type { DisplayMeter } from '../../app/view';
import { meterWords } from '../../app/wording';
import type { Layer, PageScene } from '../page-scene';
import type { Theme } from '../theme';
import { addText, lineWidth } from './text';
import { fillRoundedRect, strokeRoundedRect } from './rounded-rect';

const BAR_HEIGHT = 10;
const MAX_COLUMNS = 4;
/** Below this a label would be too small to read; a screen narrower than its longest label is not expected. */
const MIN_SIZE = 10;

/** Space between a label and its value, in ems: wider than a space, so the two never read as one. */
const VALUE_SPACE = 0.6;

interface MeterGrid {
  columns: number;
  /** The type size of labels, values and changes: the theme's small size unless even one column is too narrow for it. */
  size: number;
}

/** The widest a meter's label, space and value get (its value at the meter's maximum), at `size`. */
function meterLineWidth(meter: DisplayMeter, size: number): number {
  const widest = meterWords({ ...meter, value: meter.max, change: 0 }).value;
  return lineWidth(meter.words.label, size, { bold: true }) + Math.round(size * VALUE_SPACE) + lineWidth(widest, size);
}

/**
 * The most columns (up to four, rows filled evenly) in which the widest meter line fits at the
 * theme's small size; in one column that is still too narrow, the largest size at which it fits.
 */
function meterGrid(meters: readonly DisplayMeter[], width: number, theme: Theme): MeterGrid {
  const { gap } = theme;
  let size = theme.type.small;
  const widest = (at: number): number => Math.max(...meters.map((meter) => meterLineWidth(meter, at)));
  const need = widest(size);
  for (let columns = Math.min(MAX_COLUMNS, meters.length); columns > 1; columns--) {
    if ((width - gap * (columns - 1)) / columns < need) continue;
    const rows = Math.ceil(meters.length / columns);
    return { columns: Math.ceil(meters.length / rows), size };
  }
  while (size > MIN_SIZE && widest(size) > width) size -= 1;
  return { columns: 1, size };
}

export interface MeterOptions {
  layer: Layer;
  /** Slide this meter's bar from its old value. */
  animate: (meter: DisplayMeter) => boolean;
  /** Colour each bar by whether its change went the better way (the ending's final meters). */
  toned?: boolean;
}

/** Draws the meters in a grid from x, top across `width`; returns the box of each meter (by id) and the grid's bottom. */
export function drawMeters(
  scene: PageScene,
  meters: readonly DisplayMeter[],
  x: number,
  top: number,
  width: number,
  theme: Theme,
  options: MeterOptions,
): { cells: Map<string, Rect>; bottom: number } {
  const cells = new Map<string, Rect>();
  if (meters.length === 0) return { cells, bottom: top };
  const { gap } = theme;
  const { columns, size } = meterGrid(meters, width, theme);
  const each = (width - gap * (columns - 1)) / columns;
  let y = top;
  for (let row = 0; row * columns < meters.length; row++) {
    const inRow = meters.slice(row * columns, row * columns + columns);
    const heights = inRow.map((meter, i) => drawMeter(scene, meter, x + i * (each + gap), y, each, size, theme, options));
    const height = Math.max(...heights);
    inRow.forEach((meter, i) => cells.set(meter.id, { x: x + i * (each + gap), y, width: each, height }));
    y += height + gap;
  }
  return { cells, bottom: y - gap };
}

/** Draws one meter at x, y in `width`, its texts at `size`; returns its height. */
function drawMeter(
  scene: PageScene,
  meter: DisplayMeter,
  x: number,
  y: number,
  width: number,
  size: number,
  theme: Theme,
  { layer, animate, toned = false }: MeterOptions,
): number {
  const { palette } = theme;
  const valueWidth = lineWidth(meter.words.value, size);
  const label = addText(scene, {
    id: `meter:${meter.id}:label`,
    x,
    y,
    text: meter.words.label,
    size,
    color: palette.text,
    width: width - valueWidth - Math.round(size * VALUE_SPACE),
    layer,
    bold: true,
    oneLine: true,
  });
  addText(scene, {
    id: `meter:${meter.id}:value`,
    x: x + width - valueWidth,
    y,
    text: meter.words.value,
    size,
    color: palette.textMuted,
    width: valueWidth,
    layer,
    oneLine: true,
  });
  const barY = y + label.height + 4;
  const bar = scene.addTo(layer, scene.add.graphics());
  const span = meter.max - meter.min || 1;
  const tone = toned ? meter.words.change : null;
  const fill = tone ? (tone.better ? palette.better : palette.worse) : palette.accent;
  const draw = (value: number): void => {
    const fraction = Math.min(1, Math.max(0, (value - meter.min) / span));
    bar.clear();
    fillRoundedRect(bar.fillStyle(palette.track, 1), x, barY, width, BAR_HEIGHT, BAR_HEIGHT / 2);
    strokeRoundedRect(bar.lineStyle(1, palette.surfaceEdge, 1), x, barY, width, BAR_HEIGHT, BAR_HEIGHT / 2);
    if (fraction > 0) fillRoundedRect(bar.fillStyle(fill, 1), x, barY, Math.max(BAR_HEIGHT, width * fraction), BAR_HEIGHT, BAR_HEIGHT / 2);
  };
  const from = meter.value - meter.change;
  if (animate(meter) && meter.change !== 0 && !theme.reducedMotion) {
    draw(from);
    const state = { value: from };
    const tween = scene.tweens.add({
      targets: state,
      value: meter.value,
      duration: 700,
      ease: 'Cubic.easeOut',
      onUpdate: () => draw(state.value),
      onComplete: () => {
        draw(meter.value);
        end();
      },
    });
    const end = scene.beginAnimation(() => tween.complete());
  } else {
    draw(meter.value);
  }
  let height = barY + BAR_HEIGHT - y;
  const change = meter.words.change;
  if (change) {
    const { better } = change;
    const note = addText(scene, {
      id: `meter:${meter.id}:change`,
      x,
      y: barY + BAR_HEIGHT + 4,
      text: change.shown,
      size,
      color: better ? palette.betterText : palette.worseText,
      width,
      layer,
      bold: true,
    });
    height += 4 + note.height;
  }
  return height;
}
