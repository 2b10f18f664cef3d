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
  /** Finds and validates every scenario file, reporting progress from 0 to 1. */
  loadCatalog(onProgress: (fraction: number) => void): Promise<CatalogEntry[]>;
  loadEngine(): Promise<Engine>;
}

export const UNREADABLE_SAVE_NOTICE = 'Your saved game could not be read; starting fresh.';
export const UNREADABLE_PROGRESS_NOTICE = 'Your record of finished scenarios could not be read; it starts afresh.';

interface Current {
  entry: CatalogEntry & { scenario: Scenario };
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

  async load(onProgress?: (fraction: number) => void): Promise<void> {
    const report = (fraction: number): void => {
      this.view = { name: 'loading', progress: fraction };
      onProgress?.(fraction);
      this.emit();
    };
    const [catalog, engine] = await Promise.all([this.services.loadCatalog((f) => report(f * 0.9)), this.services.loadEngine()]);
    this.catalog = catalog;
    this.engine = engine;
    report(1);
    this.showMenu();
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
    const entry = this.playable(id);
    if (!entry) return;
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

  /** Starts the scenario afresh, discarding any save of it. */
  start(id: string): void {
    const entry = this.playable(id);
    if (!entry) return;
    this.notice = null;
    this.begin(entry, this.engineOrThrow().Play.start(this.compile(entry)));
  }

  /** Continues from the save; a save that cannot be used gives a notice and a fresh start. */
  resume(id: string): void {
    const entry = this.playable(id);
    if (!entry) return;
    const engine = this.engineOrThrow();
    const stored = this.saves.readSave(id);
    this.notice = null;
    if (stored.kind === 'found') {
      const restored = engine.Play.restore(this.compile(entry), stored.data);
      if (restored.ok) return this.begin(entry, restored.play);
    }
    if (stored.kind !== 'none') this.notice = UNREADABLE_SAVE_NOTICE;
    this.begin(entry, engine.Play.start(this.compile(entry)));
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

  private begin(entry: CatalogEntry & { scenario: Scenario }, play: Play): void {
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
    const { scenario } = entry;
    if (!scenario) {
      return { ...base, title: entry.file, summary: '', role: '', minutes: 0, objectives: [], hasSave: false, error: entry.error ?? 'unreadable' };
    }
    return {
      ...base,
      title: scenario.title,
      summary: scenario.summary,
      role: scenario.role.title,
      minutes: scenario.estimatedMinutes,
      objectives: [...scenario.learningObjectives],
      hasSave: this.saves.hasSave(entry.id),
    };
  }

  private playable(id: string): (CatalogEntry & { scenario: Scenario }) | undefined {
    const entry = this.catalog.find((e) => e.id === id);
    return entry?.scenario ? (entry as CatalogEntry & { scenario: Scenario }) : undefined;
  }

  private nextPlayableAfter(id: string): string | null {
    const index = this.catalog.findIndex((e) => e.id === id);
    return this.catalog.slice(index + 1).find((e) => e.scenario)?.id ?? null;
  }

  private compile(entry: CatalogEntry & { scenario: Scenario }): CompiledScenario {
    let compiled = this.compiled.get(entry.id);
    if (compiled === undefined) {
      compiled = this.engineOrThrow().compileScenario(entry.scenario);
      this.compiled.set(entry.id, compiled);
    }
    return compiled;
  }

  private engineOrThrow(): Engine {
    if (!this.engine) throw new Error('AppController: load() must finish before a scenario starts');
    return this.engine;
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
