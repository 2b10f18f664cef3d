/**
 * The page's sound and settings buttons on narrow screens, in real Chromium: without WebGL they never
 * cover the meters as the page scrolls, and on the canvas they cover nothing of the pause menu.
 */
import { describe, expect, test } from 'vitest';
import { clickTarget, inspect, PHONE, screenshot, useBrowser, waitSettled } from './harness';
import { openSavedPlay, stepsTo } from './saved-play';

const session = useBrowser({ reusePages: true });
const BRUSSELS = 'brussels-nato-council';

describe('the sound and settings buttons on narrow screens', () => {
  test('without WebGL, the sound and settings buttons cover no meter at any scroll position (360×640, larger text)', async () => {
    const played = await openSavedPlay(session, BRUSSELS, stepsTo(BRUSSELS, 'kask-call'), {
      viewport: PHONE,
      reducedMotion: 'reduce',
      settings: { textSize: 'larger' },
      canvas: false,
    });
    await waitSettled(played);
    const overlaps = await played.evaluate(async () => {
      const found: string[] = [];
      const max = document.documentElement.scrollHeight - innerHeight;
      for (let y = 0; y <= max + 40; y += 40) {
        scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const buttons = [...document.querySelectorAll('.ct-sound-controls button')].map((b) => b.getBoundingClientRect());
        for (const meter of document.querySelectorAll('.ct-meter')) {
          const m = meter.getBoundingClientRect();
          for (const b of buttons)
            if (b.left < m.right && m.left < b.right && b.top < m.bottom && m.top < b.bottom)
              found.push(`at scroll ${y}: ${meter.textContent ?? ''}`);
        }
      }
      return found;
    });
    expect(overlaps).toEqual([]);
    await played.evaluate(() => scrollTo(0, 120));
    await screenshot(played, 'narrow-dom-meters-360');
  });

  test('on the canvas they cover no text or button of the pause menu (360×640, larger text)', async () => {
    const played = await openSavedPlay(session, BRUSSELS, stepsTo(BRUSSELS, 'kask-call'), {
      viewport: PHONE,
      settings: { textSize: 'larger' },
    });
    await clickTarget(played, 'pause');
    await waitSettled(played);
    const { inView, covered } = await inspect(played, (ct) => {
      const canvas = document.querySelector('canvas');
      if (!canvas) return { inView: 0, covered: ['no canvas'] };
      const box = canvas.getBoundingClientRect();
      const scale = box.width / ct.gameSize().width;
      const buttons = [...document.querySelectorAll('#controls button')].map((b) => b.getBoundingClientRect()).filter((b) => b.width > 0);
      const shown = [...ct.targets(), ...ct.texts()].filter((item) => item.id.startsWith('pause:'));
      const found: string[] = [];
      let inView = 0;
      for (const item of shown) {
        const [left, top] = [box.left + item.x * scale, box.top + item.y * scale];
        const [right, bottom] = [left + item.width * scale, top + item.height * scale];
        if (bottom > innerHeight) continue;
        inView++;
        for (const b of buttons) if (b.left < right && left < b.right && b.top < bottom && top < b.bottom) found.push(item.id);
      }
      return { inView, covered: [...new Set(found)] };
    });
    expect(inView, 'the pause menu’s title, rule and buttons are in view').toBeGreaterThanOrEqual(4);
    expect(covered).toEqual([]);
    await screenshot(played, 'narrow-pause-360');
  });
});
