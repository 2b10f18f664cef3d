/**
 * Meters on narrow screens, in real Chromium: without WebGL the page's sound and settings buttons never
 * cover the meters as the page scrolls.
 */
import { describe, expect, test } from 'vitest';
import { PHONE, screenshot, useBrowser, waitSettled } from './harness';
import { openSavedPlay, stepsTo } from './saved-play';

const session = useBrowser();
const BRUSSELS = 'brussels-nato-council';

describe('meters on narrow screens', () => {
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
});
