/**
 * Loading and caching of what a play needs: the catalog of cards, each scenario file (fetched and
 * validated once; a failed download is forgotten so that opening it again retries), the engine, and
 * each scenario compiled once. Scenarios that did not ship with the game (a shared link, a file from
 * the device) are kept beside the catalog, marked as not reviewed. No Phaser and no DOM here.
 */
import type { Scenario } from '../core/model/schema';
import type { CompiledScenario, Play } from '../core/engine';
import type { OutsideRead, OutsideSource } from './app-machine';
import { cardFacts, type CatalogEntry, type ValidateScenarioText } from './catalog';

/** The engine module (`src/core/engine`), loaded lazily because the first screen does not need it. */
export interface Engine {
  compileScenario(scenario: Scenario): CompiledScenario;
  Play: Pick<typeof Play, 'start' | 'restore'>;
}

export interface ScenarioSources {
  /** Every scenario file's card or first error, without the scenarios themselves (see catalog.ts). */
  loadCatalog(): Promise<CatalogEntry[]>;
  /**
   * One scenario file, fetched and validated: an entry with its scenario, or with its first error.
   * `background` when no player waits for it (the preload), so the page may not reload for it (main.ts).
   */
  loadScenario(file: string, background: boolean): Promise<CatalogEntry>;
  loadEngine(background: boolean): Promise<Engine>;
  /** The game's validator, loaded when a scenario from outside the game is opened. */
  loadValidator(): Promise<ValidateScenarioText>;
  /** The text a `#scenario=` link carries (base64url of raw DEFLATE); rejects when it is damaged. */
  decodeLink(payload: string): Promise<string>;
}

/** Outside scenarios are kept under ids of their own, so they never take a shipped one's place or save. */
const OUTSIDE_PREFIX = 'outside:';

export type PlayableEntry = CatalogEntry & { scenario: Scenario };

/** What opening a scenario came to; a download that failed rejects instead. */
export type Opened = { kind: 'ready'; entry: PlayableEntry; engine: Engine } | { kind: 'broken'; title: string };

export class ScenarioLibrary {
  private catalog: CatalogEntry[] = [];
  /** Scenarios opened from outside the game's files, by id; never in the catalog's cards. */
  private readonly outside = new Map<string, PlayableEntry>();
  private engine: Engine | undefined;
  private engineLoad: Promise<Engine> | undefined;
  private readonly scenarioLoads = new Map<string, Promise<CatalogEntry>>();
  private readonly compiled = new Map<string, CompiledScenario>();

  /** `changed` hears of a file that was found broken only once it was fetched. */
  constructor(
    private readonly sources: ScenarioSources,
    private readonly changed: () => void = () => {},
  ) {}

  async loadCatalog(): Promise<void> {
    this.catalog = await this.sources.loadCatalog();
  }

  /** The catalog's entries, in the order the menu shows them. */
  entries(): readonly CatalogEntry[] {
    return this.catalog;
  }

  /** The scenarios opened from outside the game, in the order they were opened. */
  outsideEntries(): readonly PlayableEntry[] {
    return [...this.outside.values()];
  }

  /** A catalog entry or an outside scenario. */
  entry(id: string): CatalogEntry | undefined {
    return this.outside.get(id) ?? this.catalog.find((e) => e.id === id);
  }

  /** Whether the scenario came from outside the game's files (not reviewed by the project). */
  isOutside(id: string): boolean {
    return this.outside.has(id);
  }

  /**
   * Keeps a scenario that did not ship with the game, already validated. It takes the place of any
   * earlier outside scenario of that id (and of its compiled machine), never of a shipped one.
   */
  addOutside(scenario: Scenario, file: string): PlayableEntry {
    const entry: PlayableEntry = { id: OUTSIDE_PREFIX + scenario.id, file, card: cardFacts(scenario), scenario };
    this.outside.set(entry.id, entry);
    this.compiled.delete(entry.id);
    return entry;
  }

