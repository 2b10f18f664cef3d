import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { describeCondition } from '../model/conditions';
import type { CompiledScenario, StoryContext, StoryEvent, StoryMachine } from './machine';
import { finishedPlay } from './result';
import { resolveStart, type StartPoint } from './start-at';
import type {
  ChoiceView,
  InputResult,
  MeterView,
  PlayResult,
  RestoreResult,
  SaveData,
  Screen,
  SpeakerView,
  Step,
  StepOutcome,
  UndoState,
} from './types';
import { isStep, readSave, writeSave } from './save';

type StorySnapshot = SnapshotFrom<StoryMachine>;

export type ReplayResult = { ok: true; play: Play } | { ok: false; at: number; message: string };

/** Made once: a function made per play costs even when it does nothing. */
const ignore = (): void => undefined;

const NARRATOR: SpeakerView = { id: 'narrator', name: 'Narrator', title: '', affiliation: '', real: false };

/**
 * One play of a scenario, like ink's `Story`: the presentation reads `screen` and `meters`, sends the
 * player's input, and subscribes for changes. Invalid input is answered, never thrown.
 */
export class Play {
  private actor: Actor<StoryMachine>;
  private unsubscribeActor: () => void = ignore;
  private listeners = new Set<(play: Play) => void>();
  private cachedScreen: { snapshot: StorySnapshot; screen: Screen } | null = null;
  private undoCount = 0;

  private constructor(
    readonly compiled: CompiledScenario,
    snapshot?: unknown,
    /** Where a play started with `startAt` began, so that undo replays from there. */
    private readonly origin?: StartPoint,
  ) {
    this.actor = this.startActor(snapshot);
  }

  static start(compiled: CompiledScenario): Play {
    return new Play(compiled);
  }

  /**
   * A play that begins at any node with chosen meter and flag values (the studio's "Play from here"),
   * with no steps behind it; a branch is followed at once, an ending is the finished play.
   */
  static startAt(compiled: CompiledScenario, at: StartPoint): Play {
    const { node, story } = resolveStart(compiled.scenario, at);
    const context: StoryContext = { story, steps: [], quiz: [], outcome: null, ending: null };
    if (compiled.scenario.nodes[node]?.type === 'ending') context.ending = node;
    const { machine } = compiled;
    const resolved = machine.resolveState({
      value: node,
      context,
      ...(context.ending ? { status: 'done' as const, output: finishedPlay(compiled.scenario, compiled.hash, context) } : {}),
    });
    return new Play(compiled, machine.getPersistedSnapshot(resolved), at);
  }

  /** Feeds recorded steps to a fresh play (or one started at `origin`); a step that does not fit stops the replay with where and why. */
  static replay(compiled: CompiledScenario, steps: readonly unknown[], origin?: StartPoint): ReplayResult {
    const play = origin ? Play.startAt(compiled, origin) : new Play(compiled);
    for (const [at, step] of steps.entries()) {
      if (!isStep(step)) return { ok: false, at, message: `step ${at + 1} is not a step` };
      if (step.node !== play.screen.node)
        return { ok: false, at, message: `step ${at + 1} is for node "${step.node}" but the play is at "${play.screen.node}"` };
      const result =
        step.kind === 'choose' ? play.choose(step.choice) : step.kind === 'answer' ? play.answer(step.option) : play.continue();
      if (!result.ok) return { ok: false, at, message: `step ${at + 1}: ${result.message}` };
    }
    return { ok: true, play };
  }

