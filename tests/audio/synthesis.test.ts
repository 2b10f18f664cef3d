/** The synthesis script: loops are seamless, the sprite map is current, the WAV it encodes from is valid. */
import { describe, expect, it } from 'vitest';
import { EFFECTS_SPRITE } from '../../src/audio/audio-manifest';
import { AMBIENCES, CUES } from '../../src/audio/sound-names';
import { AMBIENCE_SYNTHS } from '../../scripts/audio/ambiences';
import { Bus, SAMPLE_RATE, note, samples } from '../../scripts/audio/dsp';
import { packSprite } from '../../scripts/audio/sprite';
import { encodeWav } from '../../scripts/audio/wav';

function peak(buffer: Float32Array, from = 0, to = buffer.length): number {
  let max = 0;
  for (let i = from; i < to; i++) max = Math.max(max, Math.abs(buffer[i]!));
  return max;
}

describe('audio synthesis', () => {
  it('names notes in equal temperament', () => {
    expect(note('A4')).toBe(440);
    expect(note('A3')).toBe(220);
    expect(note('C#4')).toBeCloseTo(note('Db4'), 9);
    expect(note('C5') / note('C4')).toBeCloseTo(2, 9);
  });

  it('wraps sounds past the end of a looping bus back to its start', () => {
    const loop = new Bus(1, true).add(0.9, new Float32Array(samples(0.2)).fill(0.5));
    expect(loop.buffer[samples(0.05)]).toBe(0.5);
    const oneShot = new Bus(1, false).add(0.9, new Float32Array(samples(0.2)).fill(0.5));
    expect(oneShot.buffer[samples(0.05)]).toBe(0);
  });

  it.each(AMBIENCES)('renders the %s loop without a click at the seam or clipping', (ambience) => {
    const loop = AMBIENCE_SYNTHS[ambience]();
    expect(loop.length / SAMPLE_RATE).toBeGreaterThanOrEqual(8);
    expect(peak(loop)).toBeLessThanOrEqual(0.5 + 1e-6);
    const steps = Array.from({ length: loop.length - 1 }, (_, i) => Math.abs(loop[i + 1]! - loop[i]!)).sort((a, b) => a - b);
    const typicalStep = steps[Math.floor(steps.length * 0.99)]!;
    // Going from the last sample back to the first is no bigger a jump than the loop makes anywhere.
    expect(Math.abs(loop[0]! - loop[loop.length - 1]!)).toBeLessThanOrEqual(typicalStep);
  });

  it('packs cues with silent gaps, exactly where the committed sprite map says', () => {
    const sprite = packSprite();
    expect(sprite.map).toEqual(EFFECTS_SPRITE.map);
    const at = (ms: number) => Math.round((ms / 1000) * SAMPLE_RATE);
    let previousEnd = 0;
    for (const cue of CUES) {
      const [start, duration] = sprite.map[cue];
      expect(peak(sprite.samples, previousEnd, at(start) - 1), `silence before ${cue}`).toBe(0);
      expect(peak(sprite.samples, at(start), at(start + duration)), cue).toBeGreaterThan(0.3);
      previousEnd = at(start + duration) + 1;
    }
  });

  it('writes a 16-bit mono PCM WAV that holds the samples', () => {
    const input = Float32Array.from([0, 0.5, -0.5, 1, -1, 2]);
    const wav = encodeWav(input, 24_000);
    const view = new DataView(wav.buffer);
    const text = (offset: number) => String.fromCharCode(...wav.subarray(offset, offset + 4));
    expect([text(0), text(8), text(12), text(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(view.getUint32(4, true)).toBe(wav.length - 8);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(24_000);
    expect(view.getUint32(40, true)).toBe(input.length * 2);
    const decoded = Array.from({ length: input.length }, (_, i) => view.getInt16(44 + i * 2, true));
    // Full scale is ±32767; out-of-range input is clamped, not wrapped.
    const expected = [0, 0.5, -0.5, 1, -1, 1].map((x) => x * 32767);
    decoded.forEach((value, i) => expect(Math.abs(value - expected[i]!)).toBeLessThanOrEqual(0.5));
  });
});
