import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/settings';
import { css, themeFor, type Palette } from '../../src/game/theme';

/** WCAG 2.1 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Every text colour the scenes draw, with each fill it is drawn on. */
function textPairs(p: Palette): [string, string, number][] {
  const on = (text: string, fill: number): [string, string, number] => [text, css(fill), contrast(text, css(fill))];
  return [
    on(p.text, p.background),
    on(p.text, p.surface),
    on(p.textMuted, p.background),
    on(p.textMuted, p.surface),
    on(p.accentText, p.background),
    on(p.accentText, p.surface),
    on(p.ink, p.paper),
    on(p.inkMuted, p.paper),
    on(p.onAccent, p.accent),
    on(p.buttonText, p.button),
    on(p.buttonText, p.buttonHover),
    on(p.buttonText, p.buttonPressed),
    on(p.disabledText, p.disabled),
    on(p.betterText, p.background),
    on(p.betterText, p.surface),
    on(p.worseText, p.background),
    on(p.worseText, p.surface),
  ];
}

describe('game palettes', () => {
  for (const highContrast of [false, true]) {
    it(`keeps every text colour at 4.5:1 or more on its fill (${highContrast ? 'high contrast' : 'navy'})`, () => {
      const { palette } = themeFor({ ...defaultSettings(), highContrast }, 1280, false);
      const low = textPairs(palette).filter(([, , ratio]) => ratio < 4.5);
      expect(low).toEqual([]);
    });
  }

  it('high contrast reaches 7:1 for body text', () => {
    const { palette } = themeFor({ ...defaultSettings(), highContrast: true }, 360, false);
    expect(contrast(palette.text, css(palette.background))).toBeGreaterThanOrEqual(7);
    expect(contrast(palette.ink, css(palette.paper))).toBeGreaterThanOrEqual(7);
  });
});

describe('game type sizes', () => {
  it('never goes below 16 px body text on a phone, and grows with the text-size setting', () => {
    const sizes = (['normal', 'large', 'larger'] as const).map(
      (textSize) => themeFor({ ...defaultSettings(), textSize }, 360, false).type.body,
    );
    expect(sizes[0]).toBeGreaterThanOrEqual(16);
    expect(sizes[1]).toBeGreaterThan(sizes[0]!);
    expect(sizes[2]).toBeGreaterThan(sizes[1]!);
  });

  it('keeps the reading column inside the screen and centred', () => {
    for (const width of [360, 768, 1280, 1920]) {
      const theme = themeFor({ ...defaultSettings(), textSize: 'larger' }, width, false);
      expect(theme.columnLeft).toBeGreaterThanOrEqual(theme.margin);
      expect(theme.columnLeft * 2 + theme.columnWidth).toBeLessThanOrEqual(width + 1);
    }
  });

  it('turns motion off for the setting and for the system preference alike', () => {
    expect(themeFor({ ...defaultSettings(), reducedMotion: true }, 360, false).reducedMotion).toBe(true);
    expect(themeFor(defaultSettings(), 360, true).reducedMotion).toBe(true);
    expect(themeFor(defaultSettings(), 360, false).reducedMotion).toBe(false);
  });
});
