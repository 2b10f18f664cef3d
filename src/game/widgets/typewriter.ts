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
  let shown = 0;
  const finish = (): void => {
    timer.remove(false);
    text.setText(full);
    end();
    onDone();
  };
  const end = scene.beginAnimation(finish);
  const step = Math.max(1, Math.round(charsPerSecond / 30));
  const timer = scene.time.addEvent({
    delay: (1000 * step) / charsPerSecond,
    loop: true,
    callback: () => {
      shown = Math.min(full.length, shown + step);
      text.setText(full.slice(0, shown));
      if (shown >= full.length) finish();
    },
  });
}