  /**
   * Resumes from a save by replaying its steps: nothing else in the save is trusted, so an edited or
   * corrupted save is either exactly the play its steps make or refused with the reason.
   */
  static restore(compiled: CompiledScenario, value: unknown): RestoreResult<Play> {
    const read = readSave(value);
    if (!read.ok) return { ok: false, reason: 'corrupt', message: read.message };
    const { save } = read;
    const { scenario } = compiled;
    if (save.scenario.id !== scenario.id)
      return { ok: false, reason: 'other-scenario', message: `The save is for "${save.scenario.id}", not "${scenario.id}".` };
    if (save.scenario.hash !== compiled.hash) {
      return {
        ok: false,
        reason: 'other-version',
        message: `The save was made with version ${save.scenario.version} of this scenario; this is version ${scenario.version}.`,
      };
    }
    const replayed = Play.replay(compiled, save.steps);
    if (!replayed.ok) return { ok: false, reason: 'corrupt', message: `The save does not replay: ${replayed.message}.` };
    replayed.play.undoCount = save.undos;
    return { ok: true, play: replayed.play };
  }

  private startActor(snapshot?: unknown): Actor<StoryMachine> {
    const options = snapshot === undefined ? {} : { snapshot: snapshot as StorySnapshot };
    const actor = createActor(this.compiled.machine, options);
    actor.start();
    // Subscribed after start, so listeners hear steps, not the actor's own start.
    const subscription = actor.subscribe({ next: this.notify.bind(this), error: ignore });
    this.unsubscribeActor = () => subscription.unsubscribe();
    return actor;
  }

  private get snapshot(): StorySnapshot {
    return this.actor.getSnapshot();
  }

  get steps(): readonly Step[] {
    return this.snapshot.context.steps;
  }

  get lastOutcome(): StepOutcome | undefined {
    return this.snapshot.context.outcome ?? undefined;
  }

  get finished(): boolean {
    return this.snapshot.status === 'done';
  }

  get result(): PlayResult | undefined {
    return this.snapshot.status === 'done' ? this.snapshot.output : undefined;
  }

  /** Whether undo is open, and if not, why (see `UndoState`). */
  get undoState(): UndoState {
    return undoPoint(this.steps).state;
  }

  get canUndo(): boolean {
    return this.undoState === 'open';
  }

  /** How many times undo was used in this play (the steps no longer show it). */
  get undos(): number {
    return this.undoCount;
  }

  /** Every flag's value now. */
  get flags(): Record<string, boolean> {
    return { ...this.snapshot.context.story.flags };
  }

  get meters(): MeterView[] {
    const { story, outcome } = this.snapshot.context;
    return Object.entries(this.compiled.scenario.meters).map(([id, meter]) => ({
      id,
      label: meter.label,
      description: meter.description,
      value: story.meters[id] ?? meter.initial,
      min: meter.min,
      max: meter.max,
      better: meter.better,
      change: outcome?.meterChanges[id] ?? 0,
    }));
  }

  get screen(): Screen {
    const snapshot = this.snapshot;
    if (this.cachedScreen?.snapshot !== snapshot) this.cachedScreen = { snapshot, screen: this.screenOf(snapshot) };
    return this.cachedScreen.screen;
  }

  private screenOf(snapshot: StorySnapshot): Screen {
    const { scenario } = this.compiled;
    const nodeId = String(snapshot.value);
    const node = scenario.nodes[nodeId];
    if (snapshot.status === 'done' && snapshot.output) return { kind: 'ending', node: nodeId, result: snapshot.output };
    if (node?.type === 'quiz') return { kind: 'quiz', node: nodeId, question: node.question, options: node.options };
    if (node?.type !== 'dialogue') throw new Error(`the play rests on node "${nodeId}", which has no screen`);
    const line = {
      node: nodeId,
      speaker: this.speaker(node.speaker),
      text: node.text,
      ...(node.delivery ? { delivery: node.delivery } : {}),
      ...(node.source ? { source: node.source } : {}),
    };
    if (!node.choices) return { kind: 'line', ...line };
    const choices = node.choices.map((choice, index): ChoiceView => {
      const available = snapshot.can({ type: 'story.choose', choice: choice.id });
      const view: ChoiceView = { id: choice.id, index, text: choice.text, available };
      if (!available && choice.requires) view.reason = choice.requiresText ?? `Needs ${describeCondition(choice.requires, scenario)}.`;
      return view;
    });
    return { kind: 'choice', ...line, choices };
  }

