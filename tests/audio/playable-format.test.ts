import { describe, expect, it } from 'vitest';
import { playableFormat } from '../../src/audio/playable-format';

/** A stand-in for HTMLMediaElement.canPlayType that answers like a browser supporting `supported`. */
const browser =
  (...supported: string[]) =>
  (mime: string) =>
    supported.includes(mime) ? 'probably' : '';

describe('playableFormat', () => {
  it('prefers Opus in WebM where the browser decodes it', () => {
    expect(playableFormat(browser('audio/webm; codecs="opus"', 'audio/mpeg'))).toBe('webm');
  });

  it('falls back to MP3 where WebM holds only Vorbis or nothing', () => {
    expect(playableFormat(browser('audio/webm; codecs="vorbis"', 'audio/mpeg'))).toBe('mp3');
  });

  it('gives up (silence) where neither format plays', () => {
    expect(playableFormat(browser('audio/ogg'))).toBeNull();
  });
});
