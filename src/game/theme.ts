/**
 * The look of the game: a diplomatic-briefing palette (deep navy and slate, paper-white text boxes,
 * one amber accent) and a high-contrast variant, plus type sizes that follow the screen width and
 * the player's text-size setting. Every colour pair used for text is at least 4.5:1 (WCAG AA).
 */
import { TEXT_SCALE, type Settings } from '../settings/settings';

export interface Palette {
  /** Page background (behind everything). */
  background: number;
  /** Raised surfaces on the background: cards, the top bar. */
  surface: number;
  surfaceEdge: number;
  /** Text on background and surface. */
  text: string;
  textMuted: string;
  /** Paper text boxes (dialogue, briefing) and the ink written on them. */
  paper: number;
  paperEdge: number;
  ink: string;
  inkMuted: string;
  /** The one accent: primary buttons, progress, focus. */
  accent: number;
  accentText: string;
  /** Text drawn on an accent-filled button. */
  onAccent: string;
  button: number;
  buttonHover: number;
  buttonPressed: number;
  buttonEdge: number;
  buttonText: string;
  disabled: number;
  disabledText: string;
  focus: number;
  better: number;
  betterText: string;
  worse: number;
  worseText: string;
  /** Track of a meter bar. */
  track: number;
}

const NAVY: Palette = {
  background: 0x0e1a2b,
  surface: 0x18283f,
  surfaceEdge: 0x2c4262,
  text: '#eef2f7',
  textMuted: '#b4c1d3',
  paper: 0xf6f3ea,
  paperEdge: 0xd8d0bc,
  ink: '#17212e',
  inkMuted: '#4a5566',
  accent: 0xf0b541,
  accentText: '#f5c463',
  onAccent: '#1a1405',
  button: 0x22375a,
  buttonHover: 0x2d4773,
  buttonPressed: 0x1a2c48,
  buttonEdge: 0x4c6a96,
  buttonText: '#f3f6fa',
  disabled: 0x1c2636,
  disabledText: '#a3adbb',
  focus: 0xf0b541,
  better: 0x3fbf83,
  betterText: '#6fdcaa',
  worse: 0xe5655c,
  worseText: '#ff9b92',
  track: 0x0a1320,
};

const HIGH_CONTRAST: Palette = {
  background: 0x000000,
  surface: 0x000000,
  surfaceEdge: 0xffffff,
  text: '#ffffff',
  textMuted: '#ffffff',
  paper: 0xffffff,
  paperEdge: 0x000000,
  ink: '#000000',
  inkMuted: '#000000',
  accent: 0xffe14d,
  accentText: '#ffe14d',
  onAccent: '#000000',
  button: 0x000000,
  buttonHover: 0x1f1f1f,
  buttonPressed: 0x333333,
  buttonEdge: 0xffffff,
  buttonText: '#ffffff',
  disabled: 0x000000,
  disabledText: '#c8c8c8',
  focus: 0xffe14d,
  better: 0x5cff9d,
  betterText: '#5cff9d',
  worse: 0xff7a7a,
  worseText: '#ff9c9c',
  track: 0x333333,
};

export const FONT_FAMILY = '"Atkinson Hyperlegible", "Segoe UI", system-ui, sans-serif';

interface TypeScale {
  small: number;
  body: number;
  large: number;
  title: number;
}

export interface Theme {
  palette: Palette;
  type: TypeScale;
  /** Outer margin and the gap between blocks, in px. */
  margin: number;
  gap: number;
  /** Width of the reading column: long lines are hard to read, so wide screens get a centred column. */
  columnWidth: number;
  columnLeft: number;
  /** Tweens and the typewriter are off. */
  reducedMotion: boolean;
}

/** Base body size by screen width, before the player's text scale: 16 px on a phone, 20 px on a wide screen. */
function baseBodySize(width: number): number {
  if (width < 480) return 16;
  if (width < 1000) return 18;
  return 20;
}

export function themeFor(settings: Readonly<Settings>, width: number, systemReducedMotion: boolean): Theme {
  const scale = TEXT_SCALE[settings.textSize];
  const body = Math.round(baseBodySize(width) * scale);
  const margin = width < 480 ? 12 : 24;
  const columnWidth = Math.min(width - margin * 2, Math.round(760 * Math.max(1, scale * 0.9)));
  return {
    palette: settings.highContrast ? HIGH_CONTRAST : NAVY,
    type: {
      small: Math.round(body * 0.85),
      body,
      large: Math.round(body * 1.25),
      title: Math.round(body * 1.6),
    },
    margin,
    gap: Math.round(body * 0.75),
    columnWidth,
    columnLeft: Math.round((width - columnWidth) / 2),
    reducedMotion: settings.reducedMotion || systemReducedMotion,
  };
}

/** `#rrggbb` for a colour number, for Text styles. */
export function css(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}
