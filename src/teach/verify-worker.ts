/**
 * The results page's worker: verification by replay runs here, off the main thread, so 10,000 codes
 * stream in while the page stays responsive. It holds the scenario library: the shipped files, the
 * previous versions the project keeps, and the files the teacher added or an assignment carries.
 */
import { expose } from 'comlink';
import { libraryOfFiles, locateCodes, type FoundCode } from '../core/results';
import { addAssignmentLink, unpackFile, verifyCodes } from './verifier';

const files = import.meta.glob<string>(['/scenarios/*.json', '/scenarios/previous/*/*.json', '!/scenarios/*.schema.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const { library } = libraryOfFiles(Object.entries(files));

const api = {
  addScenarioText(text: string, name: string): boolean {
    return library.addText(text, name, 'added').ok;
  },
  addAssignmentLink: (link: string): string | undefined => addAssignmentLink(link, library),
  /** The codes in text pasted on the page, with the line each is on. */
  extract: (text: string): FoundCode[] => locateCodes(text),
  unpack: (name: string, bytes: Uint8Array) => unpackFile(name, bytes),
  verify: (codes: string[]) => verifyCodes(codes, library),
};

export type VerifierApi = typeof api;

expose(api);
