/** The short sounds of the game; each is rendered on its own and later packed into one sprite. */
import type { Cue } from '../../src/audio/sound-names';
import { Bus, bell, highPass, noise, note, pluck, tone } from './dsp';

function rendered(seconds: number, draw: (bus: Bus) => void, peak = 0.7): Float32Array {
  const bus = new Bus(seconds, false);
  draw(bus);
  return bus.normalize(peak);
}

function notes(bus: Bus, names: readonly string[], step: number, make: (frequency: number, i: number) => Float32Array): void {
  names.forEach((name, i) => bus.add(i * step, make(note(name), i)));
}

const choose = (): Float32Array =>
  rendered(
    0.14,
    (bus) => {
      bus.add(0, tone({ frequency: note('A5'), glideTo: note('E5'), hold: 0.03, envelope: { attack: 0.002, release: 0.09 } }));
      bus.add(0, highPass(noise(0.02, 3, { attack: 0.001, release: 0.018 }), 3000), 0.3);
    },
    0.5,
  );

const correct = (): Float32Array => rendered(0.9, (bus) => notes(bus, ['E5', 'B5'], 0.11, (f) => bell(f, 0.75, { ratio: 2, index: 1.5 })));

const wrong = (): Float32Array =>
  rendered(0.6, (bus) =>
    notes(bus, ['E3', 'C3'], 0.16, (f) =>
      tone({
        frequency: f,
        hold: 0.16,
        envelope: { attack: 0.005, decay: 0.1, sustain: 0.6, release: 0.25 },
        wave: 'square',
        detuneCents: [-12, 12],
        gain: 0.5,
      }),
    ),
  );

const meterUp = (): Float32Array =>
  rendered(0.5, (bus) => notes(bus, ['G4', 'B4', 'D5'], 0.07, (f, i) => pluck(f, 0.35, 20 + i, { damping: 0.99 })), 0.6);

const meterDown = (): Float32Array =>
  rendered(0.5, (bus) => notes(bus, ['D5', 'Bb4', 'G4'], 0.07, (f, i) => pluck(f, 0.35, 30 + i, { damping: 0.99 })), 0.6);

/** An ending: a bell arpeggio over a sustained pad chord. */
function ending(arpeggio: readonly string[], pad: readonly string[], step: number): Float32Array {
  return rendered(2.8, (bus) => {
    notes(bus, arpeggio, step, (f) => bell(f, 1.8, { ratio: 2, index: 1.8, gain: 0.7 }));
    for (const name of pad) {
      bus.add(
        0.1,
        tone({
          frequency: note(name),
          hold: 1.4,
          envelope: { attack: 0.3, release: 1.1 },
          wave: 'triangle',
          detuneCents: [-6, 5],
          gain: 0.35,
        }),
      );
    }
  });
}

export const CUE_SYNTHS: Record<Cue, () => Float32Array> = {
  choose,
  correct,
  wrong,
  'meter-up': meterUp,
  'meter-down': meterDown,
  // Success resolves home to a major chord; mixed hangs on a suspended chord; failure sinks in minor.
  'ending-success': () => ending(['C5', 'E5', 'G5', 'C6'], ['C3', 'G3', 'E4'], 0.16),
  'ending-mixed': () => ending(['C5', 'G5', 'D5', 'F5'], ['C3', 'G3', 'D4'], 0.22),
  'ending-failure': () => ending(['G4', 'Eb4', 'C4', 'G3'], ['C3', 'G3', 'Eb4'], 0.28),
};
