/**
 * A library from scenario files given as path → text, the way both the command (read from a folder)
 * and a page (a Vite glob) have them. Paths are relative to the scenarios folder: a top-level
 * `<id>.json` is shipped, `previous/<id>/<version>.json` a kept earlier version.
 */
import type { Diagnostic } from '../validator';
import { ScenarioLibrary, type ScenarioOrigin } from './library';

export interface LibraryProblem {
  path: string;
  diagnostics: Diagnostic[];
}

export function originOfPath(path: string): ScenarioOrigin {
  return /(^|[\\/])previous[\\/][^\\/]+[\\/][^\\/]+\.json$/.test(path) ? 'previous' : 'shipped';
}

export function libraryOfFiles(
  files: Iterable<[path: string, text: string]>,
  library = new ScenarioLibrary(),
): { library: ScenarioLibrary; problems: LibraryProblem[] } {
  const problems: LibraryProblem[] = [];
  for (const [path, text] of files) {
    const added = library.addText(text, path, originOfPath(path));
    if (!added.ok) problems.push({ path, diagnostics: added.diagnostics });
  }
  return { library, problems };
}
