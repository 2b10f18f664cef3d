/**
 * The results page's worker: verification by replay runs here, off the main thread, so 10,000 codes
 * stream in while the page stays responsive. It holds the scenario library: the shipped files, the
 * previous versions the project keeps, and the files the teacher added or an assignment carries.
 * It also lays out the choice map (./map-layout.ts), for the same reason.
 */
import { expose } from 'comlink';
import { libraryOfFiles, locateCodes, originOfPath, type FoundCode } from '../core/results';
import { layOutMap } from './map-layout';
import type { ShelfScenario } from './scenario-shelf';
import { addAssignmentLink, unpackFile, verifyCodes } from './verifier';

const files = import.meta.glob<string>(['/scenarios/*.json', '/scenarios/previous/*/*.json', '!/scenarios/*.schema.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const { library } = libraryOfFiles(Object.entries(files));

/**
 * The shipped scenarios as the page's shelf has them, in file-name order: validated here, where the
 * library already validates them, since on the page each was a long task (50–130 ms) as it opened.
 */
function shippedScenarios(): ShelfScenario[] {
  return Object.keys(files)
    .filter((path) => originOfPath(path) === 'shipped')
    .sort()
    .flatMap((path) => {
      const file = path.slice('/scenarios/'.length);
      const entry = library.versionsOf(file.replace(/\.json$/, '')).find((candidate) => candidate.origin === 'shipped');
      if (!entry) return [];
      const { scenario, hash } = entry.compiled;
      return [{ scenario, file, text: files[path]!, hash, origin: 'shipped' as const }];
    });
}

const api = {
  addScenarioText(text: string, name: string): boolean {
    return library.addText(text, name, 'added').ok;
  },
  addAssignmentLink: (link: string): string | undefined => addAssignmentLink(link, library),
  /** The codes in text pasted on the page, with the line each is on. */
  shippedScenarios,
  extract: (text: string): FoundCode[] => locateCodes(text),
  unpack: (name: string, bytes: Uint8Array) => unpackFile(name, bytes),
  verify: (codes: string[]) => verifyCodes(codes, library),
  /** The choice map's layout: dagre's work is a long task wherever it runs, so it runs here. */
  layOut: layOutMap,
};

export type VerifierApi = typeof api;

expose(api);
