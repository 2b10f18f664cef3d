/**
 * The benchmark's baseline: what "stock" Phaser + XState + Howler cost with no care taken. One line
 * of text and two buttons; it records the time of its first rendered frame for `bench:web`.
 */
import Phaser from 'phaser';
import { createActor, createMachine } from 'xstate';
import { Howler } from 'howler';

declare global {
  interface Window {
    /** performance.now() at the first rendered frame. */
    bareFirstFrame?: number;
  }
}

const answer = createActor(
  createMachine({
    id: 'bare',
    initial: 'waiting',
    states: { waiting: { on: { AGREE: 'agreed', REFUSE: 'refused' } }, agreed: {}, refused: {} },
  }),
).start();

class BareScene extends Phaser.Scene {
  create(): void {
    const { width, height } = this.scale;
    const line = this.add
      .text(width / 2, height * 0.3, 'Will you meet the other delegation?', { fontSize: '22px', color: '#ffffff' })
      .setOrigin(0.5);
    const button = (y: number, label: string, event: 'AGREE' | 'REFUSE'): void => {
      const box = this.add.rectangle(width / 2, y, 260, 48, 0xf4f1ea).setInteractive({ useHandCursor: true });
      this.add.text(width / 2, y, label, { fontSize: '20px', color: '#0f1b2d' }).setOrigin(0.5);
      box.on('pointerup', () => {
        answer.send({ type: event });
        Howler.volume(0.5);
        // A flat machine's value is the name of its state.
        line.setText(`You chose: ${answer.getSnapshot().value as string}`);
      });
    };
    button(height * 0.5, '1  Agree to meet', 'AGREE');
    button(height * 0.5 + 64, '2  Refuse', 'REFUSE');
  }
}

const game = new Phaser.Game({
  type: Phaser.AUTO,
  backgroundColor: '#0f1b2d',
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: BareScene,
});
game.events.once(Phaser.Core.Events.POST_RENDER, () => {
  window.bareFirstFrame = performance.now();
});
