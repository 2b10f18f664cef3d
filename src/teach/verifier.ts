/**
 * What the worker does with codes, kept free of worker glue so Node tests run it: verify each code
 * with the results module (replay through the engine) into its report, and find the codes in text
 * and JSON files and in zip archives of them.
 */
import { strFromU8, unzipSync } from 'fflate';
import {
  decodeAssignment,
  locateCodes,
  reportOf,
  verifyCode,
  type FoundCode,
  type ResultReport,
  type ScenarioLibrary,
} from '../core/results';

export function verifyCodes(codes: readonly string[], library: ScenarioLibrary): ResultReport[] {
  return codes.map((code) => reportOf(verifyCode(code, library)));
}

/** Past this, a file in a zip is not a submission (a video someone attached): it is skipped. */
const MAX_ENTRY_BYTES = 20 * 1024 * 1024;

export interface Unpacked {
  /** Each with the file (its path inside a zip) and line it was found on. */
  codes: FoundCode[];
  /** What could not be read, for the teacher: a broken zip, files skipped, files with no code in them. */
  notes: string[];
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A NUL byte near the start: a picture, a document or a program, not text someone typed. */
function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 4096).includes(0);
}

/** What each file gave: its codes, or why it gave none. */
interface Sorted {
  codes: FoundCode[];
  broken: string[];
  tooLarge: string[];
  notText: string[];
  noCode: string[];
}

function sortFile(name: string, bytes: Uint8Array, into: Sorted, depth: number): void {
  if (isZip(bytes) && depth < 2) {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes, {
        filter: (file) => {
          if (file.name.endsWith('/')) return false;
          if (file.originalSize <= MAX_ENTRY_BYTES) return true;
          into.tooLarge.push(`${name}/${file.name}`);
          return false;
        },
      });
    } catch (error) {
      into.broken.push(`${name} (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    // A zip inside the zip (one per student, say) is opened too, one level deep.
    for (const [entry, data] of Object.entries(entries)) sortFile(`${name}/${entry}`, data, into, depth + 1);
    return;
  }
  const codes = locateCodes(strFromU8(bytes), name);
  if (codes.length > 0) into.codes.push(...codes);
  else (isBinary(bytes) ? into.notText : into.noCode).push(name);
}

/** At most a few names, then how many more: a zip of 500 photos is one line, not 500. */
function names(list: readonly string[]): string {
  const shown = list.slice(0, 5).join(', ');
  return list.length > 5 ? `${shown} and ${list.length - 5} more` : shown;
}

/** The codes in a dropped file: any text (JSON included), or a zip of such files. */
export function unpackFile(name: string, bytes: Uint8Array): Unpacked {
  const sorted: Sorted = { codes: [], broken: [], tooLarge: [], notText: [], noCode: [] };
  sortFile(name, bytes, sorted, 0);
  const notes: string[] = [];
  if (sorted.broken.length > 0) notes.push(`Could not be opened as a zip, so nothing was taken from it: ${names(sorted.broken)}.`);
  if (sorted.tooLarge.length > 0) notes.push(`Skipped as too large to be a submission: ${names(sorted.tooLarge)}.`);
  if (sorted.notText.length > 0) notes.push(`Not text, a JSON file or a zip, so no code could be in it: ${names(sorted.notText)}.`);
  if (sorted.noCode.length > 0) notes.push(`No result code in: ${names(sorted.noCode)}.`);
  return { codes: sorted.codes, notes };
}

/** Adds the scenario files an assignment link carries; says what is wrong with a link that fails. */
export function addAssignmentLink(link: string, library: ScenarioLibrary): string | undefined {
  const decoded = decodeAssignment(link);
  if (!decoded.ok) return decoded.message;
  library.addAssignment(decoded.assignment);
  return undefined;
}