  private speaker(id: string): SpeakerView {
    const character = Object.hasOwn(this.compiled.scenario.characters, id) ? this.compiled.scenario.characters[id] : undefined;
    if (!character) return NARRATOR;
    const view: SpeakerView = {
      id,
      name: character.name,
      title: character.title,
      affiliation: character.affiliation,
      real: character.real ?? false,
    };
    if (character.emblem) view.emblem = character.emblem;
    return view;
  }

  // The machine says whether it takes an input (`can` runs its guards); the screen is built only to
  // word a refusal, so scripted plays and replays never build views.
  choose(choiceId: string): InputResult {
    const event = { type: 'story.choose', choice: choiceId } as const;
    if (this.snapshot.can(event)) return this.send(event);
    const screen = this.screen;
    if (screen.kind === 'choice') return this.refuse(`"${choiceId}" is not an available choice at node "${screen.node}"`);
    return this.refuse(`a choice was given but node "${screen.node}" is ${screen.kind === 'ending' ? 'an ending' : 'not a choice'}`);
  }

  answer(option: number): InputResult {
    const event = { type: 'quiz.answer', option } as const;
    if (this.snapshot.can(event)) return this.send(event);
    const screen = this.screen;
    if (screen.kind !== 'quiz') return this.refuse(`an answer was given but node "${screen.node}" is a ${screen.kind}`);
    return { ok: false, message: `${option} is not an option at quiz "${screen.node}"`, expected: screen.options.map((_, i) => String(i)) };
  }

  continue(): InputResult {
    const event = { type: 'story.continue' } as const;
    if (this.snapshot.can(event)) return this.send(event);
    const screen = this.screen;
    return this.refuse(`"continue" was given but node "${screen.node}" is a ${screen.kind}`);
  }

  /** What this screen accepts, for messages: choice ids, option indices, or "continue". */
  expectedInput(): string[] {
    const screen = this.screen;
    if (screen.kind === 'choice') return screen.choices.filter((c) => c.available).map((c) => c.id);
    if (screen.kind === 'quiz') return screen.options.map((_, i) => String(i));
    if (screen.kind === 'line') return ['continue'];
    return [];
  }

  private refuse(message: string): InputResult {
    return { ok: false, message, expected: this.expectedInput() };
  }

  private send(event: StoryEvent): InputResult {
    const before = this.snapshot;
    this.actor.send(event);
    if (this.snapshot === before)
      return { ok: false, message: `node "${String(before.value)}" did not accept the input`, expected: this.expectedInput() };
    return { ok: true };
  }

  /**
   * Goes back to just before the last decision, by replaying the steps before it (the machine has no
   * timers, so replay is exact). Refused when there is no decision to take back, or when a quiz answer
   * was given since: an answer once given stays given, so undo can never raise the score.
   */
  undo(): boolean {
    const point = undoPoint(this.steps);
    if (point.state !== 'open') return false;
    const replayed = Play.replay(this.compiled, this.steps.slice(0, point.at), this.origin);
    if (!replayed.ok) return false;
    this.unsubscribeActor();
    this.actor.stop();
    this.actor = this.startActor(replayed.play.actor.getPersistedSnapshot());
    replayed.play.stop();
    this.undoCount++;
    this.notify();
    return true;
  }

  save(): SaveData {
    const { scenario, hash } = this.compiled;
    return writeSave({ id: scenario.id, version: scenario.version, hash }, this.steps, this.undoCount);
  }

  subscribe(listener: (play: Play) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stop(): void {
    this.listeners.clear();
    this.unsubscribeActor();
    this.actor.stop();
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this);
  }
}

/** Where undo would go back to: the index of the last decision, unless a quiz answer follows it. */
function undoPoint(steps: readonly Step[]): { state: 'open'; at: number } | { state: Exclude<UndoState, 'open'> } {
  for (let at = steps.length - 1; at >= 0; at--) {
    const kind = steps[at]?.kind;
    if (kind === 'answer') return { state: 'answer-given' };
    if (kind === 'choose') return { state: 'open', at };
  }
  return { state: 'no-decision' };
}
