/**
 * The preview: the scenario plays beside the text through the game's own DOM views (the same
 * renderers, wording and story log the game's page uses), from the start or from any node with
 * chosen meter and flag values. An edit re-runs it and keeps the player on the same node when that
 * node still exists; a file with errors shows them instead of a broken play.
 */
import type { Cause } from '../app/controller';
import { endingView, playView } from '../app/presenter';
import type { AppView } from '../app/view';
import { compileScenario, Play, type CompiledScenario, type StartPoint, type StepOutcome } from '../core/engine';
import type { Scenario } from '../core/model/schema';
import { logEntriesFor } from '../dom/announcements';
import { focusGoalFor } from '../dom/focus-rule';
import { h } from '../dom/h';
import { StoryLog } from '../dom/story-log';
import { renderEnding } from '../dom/views/ending';
import { renderPlay, renderPlayHead } from '../dom/views/play';
import type { StudioDiagnostic } from './check-protocol';
import { button } from './ui';

const ERRORS_SHOWN = 5;
/** An edit re-ran the play: told in the log like a resumed play, its line said again. */
const RERUN: Cause = { type: 'play.begun', from: 'save' };

interface Running {
  compiled: CompiledScenario;
  play: Play;
  origin: StartPoint | undefined;
  pending: StepOutcome | undefined;
}

export class Preview {
  readonly element: HTMLElement;
  private readonly head = h('div', { class: 'ct-head' });
  private readonly logRegion = h('div', { class: 'ct-log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Preview story' });
  private readonly log = new StoryLog(this.logRegion);
  private readonly stage = h('div', { class: 'ct-stage' });
  private readonly where = h('p', { class: 'st-preview-where', role: 'status' });
  private readonly flags = h('ul', { class: 'st-flags', 'aria-label': 'Flags' });
  private readonly errors = h('div', { class: 'st-preview-errors', role: 'status' });
  private readonly stateForm = h('fieldset', { class: 'st-start-state' });
  private readonly hereButton: HTMLButtonElement;
  private scenario: Scenario | undefined;
  private running: Running | undefined;
  private shown: AppView | undefined;

  constructor(
    /** The node at the editor's cursor, for "Play from here". */
    private readonly cursorNode: () => string | undefined,
    private readonly onShowNode: (id: string) => void,
  ) {
    this.hereButton = button('Play from here', () => this.playFromHere());
    this.element = h(
      'section',
      { class: 'st-panel st-preview', 'aria-labelledby': 'st-preview-heading' },
      h('h2', { id: 'st-preview-heading' }, 'Preview'),
      h(
        'div',
        { class: 'st-preview-tools' },
        button('Play from the start', () => this.playFrom(undefined)),
        this.hereButton,
      ),
      h('details', { class: 'st-start-details' }, h('summary', {}, 'State for "Play from here"'), this.stateForm),
      this.errors,
      this.where,
      h('div', { class: 'ct-layer st-game' }, this.head, this.logRegion, this.stage),
      h('section', { class: 'st-flag-panel', 'aria-label': 'Flags now' }, h('h3', {}, 'Flags'), this.flags),
    );
  }

  /** The node the preview is on, if it plays. */
  get node(): string | undefined {
    return this.running?.play.screen.node;
  }

  /** Called after each check: the scenario when the file has no errors, else its errors. */
  update(scenario: Scenario | undefined, diagnostics: readonly StudioDiagnostic[]): void {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (!scenario) {
      this.errors.replaceChildren(
        h(
          'p',
          {},
          `The preview waits: the file has ${errors.length} error${errors.length === 1 ? '' : 's'}. Fix ${errors.length === 1 ? 'it' : 'them'} to play.`,
        ),
        h('ul', {}, ...errors.slice(0, ERRORS_SHOWN).map((d) => h('li', {}, `Line ${d.line}: ${d.code} ${d.message}`))),
      );
      this.element.classList.add('st-waiting');
      return;
    }
    this.errors.replaceChildren();
    this.element.classList.remove('st-waiting');
    const before = this.scenario;
    // An edit of spacing or of `x-` notes changes nothing a play sees.
    if (before && JSON.stringify(before) === JSON.stringify(scenario)) return;
    this.scenario = scenario;
    const stateChanged = JSON.stringify([before?.meters, before?.flags]) !== JSON.stringify([scenario.meters, scenario.flags]);
    if (stateChanged) this.renderStateForm();
    this.rerun(scenario);
  }

  /** After an edit: the same steps if they still lead to the same node, else the same node and state, else the start. */
  private rerun(scenario: Scenario): void {
    const compiled = compileScenario(scenario);
    const old = this.running;
    if (!old) return this.begin(compiled, undefined, 'The preview plays from the start.');
    const node = old.play.screen.node;
    const origin = old.origin && Object.hasOwn(scenario.nodes, old.origin.node) ? old.origin : undefined;
    const replayed = old.origin && !origin ? undefined : Play.replay(compiled, old.play.steps, origin);
    if (replayed?.ok && replayed.play.screen.node === node)
      return this.adopt({ compiled, play: replayed.play, origin, pending: undefined }, RERUN);
    if (replayed?.ok) replayed.play.stop();
    if (Object.hasOwn(scenario.nodes, node)) {
      const meters = Object.fromEntries(old.play.meters.map((m) => [m.id, m.value]));
      const at: StartPoint = { node, meters, flags: old.play.flags };
      return this.adopt({ compiled, play: Play.startAt(compiled, at), origin: at, pending: undefined }, RERUN);
    }
    this.begin(compiled, undefined, `The node "${node}" is gone, so the preview starts again from the start.`);
  }

