/**
 * Raw DEFLATE (RFC 1951: no zlib or gzip header) of UTF-8 text, through fflate. Inflating is capped, so
 * a pasted "code" that is a few bytes of a compression bomb is refused instead of filling the memory.
 */
import { Inflate, deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { CodecError } from './codec-error';

/** Enough for any scenario file (the validator reads at most 5 MB of text) with room for UTF-8. */
export const DEFAULT_MAX_INFLATED_BYTES = 16 * 1024 * 1024;

export function utf8Bytes(text: string): Uint8Array {
  return strToU8(text);
}

export function deflateText(text: string): Uint8Array {
  return deflateSync(strToU8(text), { level: 9 });
}

/** DEFLATE's densest output: 258 bytes from 2 bits, so at most ~1032 bytes out per byte in. */
const MAX_RATIO = 1032;
/** Inputs up to this size are inflated in one call into a reused buffer (a result code is ~1 kB). */
const ONE_CALL_INPUT = 64 * 1024;
const REUSED_BUFFER_LIMIT = 1024 * 1024 + 1;
let reused = new Uint8Array(0);

export function inflateBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_INFLATED_BYTES): Uint8Array {
  return bytes.length <= ONE_CALL_INPUT ? inflateInOneCall(bytes, maxBytes) : inflateStreamed(bytes, maxBytes);
}

/**
 * fflate's own buffer management allocates 128 kB per block, which dominated decoding a result
 * code; given a buffer it never grows it, and drops what does not fit — so the buffer is one byte
 * longer than the cap (or than the most this input can hold), and filling it means the cap was passed.
 */
function inflateInOneCall(bytes: Uint8Array, maxBytes: number): Uint8Array {
  const size = Math.min(maxBytes, bytes.length * MAX_RATIO) + 1;
  if (size <= REUSED_BUFFER_LIMIT && reused.length < size) reused = new Uint8Array(Math.max(size, 64 * 1024));
  const buffer = size <= REUSED_BUFFER_LIMIT ? reused.subarray(0, size) : new Uint8Array(size);
  let out: Uint8Array;
  try {
    out = inflateSync(bytes, { out: buffer });
  } catch (error) {
    throw inflateError(error);
  }
  if (out.length >= size) throw tooLarge(maxBytes);
  return out.slice();
}

function tooLarge(maxBytes: number): CodecError {
  return new CodecError('too-large', `the text unpacks to more than ${Math.round(maxBytes / (1024 * 1024))} MB, which no real one does`);
}

function inflateError(error: unknown): CodecError {
  if (error instanceof CodecError) return error;
  // fflate says "unexpected EOF" for a stream cut short and "invalid …" for garbled data.
  const detail = error instanceof Error ? error.message : String(error);
  return new CodecError(
    'deflate',
    /EOF/i.test(detail) ? 'the text ends too early (it looks cut short)' : `the packed data is garbled (${detail})`,
  );
}

function inflateStreamed(bytes: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  });
  try {
    inflater.push(bytes, true);
  } catch (error) {
    throw inflateError(error);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Strict UTF-8: bytes that are not UTF-8 are refused rather than read as U+FFFD. */
export function textOfUtf8(bytes: Uint8Array): string {
  // TextDecoder is not in the headless core's library; fflate's decoder replaces bad bytes, so a text
  // holding U+FFFD is checked by encoding it back (rare: only texts that mention U+FFFD pay for it).
  const text = strFromU8(bytes);
  if (text.includes('\uFFFD') && !sameBytes(strToU8(text), bytes)) {
    throw new CodecError('utf8', 'the unpacked data is not UTF-8 text');
  }
  return text;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function inflateText(bytes: Uint8Array, maxBytes = DEFAULT_MAX_INFLATED_BYTES): string {
  return textOfUtf8(inflateBytes(bytes, maxBytes));
}
