/** Encodes a WAV file to the two compressed formats Howler chooses between, with Debian's ffmpeg. */
import { execFileSync } from 'node:child_process';

export const FFMPEG = process.env.FFMPEG ?? '/usr/bin/ffmpeg';

/** Formats in Howler's order of preference: Opus in WebM (small), then MP3 (plays everywhere). */
export const FORMATS = ['webm', 'mp3'] as const;
export type Format = (typeof FORMATS)[number];

export interface Bitrates {
  opusKbps: number;
  mp3Kbps: number;
}

/** Flags that keep the output byte-identical from run to run (no encoder tags, no dates). */
const REPRODUCIBLE = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];

function codecArgs(format: Format, bitrates: Bitrates): string[] {
  switch (format) {
    case 'webm':
      return ['-c:a', 'libopus', '-b:a', `${bitrates.opusKbps}k`, '-vbr', 'constrained', '-application', 'audio', '-f', 'webm'];
    case 'mp3':
      return ['-c:a', 'libmp3lame', '-b:a', `${bitrates.mp3Kbps}k`, '-f', 'mp3'];
  }
}

export function encode(wavPath: string, outPath: string, format: Format, bitrates: Bitrates): void {
  execFileSync(
    FFMPEG,
    ['-hide_banner', '-loglevel', 'error', '-y', '-i', wavPath, '-ac', '1', ...codecArgs(format, bitrates), ...REPRODUCIBLE, outPath],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}
