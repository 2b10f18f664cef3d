/**
 * The three quiet music loops, one per scenario setting. Each is built on a
 * looping bus, so note tails wrap over the seam and the loop has no gap.
 */
import type { Ambience } from '../../src/audio/sound-names';
import { Bus, bell, lowPass, highPass, noise, note, pluck, tone, type Envelope } from './dsp';

const PAD: Envelope = { attack: 1.2, release: 1.8 };

/** A soft chord of detuned triangle voices. */
function padChord(bus: Bus, at: number, hold: number, notes: readonly string[], gain: number): void {
  for (const name of notes) {
    bus.add(at, tone({ frequency: note(name), hold, envelope: PAD, wave: 'triangle', detuneCents: [-7, 0, 6], gain }));
  }
}

/** Geneva-style negotiation room: slow, unresolved minor chords over a low drone. */
function negotiation(): Float32Array {
  const seconds = 12;
  const bus = new Bus(seconds, true);
  const chords = [
    ['D3', 'F3', 'A3'],
    ['Bb2', 'D3', 'F3', 'A3'],
    ['G2', 'Bb2', 'D3'],
    ['A2', 'D3', 'E3'],
  ];
  chords.forEach((chord, i) => padChord(bus, i * 3, 2.6, chord, 0.22));
  bus.add(0, tone({ frequency: note('D2'), hold: seconds - 0.5, envelope: { attack: 0.5, release: 0.5 }, gain: 0.18 }));
  // A sparse, high two-note motif: the question hanging over the table.
  const motif: [string, number][] = [
    ['A4', 1.5],
    ['F4', 4.5],
    ['D5', 7.5],
    ['E4', 10.5],
  ];
  for (const [name, at] of motif) bus.add(at, bell(note(name), 2.5, { ratio: 2, index: 1.2, gain: 0.12 }));
  lowPass(bus.buffer, 1800, true);
  return bus.normalize(0.5);
}

/** Press room: murmur of a waiting crowd, camera shutters, a muted plucked pulse. */
function pressRoom(): Float32Array {
  const seconds = 10;
  const bus = new Bus(seconds, true);
  const murmur = lowPass(noise(seconds, 7, { attack: 0.01, release: 0.01 }, 1), 350, true);
  lowPass(murmur, 500, true);
  bus.add(0, murmur, 0.9);
  // Slow swell of the murmur, periodic over the loop.
  bus.shape((t) => 0.75 + 0.25 * Math.sin((2 * Math.PI * t) / seconds));
  const beat = 60 / 96;
  const pulse = ['C3', 'C3', 'G2', 'C3', 'Eb3', 'C3', 'G2', 'Bb2'];
  for (let i = 0; i * beat < seconds - 0.01; i++) {
    const name = pulse[i % pulse.length] ?? 'C3';
    bus.add(i * beat, pluck(note(name), 0.9, 100 + i, { damping: 0.985, gain: 0.35 }));
  }
  // Shutter clicks at fixed, irregular moments.
  for (const at of [0.9, 1.05, 3.7, 6.2, 6.32, 8.8]) {
    bus.add(at, highPass(noise(0.04, Math.round(at * 100), { attack: 0.001, release: 0.035 }), 2500), 0.25);
  }
  return bus.normalize(0.45);
}

/** Briefing room: patient arpeggiated bells over a pad, thinking through options. */
function briefing(): Float32Array {
  const seconds = 12;
  const bus = new Bus(seconds, true);
  const chords = [
    ['A2', 'C3', 'E3', 'A3', 'E4', 'C4', 'E3', 'A3'],
    ['F2', 'A2', 'C3', 'F3', 'C4', 'A3', 'C3', 'F3'],
    ['C3', 'E3', 'G3', 'C4', 'G4', 'E4', 'G3', 'C4'],
    ['G2', 'B2', 'D3', 'G3', 'D4', 'B3', 'D3', 'G3'],
  ];
  const step = 3 / 8;
  chords.forEach((arpeggio, c) => {
    const [root = 'A2', third = 'C3', fifth = 'E3'] = arpeggio;
    padChord(bus, c * 3, 2.7, [root, third, fifth], 0.12);
    arpeggio.forEach((name, i) => {
      bus.add(c * 3 + i * step, bell(note(name) * 2, 1.4, { ratio: 3, index: 1.5, gain: i === 0 ? 0.16 : 0.1 }));
    });
  });
  lowPass(bus.buffer, 3000, true);
  return bus.normalize(0.45);
}

export const AMBIENCE_SYNTHS: Record<Ambience, () => Float32Array> = {
  negotiation,
  'press-room': pressRoom,
  briefing,
};
