/**
 * A meter: its label and value, a bar that slides from the old value to the new one, and the last
 * change marked better or worse by the meter's `better` direction (colour AND words, never colour alone).
 */
import type { DisplayMeter } from '../../app/view';
import type { Layer, PageScene } from '../page-scene';
import type { Theme } from '../theme';
import { addText } from './text';
import { fillRoundedRect, strokeRoundedRect } from './rounded-rect';

const BAR_HEIGHT = 10;

/** Draws one meter at x, y in `width`; returns its height. `animate` slides the bar from the old value. */
export function drawMeter(
  scene: PageScene,
  meter: DisplayMeter,
  x: number,
  y: number,
  width: number,
  theme: Theme,
  layer: Layer,
  animate: boolean,
  /** Colour the bar by whether its change went the better way (the ending's final meters). */
  toned = false,
): number {
  const { palette, type } = theme;
  const value = addText(scene, {
    id: `meter:${meter.id}:value`,
    x,
    y,
    text: meter.words.value,
    size: type.small,
    color: palette.textMuted,
    width,
    layer,
  });
  // The value sits at the right of the label; where that would squeeze the label into broken
  // words (a narrow column at a large text size), the label gets the whole line and the value goes under it.
  const longestWord = Math.max(...meter.words.label.split(/\s+/).map((word) => word.length));
  const beside = width - value.width - 6 >= longestWord * type.small * 0.6;
  const label = addText(scene, {
    id: `meter:${meter.id}:label`,
    x,
    y,
    text: meter.words.label,
    size: type.small,
    color: palette.text,
    width: beside ? width - value.width - 6 : width,
    layer,
    bold: true,
  });
  value.x = x + width - value.width;
  if (!beside) value.y = y + label.height;
  scene.registerText(`meter:${meter.id}:value`, value, { x: value.x, y: value.y, width: value.width, height: value.height }, layer);
  const top = beside ? label.height : label.height + value.height;
  const barY = y + top + 4;
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
  if (animate && meter.change !== 0 && !theme.reducedMotion) {
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
      size: type.small,
      color: better ? palette.betterText : palette.worseText,
      width,
      layer,
      bold: true,
    });
    height += 4 + note.height;
  }
  return height;
}
