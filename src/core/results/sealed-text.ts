/**
 * The envelope shared by result codes and assignment links: `<PREFIX>.<crc32>.<payload>`, where the
 * payload is base64url (no padding) of raw DEFLATE of UTF-8 JSON and the CRC-32 (8 lower-case hex
 * digits) is of that JSON's UTF-8 bytes. The CRC tells a text damaged on the way (cut short, a
 * character changed) from one someone decoded, edited and re-encoded — which is not damage but a
 * different text, caught by what the content itself must satisfy.
 */
import { CodecError, crc32Hex, decodeBase64Url, deflateText, encodeBase64Url, inflateBytes, textOfUtf8, utf8Bytes } from '../codec';

export type Damage = 'incomplete' | 'changed' | 'not-this-kind';

export type Unsealed = { ok: true; json: string } | { ok: false; damage: Damage; message: string };

export function seal(prefix: string, json: string): string {
  return `${prefix}.${crc32Hex(utf8Bytes(json))}.${encodeBase64Url(deflateText(json))}`;
}

/**
 * What a sealed text holds. `what` names it in messages ("The result code", "The assignment link"),
 * which say what is wrong and that copying it whole again is the fix.
 */
export function unseal(prefix: string, text: string, what: string, maxBytes: number): Unsealed {
  const parts = text.split('.');
  if (parts[0] !== prefix)
    return {
      ok: false,
      damage: 'not-this-kind',
      message: `${what} does not begin with "${prefix}.", so it is not one or its start is missing.`,
    };
  const [, checksum = '', payload = ''] = parts;
  if (parts.length !== 3 || !/^[0-9a-f]{8}$/i.test(checksum)) {
    return {
      ok: false,
      damage: parts.length < 3 || checksum.length < 8 ? 'incomplete' : 'changed',
      message: `${what} has lost the shape "${prefix}.<8 digits>.<text>" after its start; copy it whole again.`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = inflateBytes(decodeBase64Url(payload), maxBytes);
  } catch (error) {
    if (!(error instanceof CodecError)) throw error;
    const cut = error.problem === 'length' || (error.problem === 'deflate' && error.message.includes('ends too early'));
    return cut
      ? { ok: false, damage: 'incomplete', message: `${what} is incomplete: ${error.message}. Copy it whole again.` }
      : {
          ok: false,
          damage: 'changed',
          message: `${what} was changed or garbled: ${error.message}. Copy it again from where it was made.`,
        };
  }
  if (crc32Hex(bytes) !== checksum.toLowerCase()) {
    return {
      ok: false,
      damage: 'changed',
      message: `${what} fails its checksum: some characters differ from the ones it was made with. Copy it again from where it was made.`,
    };
  }
  try {
    return { ok: true, json: textOfUtf8(bytes) };
  } catch {
    return { ok: false, damage: 'changed', message: `${what} does not hold text.` };
  }
}

/** JSON.parse that answers instead of throwing: the checksum held, so bad JSON was made so on purpose. */
export function parseJson(json: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
