/**
 * The app controller: the one place that decides what the app shows and what an input does.
 * Phaser scenes and the DOM layer subscribe to it and call its methods, so a canvas click and a DOM
 * button do exactly the same thing. No Phaser and no DOM here, so it runs in Node tests as it is.
 */
import type { EndingNode, Scenario } from '../core/model/schema';
import type { CompiledScenario, InputResult, Play, PlayResult, StepOutcome } from '../core/engine';
import type { CatalogEntry } from './catalog';
import { SaveStore } from './saves';
import type { AppView, ScenarioCard } from './view';
import { citationsOf, shortDate } from './wording';

/** The engine module (`src/core/engine`), loaded lazily because the first screen does not need it. */
export interface Engine {
  compileScenario(scenario: Scenario): CompiledScenario;
  Play: Pick<typeof Play, 'start' | 'restore'>;
}

export interface AppServices {
  storage: Storage | null;
  /** Every scenario file's card or first error, without the scenarios themselves (see catalog.ts). */
  loadCatalog(): Promise<CatalogEntry[]>;
  /** One scenario file, fetched and validated: an entry with its scenario, or with its first error. */
  loadScenario(file: string): Promise<CatalogEntry>;
  loadEngine(): Promise<Engine>;
}

export const UNREADABLE_SAVE_NOTICE = 'Your saved game could not be read; starting fresh.';
export const UNREADABLE_PROGRESS_NOTICE = 'Your record of finished scenarios could not be read; it starts afresh.';

/**
 * Said when a scenario or the engine could not be downloaded: the network failed, not the file. (The
 * browser's reason names a file URL, which tells a student nothing; it is left out.)
 */
export function unloadableNotice(title: string): string {
  return `“${title}” could not be loaded. Check the connection, then open it again.`;
}

/** Said when a scenario file turned out to be broken only once it was opened. */
export function brokenNotice(title: string): string {
  return `“${title}” cannot be played: its file has an error, shown on its card.`;
}

type PlayableEntry = CatalogEntry & { scenario: Scenario };

interface Current {
  entry: PlayableEntry;
  play: Play;
  pendingOutcome: StepOutcome | undefined;
}

type Listener = (controller: AppController) => void;

export class AppController {
  view: AppView = { name: 'loading', progress: 0 };
  paused = false;
  notice: string | null = null;

  private readonly listeners = new Set<Listener>();
  private readonly saves: SaveStore;
  private catalog: CatalogEntry[] = [];
  private engine: Engine | undefined;
  private engineLoad: Promise<Engine> | undefined;
  /** Scenario files being fetched, by file name; a failed fetch is forgotten so it can be retried. */
  private readonly scenarioLoads = new Map<string, Promise<CatalogEntry>>();
  /** A scenario is being fetched for the player (the loading view shows), so other openings wait. */
  private opening = false;
  private readonly compiled = new Map<string, CompiledScenario>();
  private current: Current | undefined;

