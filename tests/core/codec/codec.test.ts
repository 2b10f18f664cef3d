import { deflateRawSync, inflateRawSync, crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CodecError,
  crc32,
  crc32Hex,
  decodeBase64Url,
  deflateText,
  encodeBase64Url,
  inflateBytes,
  packText,
  textOfUtf8,
  unpackText,
  utf8Bytes,
} from '../../../src/core/codec';

function caught(run: () => unknown): CodecError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof CodecError) return error;
    throw error;
  }
  return undefined;
}

function problemOf(run: () => unknown): string {
  return caught(run)?.problem ?? 'none';
}

describe('base64url', () => {
  it('matches Node for every length and byte, without padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(text).not.toContain('=');
        expect(Array.from(decodeBase64Url(text))).toEqual(Array.from(bytes));
      }),
    );
  });

  it('names the first character that is not base64url and where it is', () => {
    const error = caught(() => decodeBase64Url('AB+C'));
    expect(error?.problem).toBe('character');
    expect(error?.position).toBe(2);
    expect(error?.message).toContain('character 3 ("+")');
    expect(problemOf(() => decodeBase64Url('ABCD=='))).toBe('character');
    expect(problemOf(() => decodeBase64Url('é'))).toBe('length');
    expect(problemOf(() => decodeBase64Url('éA'))).toBe('character');
  });

  it('refuses a length no base64 text has (a group of four cut after one character)', () => {
    expect(problemOf(() => decodeBase64Url('ABCDE'))).toBe('length');
  });
});

describe('raw DEFLATE of UTF-8 text', () => {
  it('round-trips any text, and Node zlib reads and writes the same stream', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(unpackText(packText(text))).toBe(text);
        expect(inflateRawSync(deflateText(text)).toString('utf8')).toBe(text);
        const fromNode = Buffer.from(deflateRawSync(Buffer.from(text, 'utf8'))).toString('base64url');
        expect(unpackText(fromNode)).toBe(text);
      }),
    );
  });

  it('says a stream cut short ends too early', () => {
    const packed = deflateText('{"a":"' + 'word '.repeat(400) + '"}');
    const error = caught(() => inflateBytes(packed.subarray(0, packed.length - 3)));
    expect(error?.problem).toBe('deflate');
    expect(error?.message).toContain('ends too early');
  });

  it('refuses garbage and a stream that unpacks past the cap, without unpacking it all', () => {
    expect(problemOf(() => inflateBytes(new Uint8Array([0xff, 0xff, 0xff, 0xff])))).toBe('deflate');
    const bomb = deflateRawSync(Buffer.alloc(4 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(10_000);
    expect(problemOf(() => inflateBytes(bomb, 1024 * 1024))).toBe('too-large');
    expect(inflateBytes(bomb).length).toBe(4 * 1024 * 1024);
  });

  it('inflates a large input in a stream with the same cap and the same words', () => {
    let seed = 12345;
    const random = Buffer.from(Array.from({ length: 120_000 }, () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24));
    const packed = deflateRawSync(random);
    expect(packed.length).toBeGreaterThan(64 * 1024);
    expect(Buffer.from(inflateBytes(packed)).equals(random)).toBe(true);
    expect(caught(() => inflateBytes(packed.subarray(0, packed.length - 100)))?.message).toContain('ends too early');
    expect(problemOf(() => inflateBytes(packed, 100_000))).toBe('too-large');
  });

  it('refuses bytes that are not UTF-8 but keeps a text that holds U+FFFD', () => {
    expect(problemOf(() => textOfUtf8(new Uint8Array([0x61, 0xff, 0x62])))).toBe('utf8');
    expect(textOfUtf8(utf8Bytes('a\uFFFDb'))).toBe('a\uFFFDb');
    expect(unpackText(packText('Привет, 世界 🌍'))).toBe('Привет, 世界 🌍');
  });
});

describe('crc32', () => {
  it('is zlib’s CRC-32', () => {
    expect(crc32Hex(utf8Bytes('123456789'))).toBe('cbf43926');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
      }),
    );
  });
});
