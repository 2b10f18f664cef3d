/**
 * The scenario catalog: every scenario file, validated. A broken file becomes an entry with its
 * first error instead of stopping the game. File discovery is separate (scenario-files.ts) because
 * it needs Vite's import.meta.glob, while this part also runs under plain Node in the tests.
 */
import type { Scenario } from '../core/model/schema';

export interface ScenarioText {
  /** The file name, e.g. "geneva-talks.json". */
  file: string;
  text: string;
}

/** The part of a validator diagnostic the catalog shows. */
interface Finding {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

/** The validator's `validateScenarioText`, passed in so it can be loaded lazily. */
export type ValidateScenarioText = (text: string, options: { file: string }) => { diagnostics: Finding[]; scenario?: Scenario };

export interface CatalogEntry {
  /** The scenario's id; for a broken file, its file name without ".json". */
  id: string;
  file: string;
  scenario?: Scenario;
  /** The first error, "file:line:col message", when the file is broken. */
  error?: string;
}

export function fileId(file: string): string {
  return file.replace(/\.json$/, '');
}

export function catalogEntry({ file, text }: ScenarioText, validate: ValidateScenarioText): CatalogEntry {
  const { diagnostics, scenario } = validate(text, { file });
  if (scenario) return { id: scenario.id, file, scenario };
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  const error = first ? `${first.file}:${first.line}:${first.column} ${first.message}` : `${file}: could not be read as a scenario`;
  return { id: fileId(file), file, error };
}

/**
 * Validates every file in name order, yielding to the event loop between files so a progress bar
 * can be drawn while a long catalog loads.
 */
export async function buildCatalog(
  texts: ScenarioText[],
  validate: ValidateScenarioText,
  onProgress: (fraction: number) => void = () => {},
): Promise<CatalogEntry[]> {
  const sorted = [...texts].sort((a, b) => a.file.localeCompare(b.file));
  const entries: CatalogEntry[] = [];
  for (const [i, text] of sorted.entries()) {
    entries.push(catalogEntry(text, validate));
    onProgress((i + 1) / sorted.length);
    await Promise.resolve();
  }
  return entries;
}
