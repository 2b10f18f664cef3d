/**
 * The small synthesizer every sound in the game is made with: oscillators,
 * envelopes, filters and noise rendered into mono Float32 buffers.
 * Deterministic (seeded noise), so regenerating gives the same files.
 */

export const SAMPLE_RATE = 24_000;

export type Wave = 'sine' | 'triangle' | 'saw' | 'square';

const SEMITONES_FROM_A: Record<string, number> = { C: -9, D: -7, E: -5, F: -4, G: -2, A: 0, B: 2 };

/** Frequency of a note name like "A4", "C#3" or "Bb2" (equal temperament, A4 = 440 Hz). */
export function note(name: string): number {
  const match = /^([A-G])([#b]?)(-?\d)$/.exec(name);
  if (!match) throw new Error(`Not a note name: ${name}`);
  const [, letter = 'A', accidental = '', octave = '4'] = match;
  const semitone = SEMITONES_FROM_A[letter] ?? 0;
  const shift = accidental === '#' ? 1 : accidental === 'b' ? -1 : 0;
  return 440 * 2 ** ((semitone + shift) / 12 + (Number(octave) - 4));
}

export function samples(seconds: number): number {
  return Math.round(seconds * SAMPLE_RATE);
}

/** A seeded pseudo-random generator (mulberry32) returning values in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function waveAt(wave: Wave, phase: number): number {
  const p = phase - Math.floor(phase);
  switch (wave) {
    case 'sine':
      return Math.sin(2 * Math.PI * p);
    case 'triangle':
      return 1 - 4 * Math.abs(p - 0.5);
    case 'saw':
      return 2 * p - 1;
    case 'square':
      return p < 0.5 ? 1 : -1;
  }
}

export interface Envelope {
  attack: number;
  /** Seconds from the end of the attack to the sustain level. */
  decay?: number;
  /** 0..1, default 1. */
  sustain?: number;
  release: number;
}

/** Gain of an ADSR envelope at time t for a note held `hold` seconds (release follows the hold). */
function envelopeAt(env: Envelope, hold: number, t: number): number {
  const { attack, decay = 0, sustain = 1, release } = env;
  const held = (() => {
    const u = Math.min(t, hold);
    if (u < attack) return u / attack;
    if (decay > 0 && u < attack + decay) return 1 - (1 - sustain) * ((u - attack) / decay);
    return sustain;
  })();
  if (t <= hold) return held;
  return held * Math.max(0, 1 - (t - hold) / release);
}

export interface ToneOptions {
  frequency: number;
  /** Seconds the note is held before its release. */
  hold: number;
  envelope: Envelope;
  wave?: Wave;
  /** End frequency for a glide over the held part. */
  glideTo?: number;
  /** Detuned copies (in cents) mixed in for a chorus-like width. */
  detuneCents?: readonly number[];
  gain?: number;
}

/** One enveloped oscillator note (with optional detuned unison voices). */
export function tone(options: ToneOptions): Float32Array {
  const { frequency, hold, envelope, wave = 'sine', glideTo, detuneCents = [0], gain = 1 } = options;
  const out = new Float32Array(samples(hold + envelope.release));
  detuneCents.forEach((cents, voice) => {
    const ratio = 2 ** (cents / 1200);
    let phase = voice / detuneCents.length;
    for (let i = 0; i < out.length; i++) {
      const t = i / SAMPLE_RATE;
      const progress = Math.min(1, t / hold);
      const f = glideTo === undefined ? frequency : frequency * (glideTo / frequency) ** progress;
      phase += (f * ratio) / SAMPLE_RATE;
      out[i]! += (waveAt(wave, phase) * envelopeAt(envelope, hold, t) * gain) / detuneCents.length;
    }
  });
  return out;
}

/**
 * A bell or electric-piano note by two-operator FM: the modulation index
 * decays with the note, so the attack is bright and the tail pure.
 */
export function bell(frequency: number, seconds: number, options: { ratio?: number; index?: number; gain?: number } = {}): Float32Array {
  const { ratio = 3.5, index = 2.5, gain = 1 } = options;
  const out = new Float32Array(samples(seconds));
  const decay = seconds / 5;
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const amplitude = Math.exp(-t / decay) * Math.min(1, t / 0.004);
    const modulator = Math.sin(2 * Math.PI * frequency * ratio * t) * index * Math.exp(-t / (decay / 2));
    out[i] = Math.sin(2 * Math.PI * frequency * t + modulator) * amplitude * gain;
  }
  return out;
}

