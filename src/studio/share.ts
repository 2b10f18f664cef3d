/**
 * "Play this scenario": a link to the game that carries the file in its fragment,
 * `index.html#scenario=<payload>` (payload: the project's codec, base64url of raw DEFLATE of the
 * text). The fragment never reaches a server. A QR code holds at most 2,953 bytes (version 40, low
 * error correction, byte mode), so a longer link is said to be too long for one.
 */
import { CodecError, packText, unpackText } from '../core/codec';

export const QR_MAX_BYTES = 2953;
const PREFIX = '#scenario=';

export interface ShareLink {
  url: string;
  fitsQrCode: boolean;
}

export function shareLink(text: string, page: URL): ShareLink {
  const url = new URL('index.html', page);
  url.hash = `${PREFIX.slice(1)}${packText(text)}`;
  return { url: url.href, fitsQrCode: new TextEncoder().encode(url.href).length <= QR_MAX_BYTES };
}

export type SharedFile = { kind: 'none' } | { kind: 'file'; text: string } | { kind: 'broken'; message: string };

/** The scenario a studio link (`studio.html#scenario=…`) carries, or why it cannot be read. */
export function sharedFileOf(hash: string): SharedFile {
  if (!hash.startsWith(PREFIX)) return { kind: 'none' };
  try {
    return { kind: 'file', text: unpackText(hash.slice(PREFIX.length)) };
  } catch (error) {
    const why = error instanceof CodecError ? error.message : 'it could not be decoded';
    return {
      kind: 'broken',
      message: `The scenario in this link could not be read (${why}): the link was probably cut short when it was copied. Ask for the whole link. Your draft is untouched.`,
    };
  }
}
