/**
 * The scenario catalog: one entry per scenario file. The menu needs only each file's card (title,
 * role, minutes, objectives) or its first error; the build reads those into a small manifest
 * (scripts/vite/scenario-cards.ts), so the first screen downloads no scenario text, validator or
 * engine. A file's full text is fetched and validated when it is opened. This module also runs under
 * plain Node (the build and the tests), so it has no Vite-only imports.
 */
import type { Scenario } from '../core/model/schema';

export interface ScenarioText {
  /** The file name, e.g. "geneva-talks.json". */
  file: string;
  text: string;
}

/** The part of a validator diagnostic the catalog and the build's report show. */
interface Finding {
  file: string;
  line: number;
  column: number;
  code: string;
  path: string;
  severity: 'error' | 'warning';
  message: string;
}

/** The validator's `validateScenarioText`, passed in so it can be loaded lazily. */
export type ValidateScenarioText = (text: string, options: { file: string }) => { diagnostics: Finding[]; scenario?: Scenario };

/** What a menu card says of a scenario. */
interface CardFacts {
  title: string;
  summary: string;
  role: string;
  minutes: number;
  objectives: string[];
  /** The day the scenario is set, ISO YYYY-MM-DD, when the file gives one: the menu goes by the week. */
  date?: string;
}

export interface CatalogEntry {
  /** The scenario's id; for a broken file, its file name without ".json". */
  id: string;
  file: string;
  /** Present when the file is a valid scenario. */
  card?: CardFacts;
  /** The validated scenario, once its file has been loaded (never in the manifest). */
  scenario?: Scenario;
  /** The first error, "file:line:col message", when the file is broken. */
  error?: string;
}

/** A scenario file, as opposed to the JSON Schema that sits beside them in scenarios/. */
export function isScenarioFileName(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.schema.json');
}

function fileId(file: string): string {
  return file.replace(/\.json$/, '');
}

/** What a card says of a valid scenario (also of one opened from outside the game). */
export function cardFacts(scenario: Scenario): CardFacts {
  return {
    title: scenario.title,
    summary: scenario.summary,
    role: scenario.role.title,
    minutes: scenario.estimatedMinutes,
    objectives: [...scenario.learningObjectives],
    ...(scenario.date !== undefined ? { date: scenario.date } : {}),
  };
}

export function catalogEntry({ file, text }: ScenarioText, validate: ValidateScenarioText): CatalogEntry {
  const { diagnostics, scenario } = validate(text, { file });
  if (scenario) return { id: scenario.id, file, card: cardFacts(scenario), scenario };
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  const error = first ? `${first.file}:${first.line}:${first.column} ${first.message}` : `${file}: could not be read as a scenario`;
  return { id: fileId(file), file, error };
}

/**
 * The menu's manifest: every file's entry without its scenario, in the order of the week (by the
 * scenario's date; a file without one, or a broken file, after the dated ones), then by file name.
 */
export function cardManifest(texts: ScenarioText[], validate: ValidateScenarioText): CatalogEntry[] {
  return texts
    .map((text) => {
      const { scenario: _scenario, ...entry } = catalogEntry(text, validate);
      return entry;
    })
    .sort(byWeek);
}

function byWeek(a: CatalogEntry, b: CatalogEntry): number {
  const [dateA, dateB] = [a.card?.date, b.card?.date];
  if (dateA !== dateB) {
    if (dateA === undefined) return 1;
    if (dateB === undefined) return -1;
    return dateA < dateB ? -1 : 1;
  }
  return a.file.localeCompare(b.file);
}