/** A plucked string by Karplus–Strong: a noise burst in a damped delay line. */
export function pluck(frequency: number, seconds: number, seed: number, options: { damping?: number; gain?: number } = {}): Float32Array {
  const { damping = 0.996, gain = 1 } = options;
  const next = random(seed);
  const period = Math.max(2, Math.round(SAMPLE_RATE / frequency));
  const line = Float32Array.from({ length: period }, () => next() * 2 - 1);
  const out = new Float32Array(samples(seconds));
  for (let i = 0; i < out.length; i++) {
    const j = i % period;
    const value = line[j]!;
    out[i] = value * gain;
    line[j] = damping * 0.5 * (value + line[(j + 1) % period]!);
  }
  return out;
}

/** White noise shaped by an envelope. */
export function noise(seconds: number, seed: number, envelope: Envelope, gain = 1): Float32Array {
  const next = random(seed);
  const hold = Math.max(0, seconds - envelope.release);
  const out = new Float32Array(samples(seconds));
  for (let i = 0; i < out.length; i++) out[i] = (next() * 2 - 1) * envelopeAt(envelope, hold, i / SAMPLE_RATE) * gain;
  return out;
}

/**
 * One-pole low-pass filter, in place. With `wrap`, the filter is run twice
 * around the buffer so its state at the start equals its state at the end
 * (a loop filtered this way has no click at the seam).
 */
export function lowPass(buffer: Float32Array, cutoffHz: number, wrap = false): Float32Array {
  const a = Math.exp((-2 * Math.PI * cutoffHz) / SAMPLE_RATE);
  let y = 0;
  const passes = wrap ? 2 : 1;
  const input = Float32Array.from(buffer);
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < buffer.length; i++) {
      y = (1 - a) * input[i]! + a * y;
      buffer[i] = y;
    }
  }
  return buffer;
}

/** High-pass as the input minus its low-pass, in place. */
export function highPass(buffer: Float32Array, cutoffHz: number, wrap = false): Float32Array {
  const low = lowPass(Float32Array.from(buffer), cutoffHz, wrap);
  for (let i = 0; i < buffer.length; i++) buffer[i]! -= low[i]!;
  return buffer;
}

/**
 * A mono mix bus of fixed length. A looping bus wraps sounds that run past
 * its end back to its start, so a note's tail rings on over the loop seam.
 */
export class Bus {
  readonly buffer: Float32Array;

  constructor(
    seconds: number,
    private readonly loop: boolean,
  ) {
    this.buffer = new Float32Array(samples(seconds));
  }

  add(atSeconds: number, sound: Float32Array, gain = 1): this {
    const start = samples(atSeconds);
    const length = this.buffer.length;
    for (let i = 0; i < sound.length; i++) {
      const index = start + i;
      if (index >= length && !this.loop) break;
      this.buffer[index % length]! += sound[i]! * gain;
    }
    return this;
  }

  /** Multiplies by a slow gain curve (e.g. swells); `curve` gets time in seconds. */
  shape(curve: (t: number) => number): this {
    for (let i = 0; i < this.buffer.length; i++) this.buffer[i]! *= curve(i / SAMPLE_RATE);
    return this;
  }

  /** Scales to the given peak (0..1) so every sound leaves the same headroom. */
  normalize(peak: number): Float32Array {
    let max = 0;
    for (const value of this.buffer) max = Math.max(max, Math.abs(value));
    if (max > 0) for (let i = 0; i < this.buffer.length; i++) this.buffer[i]! *= peak / max;
    return this.buffer;
  }
}
