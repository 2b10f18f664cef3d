/**
 * The player's settings: what they are, their defaults, and the numbers the
 * game derives from them. Persistence lives in settings-store.ts.
 */
import * as v from 'valibot';

export type TextSpeed = 'slow' | 'normal' | 'fast' | 'instant';
/** Three steps; the scale factors are in TEXT_SCALE. */
export type TextSize = 'normal' | 'large' | 'larger';

export interface Settings {
  textSpeed: TextSpeed;
  textSize: TextSize;
  highContrast: boolean;
  reducedMotion: boolean;
  /** Speak dialogue lines and choices with the browser's speech synthesis. */
  readAloud: boolean;
  /** Single-key shortcuts (1–9 pick a choice); switchable off for WCAG 2.1.4. */
  numberKeys: boolean;
  muted: boolean;
  /** 0..1 */
  musicVolume: number;
  /** 0..1 */
  effectsVolume: number;
}

export const TEXT_SPEEDS: readonly TextSpeed[] = ['slow', 'normal', 'fast', 'instant'];
export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];

export const TEXT_SCALE: Record<TextSize, number> = { normal: 1, large: 1.25, larger: 1.5 };

/** Typewriter speed of dialogue text; `instant` shows each line whole at once. */
export const CHARS_PER_SECOND: Record<TextSpeed, number> = {
  slow: 20,
  normal: 45,
  fast: 90,
  instant: Number.POSITIVE_INFINITY,
};

/** How fast dialogue text appears: reduced motion always shows each line whole at once. */
export function typewriterCharsPerSecond(settings: Pick<Settings, 'textSpeed' | 'reducedMotion'>): number {
  return settings.reducedMotion ? CHARS_PER_SECOND.instant : CHARS_PER_SECOND[settings.textSpeed];
}

/**
 * Defaults. `reducedMotion` is the one default that depends on the system,
 * so it is a parameter rather than a constant.
 */
export function defaultSettings(systemPrefersReducedMotion = false): Settings {
  return {
    textSpeed: 'normal',
    textSize: 'normal',
    highContrast: false,
    reducedMotion: systemPrefersReducedMotion,
    readAloud: false,
    numberKeys: true,
    muted: false,
    musicVolume: 0.5,
    effectsVolume: 0.8,
  };
}

const volume = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));

/**
 * One schema per field, so that a stored record can be repaired field by
 * field: a bad `textSpeed` must not cost the player their volume choices.
 */
const SETTING_SCHEMAS: { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
  textSpeed: v.picklist(TEXT_SPEEDS),
  textSize: v.picklist(TEXT_SIZES),
  highContrast: v.boolean(),
  reducedMotion: v.boolean(),
  readAloud: v.boolean(),
  numberKeys: v.boolean(),
  muted: v.boolean(),
  musicVolume: volume,
  effectsVolume: volume,
};

const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as (keyof Settings)[];

/**
 * Returns `base` with every field of `candidate` that is valid for that
 * field; anything else in `candidate` (unknown keys, wrong types, values out
 * of range, a non-object) is ignored. Never throws.
 */
export function mergeValidFields(base: Settings, candidate: unknown): Settings {
  const merged: Settings = { ...base };
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return merged;
  const record = candidate as Record<string, unknown>;
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(record, key)) continue;
    const result = v.safeParse(SETTING_SCHEMAS[key], record[key]);
    if (result.success) (merged as Record<keyof Settings, unknown>)[key] = result.output;
  }
  return merged;
}
