/**
 * Types a text out character by character. The text is wrapped once at its full length and the
 * wrapped lines are revealed, so words never jump from one line to the next while typing and the
 * box the layout reserved is exactly the box the finished text fills.
 */
import type Phaser from 'phaser';
import type { PageScene } from '../page-scene';

export function typeOut(scene: PageScene, text: Phaser.GameObjects.Text, charsPerSecond: number, onDone: () => void = () => {}): void {
  const full = text.getWrappedText().join('\n');
  if (!Number.isFinite(charsPerSecond) || charsPerSecond <= 0) {
    onDone();
    return;
  }
  // Fix the size to the finished text's, then stop re-wrapping the partial text.
  text.setFixedSize(text.width, text.height);
  text.setWordWrapWidth(null);
  text.setText('');
  // Paced by the real clock, not by frames, so a slow machine shows the same speed with fewer steps.
  const start = performance.now();
  const finish = (): void => {
    stop();
    text.setText(full);
    end();
    onDone();
  };
  // The loop sleeps between ticks: a frame is drawn only when more of the line shows.
  const end = scene.beginAnimation(finish, { wakesLoop: true });
  let shown = 0;
  const stop = scene.every(1000 / 30, () => {
    const due = Math.min(full.length, Math.floor(((performance.now() - start) * charsPerSecond) / 1000));
    if (due === shown) return false;
    shown = due;
    text.setText(full.slice(0, shown));
    if (shown >= full.length) finish();
    return true;
  });
}
