/**
 * Whether a file the author opens or drops can go into the editor: a text of at most 5 MB, in UTF-8,
 * of a format version this studio reads. A file that is not yet valid JSON is fine (it is being
 * written); anything else is refused with a message that says what and why, and the draft stays.
 */
import { MAX_FILE_CHARACTERS } from '../core/validator';

const FORMAT_VERSION = 1;

export type FileVerdict = { ok: true; text: string } | { ok: false; message: string };

export function judgeFile(name: string, bytes: Uint8Array): FileVerdict {
  const refuse = (why: string): FileVerdict => ({ ok: false, message: `“${name}” was not opened: ${why} Your draft is untouched.` });
  if (bytes.length > MAX_FILE_CHARACTERS) {
    const megabytes = (bytes.length / (1024 * 1024)).toFixed(1);
    return refuse(`it is ${megabytes} MB, and a scenario file is at most 5 MB. Check that you picked the right file.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('it is not a text file (it is not UTF-8 text). A scenario is a JSON text file.');
  }
  if (text.includes('\u0000')) return refuse('it is not a text file (it holds binary data). A scenario is a JSON text file.');
  const version = declaredFormatVersion(text);
  if (version !== undefined && version > FORMAT_VERSION)
    return refuse(
      `it is written in scenario format version ${version}, and this studio reads version ${FORMAT_VERSION}. Open it with a newer Crisis Table.`,
    );
  return { ok: true, text };
}

/** The file's `formatVersion`, when it is JSON that says one. */
function declaredFormatVersion(text: string): number | undefined {
  try {
    const value: unknown = JSON.parse(text);
    const version = typeof value === 'object' && value !== null ? (value as { formatVersion?: unknown }).formatVersion : undefined;
    return typeof version === 'number' ? version : undefined;
  } catch {
    return undefined;
  }
}
