/**
 * Reads the playing duration of the committed audio files straight from their
 * bytes (no ffprobe needed in CI): MP3 from its frames and LAME/Info tag, WebM
 * from the EBML Segment Info.
 */

const MP3_BITRATES_KBPS: Record<'v1' | 'v2', readonly number[]> = {
  v1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  v2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const MP3_SAMPLE_RATES: Record<number, readonly number[]> = {
  3: [44100, 48000, 32000], // MPEG-1
  2: [22050, 24000, 16000], // MPEG-2
  0: [11025, 12000, 8000], // MPEG-2.5
};

interface Mp3Frame {
  length: number;
  sampleRate: number;
  samplesPerFrame: number;
  mono: boolean;
  mpeg1: boolean;
}

/** Parses the MPEG-1/2/2.5 Layer III frame header at `offset`, or null if there is none. */
function mp3Frame(bytes: Uint8Array, offset: number): Mp3Frame | null {
  if (offset + 4 > bytes.length) return null;
  const b1 = bytes[offset + 1]!;
  const b2 = bytes[offset + 2]!;
  const b3 = bytes[offset + 3]!;
  if (bytes[offset] !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const version = (b1 >> 3) & 3;
  const layer = (b1 >> 1) & 3;
  if (version === 1 || layer !== 1) return null; // reserved version, or not Layer III
  const mpeg1 = version === 3;
  const bitrate = MP3_BITRATES_KBPS[mpeg1 ? 'v1' : 'v2'][(b2 >> 4) & 15] ?? 0;
  const sampleRate = MP3_SAMPLE_RATES[version]?.[(b2 >> 2) & 3];
  if (!bitrate || !sampleRate) return null;
  const padding = (b2 >> 1) & 1;
  const samplesPerFrame = mpeg1 ? 1152 : 576;
  return {
    length: Math.floor(((samplesPerFrame / 8) * bitrate * 1000) / sampleRate) + padding,
    sampleRate,
    samplesPerFrame,
    mono: b3 >> 6 === 3,
    mpeg1,
  };
}

export interface Mp3Info {
  sampleRate: number;
  /** Audio frames actually in the file (the Info frame excluded). */
  framesCounted: number;
  /** Audio frames the Info tag declares. */
  framesDeclared: number;
  /** Duration after the encoder delay and padding recorded in the LAME tag are trimmed. */
  seconds: number;
}

export function mp3Info(bytes: Uint8Array): Mp3Info {
  let offset = 0;
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    // ID3v2: 10-byte header, then a 28-bit "syncsafe" size.
    offset = 10 + (((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f));
  }
  const first = mp3Frame(bytes, offset);
  if (!first) throw new Error('No MP3 frame after the ID3 tag');
  const sideInfo = first.mpeg1 ? (first.mono ? 17 : 32) : first.mono ? 9 : 17;
  const tagAt = offset + 4 + sideInfo;
  const tag = String.fromCharCode(...bytes.subarray(tagAt, tagAt + 4));
  if (tag !== 'Info' && tag !== 'Xing') throw new Error('No Info/Xing tag in the first MP3 frame');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = view.getUint32(tagAt + 4);
  if (!(flags & 1)) throw new Error('The Info tag does not declare a frame count');
  const framesDeclared = view.getUint32(tagAt + 8);
  // Optional fields: bytes (flag 2), TOC (flag 4), quality (flag 8); then the LAME extension.
  const lameAt = tagAt + 12 + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) + (flags & 8 ? 4 : 0);
  const delayPadding = (bytes[lameAt + 21]! << 16) | (bytes[lameAt + 22]! << 8) | bytes[lameAt + 23]!;
  const delay = delayPadding >> 12;
  const padding = delayPadding & 0xfff;

  let framesCounted = 0;
  for (let at = offset + first.length; at < bytes.length;) {
    const frame = mp3Frame(bytes, at);
    if (!frame) break;
    framesCounted++;
    at += frame.length;
  }
  return {
    sampleRate: first.sampleRate,
    framesCounted,
    framesDeclared,
    seconds: (framesDeclared * first.samplesPerFrame - delay - padding) / first.sampleRate,
  };
}

const EBML = { segment: 0x18538067, info: 0x1549a966, timecodeScale: 0x2ad7b1, duration: 0x4489 };

/** Reads an EBML variable-length integer; `keepMarker` keeps the length bit (element IDs do). */
function vint(bytes: Uint8Array, offset: number, keepMarker: boolean): { value: number; length: number; unknown: boolean } {
  const firstByte = bytes[offset]!;
  let length = 1;
  while (length <= 8 && !(firstByte & (0x80 >> (length - 1)))) length++;
  if (length > 8) throw new Error('Bad EBML variable-length integer');
  let value = keepMarker ? firstByte : firstByte & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[offset + i]!;
    allOnes &&= bytes[offset + i] === 0xff;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

/** Duration in seconds from a WebM file's Segment › Info › Duration (× TimecodeScale). */
export function webmSeconds(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  let end = bytes.length;
  let scale = 1_000_000;
  let duration: number | null = null;
  while (offset < end) {
    const id = vint(bytes, offset, true);
    const size = vint(bytes, offset + id.length, false);
    const body = offset + id.length + size.length;
    if (id.value === EBML.segment || id.value === EBML.info) {
      // Descend into the two master elements on the way to Duration.
      end = size.unknown ? bytes.length : Math.min(bytes.length, body + size.value);
      offset = body;
      continue;
    }
    if (id.value === EBML.timecodeScale) {
      scale = 0;
      for (let i = 0; i < size.value; i++) scale = scale * 256 + bytes[body + i]!;
    } else if (id.value === EBML.duration) {
      duration = size.value === 4 ? view.getFloat32(body) : view.getFloat64(body);
    }
    offset = body + size.value;
  }
  if (duration === null) throw new Error('No Duration in the WebM Segment Info');
  return (duration * scale) / 1e9;
}
