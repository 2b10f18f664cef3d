/**
 * Raw DEFLATE (RFC 1951: no zlib or gzip header) of UTF-8 text, through fflate. Inflating is capped, so
 * a pasted "code" that is a few bytes of a compression bomb is refused instead of filling the memory.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { CodecError } from './codec-error';

/** Enough for any scenario file (the validator reads at most 5 MB of text) with room for UTF-8. */
export const DEFAULT_MAX_INFLATED_BYTES = 16 * 1024 * 1024;

export function utf8Bytes(text: string): Uint8Array {
  return strToU8(text);
}

export function deflateText(text: string): Uint8Array {
  return deflateSync(strToU8(text), { level: 9 });
}

export function inflateBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_INFLATED_BYTES): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) {
      throw new CodecError('too-large', `the text unpacks to more than ${Math.round(maxBytes / (1024 * 1024))} MB, which no real one does`);
    }
    chunks.push(chunk);
  });
  try {
    inflater.push(bytes, true);
  } catch (error) {
    if (error instanceof CodecError) throw error;
    // fflate says "unexpected EOF" for a stream cut short and "invalid …" for garbled data.
    const detail = error instanceof Error ? error.message : String(error);
    const cut = /EOF/i.test(detail);
    throw new CodecError('deflate', cut ? 'the text ends too early (it looks cut short)' : `the packed data is garbled (${detail})`);
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
