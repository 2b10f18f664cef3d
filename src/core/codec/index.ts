/**
 * The one codec of the project's shareable texts (result codes, assignment links, scenarios shared
 * from the studio): base64url without padding of raw DEFLATE of UTF-8 text, and CRC-32.
 */
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { DEFAULT_MAX_INFLATED_BYTES, deflateText, inflateText } from './deflate';

export { decodeBase64Url, encodeBase64Url } from './base64url';
export { CodecError, type CodecProblem } from './codec-error';
export { crc32, crc32Hex } from './crc32';
export { DEFAULT_MAX_INFLATED_BYTES, deflateText, inflateBytes, inflateText, textOfUtf8, utf8Bytes } from './deflate';

/** base64url (no padding) of raw DEFLATE of the UTF-8 text: what goes into a link or a code. */
export function packText(text: string): string {
  return encodeBase64Url(deflateText(text));
}

/** The inverse of packText; throws a CodecError that says what is wrong with the payload. */
export function unpackText(payload: string, maxBytes = DEFAULT_MAX_INFLATED_BYTES): string {
  return inflateText(decodeBase64Url(payload), maxBytes);
}