  constructor(private readonly services: AppServices) {
    this.saves = new SaveStore(services.storage);
    if (this.saves.progressWasUnreadable) this.notice = UNREADABLE_PROGRESS_NOTICE;
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Reads the catalog and shows the menu. */
  async load(): Promise<void> {
    this.catalog = await this.services.loadCatalog();
    this.showMenu();
  }

  /**
   * Fetches every scenario and the engine in the background, so that opening a card is instant.
   * Never rejects: a file that fails here is fetched again when opened.
   */
  async preload(): Promise<void> {
    await Promise.allSettled([this.loadEngine(), ...this.catalog.filter((e) => !e.error).map((e) => this.loadEntry(e))]);
  }

  /** The menu's cards in catalog order; also what the DOM layer lists. */
  cards(): ScenarioCard[] {
    return this.catalog.map((entry) => this.card(entry));
  }

  openMenu(): void {
    this.notice = null;
    this.showMenu();
  }

  openBriefing(id: string): void {
    this.whenPlayable(id, (entry) => this.showBriefing(entry));
  }

  /** Starts the scenario afresh, discarding any save of it. */
  start(id: string): void {
    this.whenPlayable(id, (entry, engine) => {
      this.notice = null;
      this.begin(entry, engine.Play.start(this.compile(entry, engine)));
    });
  }

  /** Continues from the save; a save that cannot be used gives a notice and a fresh start. */
  resume(id: string): void {
    this.whenPlayable(id, (entry, engine) => {
      const stored = this.saves.readSave(id);
      this.notice = null;
      if (stored.kind === 'found') {
        const restored = engine.Play.restore(this.compile(entry, engine), stored.data);
        if (restored.ok) return this.begin(entry, restored.play);
      }
      if (stored.kind !== 'none') this.notice = UNREADABLE_SAVE_NOTICE;
      this.begin(entry, engine.Play.start(this.compile(entry, engine)));
    });
  }

  choose(choiceId: string): void {
    this.step((play) => play.choose(choiceId));
  }

  answer(index: number): void {
    this.step((play) => play.answer(index));
  }

  continue(): void {
    this.step((play) => play.continue());
  }

  /** Dismisses the feedback or quiz result of the last step. */
  acknowledge(): void {
    const current = this.current;
    if (!current || this.paused || !current.pendingOutcome) return;
    current.pendingOutcome = undefined;
    this.afterStep(current);
  }

  pause(): void {
    if (this.view.name !== 'play' || this.paused) return;
    this.paused = true;
    this.emit();
  }

  unpause(): void {
    if (!this.paused) return;
    this.paused = false;
    this.emit();
  }

  restart(): void {
    const current = this.current;
    if (current) this.start(current.entry.id);
  }

  /** Takes back the last step (also from the pause menu, which it closes). */
  undo(): void {
    const current = this.current;
    if (!current || this.view.name !== 'play' || !current.play.canUndo) return;
    current.play.undo();
    current.pendingOutcome = undefined;
    this.paused = false;
    this.notice = null;
    this.saves.writeSave(current.entry.id, current.play.save());
    this.showPlay(current);
  }

  playAgain(): void {
    if (this.view.name === 'ending') this.start(this.view.scenarioId);
  }

  nextScenario(): void {
    if (this.view.name === 'ending' && this.view.nextScenarioId !== null) this.openBriefing(this.view.nextScenarioId);
  }

  private step(input: (play: Play) => InputResult): void {
    const current = this.current;
    if (!current || this.paused || current.pendingOutcome || this.view.name !== 'play') return;
    if (!input(current.play).ok) return;
    this.notice = null;
    const outcome = current.play.lastOutcome;
    current.pendingOutcome = outcome && (outcome.feedback !== undefined || outcome.quiz !== undefined) ? outcome : undefined;
    this.afterStep(current);
  }

  /** Shows the next screen, or the ending once no feedback is waiting to be read. */
  private afterStep(current: Current): void {
    const result = current.play.result;
    if (current.play.screen.kind === 'ending' && result && !current.pendingOutcome) return this.finish(current, result);
    this.saves.writeSave(current.entry.id, current.play.save());
    this.showPlay(current);
  }

  private showBriefing(entry: PlayableEntry): void {
    this.notice = null;
    this.leavePlay();
    const { scenario } = entry;
    this.view = {
      name: 'briefing',
      scenarioId: scenario.id,
      title: scenario.title,
      role: { ...scenario.role },
      objectives: [...scenario.learningObjectives],
      minutes: scenario.estimatedMinutes,
      hasSave: this.saves.hasSave(scenario.id),
      sourceNote: sourceNote(scenario),
      setting: scenario.setting ?? null,
      vocabulary: clone(scenario.vocabulary ?? []),
    };
    this.emit();
  }

  private begin(entry: PlayableEntry, play: Play): void {
    this.leavePlay();
    const current: Current = { entry, play, pendingOutcome: undefined };
    this.current = current;
    this.paused = false;
    this.afterStep(current);
  }

  private finish(current: Current, result: PlayResult): void {
    const { scenario } = current.entry;
    this.saves.recordFinish(scenario.id, result.score);
    this.saves.clearSave(scenario.id);
    this.paused = false;
    this.view = {
      name: 'ending',
      scenarioId: scenario.id,
      result: clone(result),
      ending: clone(scenario.nodes[result.ending] as EndingNode),
      meters: clone(current.play.meters),
      quizReview: result.quiz.answers.map((answer) => ({ ...answer, options: quizOptions(scenario, answer.node) })),
      nextScenarioId: this.nextPlayableAfter(scenario.id),
      setting: scenario.setting ?? null,
      citations: citationsOf(scenario),
      discussionQuestions: [...(scenario.discussionQuestions ?? [])],
    };
    this.emit();
  }

  private showPlay(current: Current): void {
    const { play, entry, pendingOutcome } = current;
    this.view = {
      name: 'play',
      scenarioId: entry.id,
      title: entry.scenario.title,
      screen: clone(play.screen),
      meters: clone(play.meters),
      ...(pendingOutcome ? { pendingOutcome: clone(pendingOutcome) } : {}),
      canUndo: play.canUndo,
      setting: entry.scenario.setting ?? null,
      citations: citationsOf(entry.scenario),
    };
    this.emit();
  }

  private showMenu(): void {
    this.leavePlay();
    this.view = { name: 'menu', cards: this.cards(), ...(this.notice !== null ? { notice: this.notice } : {}) };
    this.emit();
  }

  /** The play stays in its save; the controller lets go of it. */
  private leavePlay(): void {
    this.current?.play.stop();
    this.current = undefined;
    this.paused = false;
  }

  private card(entry: CatalogEntry): ScenarioCard {
    const progress = this.saves.progress(entry.id);
    const base = { id: entry.id, file: entry.file, finished: progress.finished, bestScore: progress.bestScore };
    const { card } = entry;
    if (!card || entry.error !== undefined) {
      return {
        ...base,
        title: entry.file,
        summary: '',
        role: '',
        minutes: 0,
        objectives: [],
        hasSave: false,
        error: entry.error ?? 'unreadable',
      };
    }
    return { ...base, ...card, objectives: [...card.objectives], hasSave: this.saves.hasSave(entry.id) };
  }

  /**
   * Runs `then` with the scenario and the engine: at once when both are loaded, else after the
   * loading view has shown while they download. A failure returns to the menu with a notice.
   */
  private whenPlayable(id: string, then: (entry: PlayableEntry, engine: Engine) => void): void {
    const entry = this.catalog.find((e) => e.id === id);
    if (!entry || entry.error !== undefined || this.opening) return;
    if (entry.scenario && this.engine) return then(entry as PlayableEntry, this.engine);
    this.opening = true;
    this.notice = null;
    this.showLoading(0);
    let done = 0;
    const step = <T>(pending: Promise<T>): Promise<T> =>
      pending.then((value) => {
        this.showLoading(++done / 2);
        return value;
      });
    Promise.all([step(this.loadEntry(entry)), step(this.loadEngine())])
      .then(([loaded, engine]) => {
        this.opening = false;
        if (loaded.scenario) return then(loaded as PlayableEntry, engine);
        this.notice = brokenNotice(entry.card?.title ?? entry.file);
        this.showMenu();
      })
      .catch(() => {
        this.opening = false;
        this.notice = unloadableNotice(entry.card?.title ?? entry.file);
        this.showMenu();
      });
  }

  /** The entry with its scenario, fetched once; the catalog keeps what the fetch found. */
  private loadEntry(entry: CatalogEntry): Promise<CatalogEntry> {
    let pending = this.scenarioLoads.get(entry.file);
    if (pending === undefined) {
      pending = this.services.loadScenario(entry.file).then((loaded) => {
        this.catalog = this.catalog.map((e) => (e.file === loaded.file ? loaded : e));
        // A file the build read as valid but that fails now (a changed deployment) shows its error at once.
        if (loaded.error !== undefined && this.view.name === 'menu' && !this.opening) this.showMenu();
        return loaded;
      });
      pending.catch(() => this.scenarioLoads.delete(entry.file));
      this.scenarioLoads.set(entry.file, pending);
    }
    return pending;
  }

  private loadEngine(): Promise<Engine> {
    this.engineLoad ??= this.services.loadEngine().then(
      (engine) => (this.engine = engine),
      (error: unknown) => {
        this.engineLoad = undefined;
        throw error;
      },
    );
    return this.engineLoad;
  }

  private showLoading(progress: number): void {
    this.view = { name: 'loading', progress };
    this.emit();
  }

  private nextPlayableAfter(id: string): string | null {
    const index = this.catalog.findIndex((e) => e.id === id);
    return this.catalog.slice(index + 1).find((e) => e.error === undefined)?.id ?? null;
  }

  private compile(entry: PlayableEntry, engine: Engine): CompiledScenario {
    let compiled = this.compiled.get(entry.id);
    if (compiled === undefined) {
      compiled = engine.compileScenario(entry.scenario);
      this.compiled.set(entry.id, compiled);
    }
    return compiled;
  }

  private emit(): void {
    for (const fn of this.listeners) fn(this);
  }
}

/** "Dialogue is dramatized; quotes come from …" with every source the scenario cites. */
export function sourceNote(scenario: Scenario): string {
  const sources = scenario.sources.map((s) => `${s.publisher}, “${s.title}”, ${shortDate(s.date)}`).join('; ');
  return `Dialogue is dramatized. Lines marked as quotes are the speakers' own words, quoted from ${sources}; other lines of real people are marked as paraphrase.`;
}

function quizOptions(scenario: Scenario, nodeId: string): string[] {
  const node = scenario.nodes[nodeId];
  return node?.type === 'quiz' ? [...node.options] : [];
}

/** Views are handed to renderers and the inspector; they must not share objects with the engine. */
function clone<T>(value: T): T {
  return structuredClone(value);
}