  /**
   * Reads a scenario from a link or a file and validates it as the game's own files are; whatever is
   * wrong (a damaged link, an invalid file) comes back as a notice that says where and what to do.
   */
  async readOutside(source: OutsideSource): Promise<OutsideRead> {
    const [validate, text] = await Promise.all([this.sources.loadValidator(), this.outsideText(source)]);
    if (text === null) return { ok: false, notice: DAMAGED_SHARED_LINK_NOTICE };
    // A file's name only labels its diagnostics: a student's download ("draft (1).json") need not match the id.
    const file = source.kind === 'link' ? 'the shared link' : source.name.replace(/\.json$/i, '');
    const { diagnostics, scenario } = validate(text, { file });
    if (scenario) return { ok: true, scenario, file };
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    const where = first ? ` The first, at line ${first.line}, column ${first.column}: ${first.message}.` : '';
    const count = errors.length === 1 ? 'an error' : `${errors.length} errors`;
    const what = source.kind === 'link' ? 'The scenario in this link' : `The file “${source.name}”`;
    return {
      ok: false,
      notice: `${what} cannot be played: it has ${count}.${where} Nothing was opened; fix it in the studio and share it again.`,
    };
  }

  private async outsideText(source: OutsideSource): Promise<string | null> {
    if (source.kind === 'file') return source.text;
    try {
      return await this.sources.decodeLink(source.payload);
    } catch {
      return null;
    }
  }

  /** The entry and the engine, when both are loaded already (opening it then needs no loading screen). */
  ready(id: string): { entry: PlayableEntry; engine: Engine } | undefined {
    const entry = this.entry(id);
    return entry?.scenario && this.engine ? { entry: entry as PlayableEntry, engine: this.engine } : undefined;
  }

  /** Loads the scenario and the engine, telling progress (0…1) as each arrives. */
  async open(id: string, progress: (fraction: number) => void): Promise<Opened> {
    const entry = this.entry(id);
    if (!entry) throw new Error(`no scenario "${id}"`);
    let done = 0;
    const counted = <T>(pending: Promise<T>): Promise<T> =>
      pending.then((value) => {
        progress(++done / 2);
        return value;
      });
    const [loaded, engine] = await Promise.all([counted(this.loadEntry(entry, false)), counted(this.loadEngine(false))]);
    if (loaded.scenario) return { kind: 'ready', entry: loaded as PlayableEntry, engine };
    return { kind: 'broken', title: titleOf(entry) };
  }

  /**
   * Fetches every scenario and the engine in the background, so that opening a card is instant.
   * Never rejects: a file that fails here is fetched again when opened.
   */
  async preload(): Promise<void> {
    await Promise.allSettled([this.loadEngine(true), ...this.catalog.filter((e) => !e.error).map((e) => this.loadEntry(e, true))]);
  }

  compile(entry: PlayableEntry, engine: Engine): CompiledScenario {
    let compiled = this.compiled.get(entry.id);
    if (compiled === undefined) {
      compiled = engine.compileScenario(entry.scenario);
      this.compiled.set(entry.id, compiled);
    }
    return compiled;
  }

  /** The next playable scenario of the catalog after this one; none after an outside scenario. */
  nextPlayableAfter(id: string): string | null {
    if (this.outside.has(id)) return null;
    const index = this.catalog.findIndex((e) => e.id === id);
    return this.catalog.slice(index + 1).find((e) => e.error === undefined)?.id ?? null;
  }

  private loadEntry(entry: CatalogEntry, background: boolean): Promise<CatalogEntry> {
    if (entry.scenario) return Promise.resolve(entry);
    let pending = this.scenarioLoads.get(entry.file);
    if (pending === undefined) {
      pending = this.sources.loadScenario(entry.file, background).then((loaded) => {
        this.catalog = this.catalog.map((e) => (e.file === loaded.file ? loaded : e));
        // A file the build read as valid but that fails now (a changed deployment) shows its error at once.
        if (loaded.error !== undefined) this.changed();
        return loaded;
      });
      pending.catch(() => this.scenarioLoads.delete(entry.file));
      this.scenarioLoads.set(entry.file, pending);
    }
    return pending;
  }

  private loadEngine(background: boolean): Promise<Engine> {
    this.engineLoad ??= this.sources.loadEngine(background).then(
      (engine) => (this.engine = engine),
      (error: unknown) => {
        this.engineLoad = undefined;
        throw error;
      },
    );
    return this.engineLoad;
  }
}

const DAMAGED_SHARED_LINK_NOTICE =
  'The scenario in this link could not be read: the link is damaged or was cut short when it was copied. Nothing was opened; ask for the link again.';

/** The name a notice uses for a scenario: its title, or its file name when it has none. */
export function titleOf(entry: CatalogEntry): string {
  return entry.scenario?.title ?? entry.card?.title ?? entry.file;
}
