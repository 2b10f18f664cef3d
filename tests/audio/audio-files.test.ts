/** The committed audio files agree with the sprite map the game plays them by, and stay small. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AMBIENCE_FILES, AUDIO_FORMATS, EFFECTS_SPRITE } from '../../src/audio/audio-manifest';
import { AMBIENCES, CUES } from '../../src/audio/sound-names';
import { mp3Info, webmSeconds } from './media-duration';

const AUDIO_DIR = resolve(import.meta.dirname, '../../assets/audio');
const read = (name: string) => readFileSync(join(AUDIO_DIR, name));

/** Playing length of a committed file in seconds, read from its own bytes. */
function seconds(file: string, format: (typeof AUDIO_FORMATS)[number]): number {
  const bytes = read(`${file}.${format}`);
  return format === 'mp3' ? mp3Info(bytes).seconds : webmSeconds(bytes);
}

describe('committed audio files', () => {
  it('has every cue in the sprite, in order, without overlaps', () => {
    expect(Object.keys(EFFECTS_SPRITE.map).sort()).toEqual([...CUES].sort());
    const spans = CUES.map((cue) => EFFECTS_SPRITE.map[cue]);
    for (const [start, duration] of spans) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(duration).toBeGreaterThan(0);
    }
    const byStart = [...spans].sort((a, b) => a[0] - b[0]);
    byStart.slice(1).forEach(([start], i) => {
      const [previousStart, previousDuration] = byStart[i]!;
      // Silence between cues, so a decoder's few-millisecond shift cannot bleed one into the next.
      expect(start - (previousStart + previousDuration)).toBeGreaterThanOrEqual(250);
    });
  });

  it.each(AUDIO_FORMATS)('ends every cue within the %s sprite file', (format) => {
    const length = seconds(EFFECTS_SPRITE.file, format) * 1000;
    for (const cue of CUES) {
      const [start, duration] = EFFECTS_SPRITE.map[cue];
      expect(start + duration, cue).toBeLessThanOrEqual(length);
    }
  });

  it.each(AMBIENCES)('has a short loop for the %s ambience in every format', (ambience) => {
    const lengths = AUDIO_FORMATS.map((format) => seconds(AMBIENCE_FILES[ambience], format));
    for (const length of lengths) {
      expect(length).toBeGreaterThanOrEqual(8);
      expect(length).toBeLessThanOrEqual(15);
    }
    // Both formats are the same loop: lengths agree to within an Opus pre-skip.
    expect(Math.abs(lengths[0]! - lengths[1]!)).toBeLessThan(0.02);
  });

  it('has MP3 files whose frames match their Info tag', () => {
    for (const file of [EFFECTS_SPRITE.file, ...Object.values(AMBIENCE_FILES)]) {
      const info = mp3Info(read(`${file}.mp3`));
      expect(info.framesCounted, file).toBe(info.framesDeclared);
      expect(info.framesCounted, file).toBeGreaterThan(0);
    }
  });

  it('keeps all audio together well under 500 KiB', () => {
    const files = readdirSync(AUDIO_DIR).filter((name) => AUDIO_FORMATS.some((format) => name.endsWith(`.${format}`)));
    const expected = [EFFECTS_SPRITE.file, ...Object.values(AMBIENCE_FILES)].flatMap((file) =>
      AUDIO_FORMATS.map((format) => `${file}.${format}`),
    );
    expect(files.sort()).toEqual(expected.sort());
    const total = files.reduce((sum, name) => sum + statSync(join(AUDIO_DIR, name)).size, 0);
    expect(total).toBeLessThan(500 * 1024);
  });
});
