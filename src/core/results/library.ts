/**
 * The scenarios codes are verified against: the shipped files, the previous versions the project keeps
 * (scenarios/previous/<id>/<version>.json) and files the teacher adds (a scenario shared from the
 * studio, carried in an assignment). Each text is validated and compiled once; codes find theirs by
 * scenario id and content hash.
 */
import { compileScenario, type CompiledScenario } from '../engine';
import type { Scenario } from '../model/schema';
import { validateScenarioText, type Diagnostic } from '../validator';
import type { Assignment } from './assignment';

export type ScenarioOrigin = 'shipped' | 'previous' | 'added';

export interface LibraryEntry {
  compiled: CompiledScenario;
  origin: ScenarioOrigin;
}

export type AddResult = { ok: true; entry: LibraryEntry } | { ok: false; diagnostics: Diagnostic[] };

export class ScenarioLibrary {
  private readonly byId = new Map<string, LibraryEntry[]>();

  addScenario(scenario: Scenario, origin: ScenarioOrigin): LibraryEntry {
    const compiled = compileScenario(scenario);
    const entries = this.byId.get(scenario.id) ?? [];
    const known = entries.find((entry) => entry.compiled.hash === compiled.hash);
    if (known) return known;
    const entry = { compiled, origin };
    entries.push(entry);
    this.byId.set(scenario.id, entries);
    return entry;
  }

  /** `name` is only for messages (a path); the file-name check is the validator's business elsewhere. */
  addText(text: string, name: string, origin: ScenarioOrigin): AddResult {
    const { scenario, diagnostics } = validateScenarioText(text, { file: name.replace(/\.json$/i, ''), explorationLimit: 0 });
    return scenario ? { ok: true, entry: this.addScenario(scenario, origin) } : { ok: false, diagnostics };
  }

  /** The scenario files an assignment carries, so their codes verify. */
  addAssignment(assignment: Assignment): void {
    for (const item of assignment.scenarios) if (item.kind === 'file') this.addScenario(item.scenario, 'added');
  }

  find(id: string, hash: string): LibraryEntry | undefined {
    return this.byId.get(id)?.find((entry) => entry.compiled.hash === hash);
  }

  versionsOf(id: string): readonly LibraryEntry[] {
    return this.byId.get(id) ?? [];
  }

  /** The newest shipped text of a scenario, else any kept one (for titles and the map of choices). */
  current(id: string): LibraryEntry | undefined {
    const entries = this.versionsOf(id);
    return entries.find((entry) => entry.origin === 'shipped') ?? entries.at(-1);
  }
}
