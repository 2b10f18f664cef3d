/** Packs every cue into one buffer (an audio sprite) and records where each one is. */
import { CUES, type Cue } from '../../src/audio/sound-names';
import { CUE_SYNTHS } from './cues';
import { SAMPLE_RATE, samples } from './dsp';

/**
 * Silence before the first cue and between cues, so that the few milliseconds
 * an MP3 decoder may shift the audio never make one cue bleed into the next.
 */
export const SPRITE_GAP_SECONDS = 0.3;

export interface Sprite {
  samples: Float32Array;
  /** [start ms, duration ms] per cue, as Howler's `sprite` option wants them. */
  map: Record<Cue, [number, number]>;
}

export function packSprite(): Sprite {
  const rendered = CUES.map((cue) => ({ cue, sound: CUE_SYNTHS[cue]() }));
  const gap = samples(SPRITE_GAP_SECONDS);
  const total = rendered.reduce((sum, { sound }) => sum + sound.length + gap, gap);
  const out = new Float32Array(total);
  const map = {} as Record<Cue, [number, number]>;
  let offset = gap;
  for (const { cue, sound } of rendered) {
    out.set(sound, offset);
    map[cue] = [Math.round((offset / SAMPLE_RATE) * 1000), Math.round((sound.length / SAMPLE_RATE) * 1000)];
    offset += sound.length + gap;
  }
  return { samples: out, map };
}
