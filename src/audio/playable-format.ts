/**
 * Picks the first audio format this browser can decode. Howler's own check
 * for "webm" asks about Vorbis, but our WebM files hold Opus, so the game asks
 * the precise question itself and hands Howler a single source.
 */
import { AUDIO_FORMATS } from './audio-manifest';

export type AudioFormat = (typeof AUDIO_FORMATS)[number];

const MIME_TYPES: Record<AudioFormat, string> = {
  webm: 'audio/webm; codecs="opus"',
  mp3: 'audio/mpeg',
};

/** The preferred playable format, or null when the browser plays none (then the game is silent). */
export function playableFormat(canPlayType: (mime: string) => string): AudioFormat | null {
  return AUDIO_FORMATS.find((format) => canPlayType(MIME_TYPES[format]) !== '') ?? null;
}