  private playFrom(at: StartPoint | undefined): void {
    const scenario = this.scenario;
    if (!scenario) return;
    const compiled = this.running?.compiled.scenario === scenario ? this.running.compiled : compileScenario(scenario);
    this.begin(compiled, at, at ? `Playing from "${at.node}".` : 'Playing from the start.');
    this.focusStage();
  }

  private playFromHere(): void {
    const node = this.cursorNode();
    if (!node || !this.scenario || !Object.hasOwn(this.scenario.nodes, node)) {
      this.where.textContent = 'Put the cursor inside a node (or pick one on the map) to play from it.';
      return;
    }
    this.playFrom({ node, ...this.chosenState() });
  }

  private begin(compiled: CompiledScenario, at: StartPoint | undefined, said: string): void {
    const play = at ? Play.startAt(compiled, at) : Play.start(compiled);
    this.log.clear();
    this.adopt({ compiled, play, origin: at, pending: undefined }, { type: 'play.begun', from: 'start' });
    this.where.textContent = `${said} Now at "${play.screen.node}".`;
  }

  private adopt(running: Running, cause: Cause): void {
    if (this.running && this.running.play !== running.play) this.running.play.stop();
    this.running = running;
    this.render(cause);
  }

  private step(input: (play: Play) => { ok: boolean }, kind: 'choice' | 'answer' | 'continue'): void {
    const running = this.running;
    if (!running || running.pending) return;
    if (!input(running.play).ok) return;
    const outcome = running.play.lastOutcome;
    running.pending = outcome && (outcome.feedback !== undefined || outcome.quiz !== undefined) ? outcome : undefined;
    this.render({ type: 'play.stepped', input: kind });
    this.focusStage();
  }

  private readonly controls = {
    pause: () => undefined,
    continue: () => this.step((play) => play.continue(), 'continue'),
    choose: (id: string) => this.step((play) => play.choose(id), 'choice'),
    answer: (option: number) => this.step((play) => play.answer(option), 'answer'),
    acknowledge: () => {
      if (!this.running?.pending) return;
      this.running.pending = undefined;
      this.render({ type: 'play.acknowledged' });
      this.focusStage();
    },
    playAgain: () => this.playFrom(this.running?.origin),
    nextScenario: () => undefined,
    openMenu: () => this.playFrom(undefined),
  };

  private render(cause: Cause): void {
    const running = this.running;
    if (!running) return;
    const view = this.viewOf(running);
    if (view.name === 'play') {
      this.head.replaceChildren(renderPlayHead(view, this.controls));
      this.stage.replaceChildren(renderPlay(view, this.controls));
    } else if (view.name === 'ending') {
      this.head.replaceChildren();
      this.stage.replaceChildren(renderEnding(view, this.controls));
    }
    this.log.append(logEntriesFor(view, view.name === 'ending' ? { type: 'ending.reached' } : cause));
    this.shown = view;
    const node = running.play.screen.node;
    this.where.replaceChildren(
      `Now at "${node}". `,
      button('Show in the text', () => this.onShowNode(node), { class: 'st-link' }),
    );
    const flags = Object.entries(running.play.flags);
    this.flags.replaceChildren(
      ...(flags.length === 0
        ? [h('li', {}, 'This scenario has no flags.')]
        : flags.map(([id, on]) => h('li', { class: on ? 'st-on' : 'st-off' }, `${id}: ${on ? 'yes' : 'no'}`))),
    );
  }

  private viewOf({ compiled, play, pending }: Running): AppView {
    const { scenario } = compiled;
    const result = play.result;
    if (result && !pending) return endingView(scenario.id, scenario, play, result, null);
    return playView(scenario.id, scenario, play, pending, false);
  }

  /** After the player's own input the next thing to act on takes the focus, as in the game. */
  private focusStage(): void {
    const view = this.shown;
    if (!view) return;
    const goal = focusGoalFor(view);
    const target =
      goal === 'heading'
        ? this.stage.querySelector<HTMLElement>('h1')
        : goal
          ? this.stage.querySelector<HTMLElement>(`[data-target="${CSS.escape(goal)}"]`)
          : null;
    target?.focus({ preventScroll: false });
  }

  private renderStateForm(): void {
    const scenario = this.scenario;
    if (!scenario) return;
    const meters = Object.entries(scenario.meters).map(([id, meter]) =>
      h(
        'label',
        { class: 'st-field' },
        `${meter.label} `,
        h('input', { type: 'number', name: `meter:${id}`, min: meter.min, max: meter.max, value: meter.initial, inputmode: 'numeric' }),
      ),
    );
    const flags = scenario.flags.map((id) =>
      h('label', { class: 'st-field' }, h('input', { type: 'checkbox', name: `flag:${id}` }), ` ${id}`),
    );
    this.stateForm.replaceChildren(
      h('legend', {}, 'Meters and flags to start with'),
      ...(meters.length + flags.length === 0 ? [h('p', {}, 'This scenario has no meters or flags.')] : [...meters, ...flags]),
    );
  }

  private chosenState(): Pick<StartPoint, 'meters' | 'flags'> {
    const meters: Record<string, number> = {};
    const flags: Record<string, boolean> = {};
    for (const input of this.stateForm.querySelectorAll('input')) {
      const [kind, id] = input.name.split(':');
      if (!id) continue;
      if (kind === 'meter' && input.value !== '' && Number.isFinite(input.valueAsNumber)) meters[id] = input.valueAsNumber;
      if (kind === 'flag') flags[id] = input.checked;
    }
    return { meters, flags };
  }
}
