/**
 * Meters on narrow screens, in real Chromium: without WebGL the page's sound and settings buttons never
 * cover the meters as the page scrolls; on the canvas every meter label ("Escalation risk" included)
 * stays on one line with its value beside it, at every text size.
 */
import { describe, expect, test } from 'vitest';
import { TEXT_SIZES } from '../../src/settings/settings';
import { inspect, LAPTOP, PHONE, screenshot, useBrowser, waitSettled } from './harness';
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

  for (const viewport of [PHONE, LAPTOP]) {
    for (const textSize of TEXT_SIZES) {
      test(`every meter label is one line with its value beside it (${viewport.width}×${viewport.height}, ${textSize} text)`, async () => {
        const page = await openSavedPlay(session, BRUSSELS, stepsTo(BRUSSELS, 'kask-call'), {
          viewport,
          reducedMotion: 'reduce',
          settings: { textSize },
        });
        await waitSettled(page);
        const meters = await inspect(page, (ct) => {
          const texts = ct.texts();
          return texts
            .filter((t) => /^meter:[^:]+:label$/.test(t.id))
            .map((label) => ({ label, value: texts.find((t) => t.id === label.id.replace(/:label$/, ':value')) }));
        });
        expect(meters.length).toBeGreaterThan(0);
        for (const { label, value } of meters) {
          expect(value, `${label.id} has its value`).toBeDefined();
          if (!value) continue;
          // One line: no taller than the value's one line; beside: on the same line as it.
          expect(label.height, `${label.id} on one line`).toBeLessThanOrEqual(value.height + 1);
          expect(Math.abs(label.y - value.y), `${label.id}'s value beside it`).toBeLessThan(1);
        }
        if (textSize !== 'normal') await screenshot(page, `narrow-meters-${viewport.width}-${textSize}`);
      });
    }
  }
});
