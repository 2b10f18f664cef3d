/**
 * What the worker does with codes, kept free of worker glue so Node tests run it: verify each code
 * with the results module (replay through the engine) into its report, and find the codes in text
 * and JSON files and in zip archives of them.
 */
import { strFromU8, unzipSync } from 'fflate';
import { decodeAssignment, extractCodes, reportOf, verifyCode, type ResultReport, type ScenarioLibrary } from '../core/results';

export function verifyCodes(codes: readonly string[], library: ScenarioLibrary): ResultReport[] {
  return codes.map((code) => reportOf(verifyCode(code, library)));
}

/** Past this, a file in a zip is not a submission (a video someone attached): it is skipped. */
const MAX_ENTRY_BYTES = 20 * 1024 * 1024;

export interface Unpacked {
  codes: string[];
  /** What could not be read, for the teacher (a broken zip, skipped entries). */
  notes: string[];
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The codes in a dropped file: any text (JSON included), or a zip of such files. */
export function unpackFile(name: string, bytes: Uint8Array): Unpacked {
  if (!isZip(bytes)) return { codes: extractCodes(strFromU8(bytes)), notes: [] };
  let entries: Record<string, Uint8Array>;
  const skipped: string[] = [];
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        const keep = !file.name.endsWith('/') && file.originalSize <= MAX_ENTRY_BYTES;
        if (!keep && !file.name.endsWith('/')) skipped.push(file.name);
        return keep;
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { codes: [], notes: [`${name} could not be opened as a zip (${detail}); nothing was taken from it.`] };
  }
  const codes: string[] = [];
  for (const [entry, data] of Object.entries(entries)) {
    // A zip inside the zip (one per student, say) is opened too, one level deep.
    const found = isZip(data) ? unpackFile(`${name}/${entry}`, data) : { codes: extractCodes(strFromU8(data)), notes: [] };
    codes.push(...found.codes);
    skipped.push(...found.notes);
  }
  const notes = skipped.length > 0 ? [`${name}: skipped ${skipped.length} file(s) too large to be a submission.`] : [];
  return { codes, notes };
}

/** Adds the scenario files an assignment link carries; says what is wrong with a link that fails. */
export function addAssignmentLink(link: string, library: ScenarioLibrary): string | undefined {
  const decoded = decodeAssignment(link);
  if (!decoded.ok) return decoded.message;
  library.addAssignment(decoded.assignment);
  return undefined;
}
