/**
 * The app's flow as one XState machine, in the manner of XState's trivia example: each screen is a
 * state (booting, menu, loading, briefing, play with its own screen/outcome/paused states, ending),
 * each thing a player does is a namespaced event (`menu.open`, `play.choose`, `pause.resume`, …), and
 * a screen that has no use for an event simply does not take it. Every transition that changes what
 * is shown records its cause, so that the views, the sound and the announcements react to what
 * happened instead of guessing it from the difference between two views. The effects (loading,
 * reading a scenario from outside, saving) are named actors and actions, swapped in tests with
 * `machine.provide()`. No Phaser and no DOM here.
 */
import { and, assign, fromPromise, raise, setup, stateIn, type SnapshotFrom } from 'xstate';
import type { Play, PlayResult } from '../core/engine';
import type { Scenario } from '../core/model/schema';
import type { StepClock } from '../core/results/step-clock';
import type { AssignmentKit } from './assignment-kit';
import { AssignmentStore } from './assignment-store';
import { itemFor, nextInAssignment, openAssignment, saveKeyFor, type AssignmentOpened, type AssignmentSession } from './assignment-session';
import { startingNotice } from './menu-view';
import { DAMAGED_LINK_NOTICE, unknownScenarioNotice, type Route } from './route';
import type { SaveStore } from './saves';
import { titleOf, type Opened, type PlayableEntry, type ScenarioLibrary } from './scenario-library';

export const UNREADABLE_SAVE_NOTICE = 'Your saved game could not be read; starting fresh.';
/** Said when the part of the game that reads assignments could not be downloaded. */
const ASSIGNMENT_UNLOADABLE_NOTICE =
  'The assignment could not be opened: part of the game did not download. Check the connection, then open the link again. You can still play freely below.';

/**
 * Said when a scenario or the engine could not be downloaded: the network failed, not the file. (The
 * browser's reason names a file URL, which tells a student nothing; it is left out.)
 */
export function unloadableNotice(title: string): string {
  return `“${title}” could not be loaded. Check the connection, then open it again.`;
}

/** Said when a scenario file turned out to be broken only once it was opened. */
function brokenNotice(title: string): string {
  return `“${title}” cannot be played: its file has an error, shown on its card.`;
}

/** A scenario from outside the game: a `#scenario=` link's payload, or a file picked on the device. */
export type OutsideSource = { kind: 'link'; payload: string } | { kind: 'file'; name: string; text: string };

/** What reading an outside scenario came to: the validated scenario, or a notice saying what is wrong. */
export type OutsideRead = { ok: true; scenario: Scenario; file: string } | { ok: false; notice: string };

/** What happened, published with every view: the DOM layer, the sound and the announcements act on it. */
export type Cause =
  | { type: 'booting' }
  | { type: 'menu.shown' }
  /** The menu's cards changed while it was shown (a file found broken once fetched). */
  | { type: 'menu.updated' }
  | { type: 'loading.progress' }
  | { type: 'briefing.shown' }
  /** A play began: fresh (start, restart, play again) or from its save. */
  | { type: 'play.begun'; from: 'start' | 'save' }
  | { type: 'play.stepped'; input: 'choice' | 'answer' | 'continue' }
  /** Feedback or a quiz result was read; the screen that waited behind it shows. */
  | { type: 'play.acknowledged' }
  | { type: 'play.undone' }
  | { type: 'pause.opened' }
  | { type: 'pause.closed' }
  | { type: 'ending.reached' }
  | { type: 'assignment.shown' }
  /** The assignment home changed while it was shown (the name confirmed or changed). */
  | { type: 'assignment.updated' };

export type AppEvent =
  | { type: 'menu.open' }
  | { type: 'menu.openFile'; name: string; text: string }
  | { type: 'briefing.open'; id: string }
  | { type: 'play.start'; id: string }
  | { type: 'play.resume'; id: string }
  | { type: 'play.choose'; choiceId: string }
  | { type: 'play.answer'; index: number }
  | { type: 'play.continue' }
  | { type: 'play.acknowledge' }
  | { type: 'play.undo' }
  | { type: 'play.restart' }
  | { type: 'pause.open' }
  | { type: 'pause.resume' }
  | { type: 'ending.playAgain' }
  | { type: 'ending.next' }
  | { type: 'catalog.changed' }
  | { type: 'route.open'; route: Route }
  | { type: 'loading.progress'; progress: number }
  /** The student confirms the name their results carry (asked in every sitting). */
  | { type: 'assignment.name'; name: string }
  | { type: 'assignment.changeName' }
  /** Leaves the assignment for free play (the menu). */
  | { type: 'assignment.leave' };

/** What the player asked for while the scenario loads. */
type Intent = 'briefing' | 'start' | 'resume';

export interface AppInput {
  library: ScenarioLibrary;
  saves: SaveStore;
  /** Where an assignment's results and the last typed name are kept (null where storage is blocked). */
  storage: Storage | null;
  loadAssignmentKit: () => Promise<AssignmentKit>;
  /** The URL's route, followed once the catalog is loaded. */
  route?: Route;
}

export interface AppContext {
  library: ScenarioLibrary;
  saves: SaveStore;
  route: Route;
  notice: string | null;
  /** The scenario being fetched for the player, and what to do with it once it is there. */
  opening: { id: string; intent: Intent } | null;
  progress: number;
  /** The scenario whose briefing, play or ending is shown. */
  scenarioId: string | null;
  play: Play | null;
  cause: Cause;
  storage: Storage | null;
  loadAssignmentKit: () => Promise<AssignmentKit>;
  /** The assignment opened from the link, while the student works on it; null in free play. */
  session: AssignmentSession | null;
  /** The clock of a play of the assignment (each step's time goes into its result code). */
  run: { clock: StepClock; started: Date } | null;
  /** The result code of the assignment play that just ended. */
  sealed: SealedResult | null;
}

export interface SealedResult {
  code: string;
  attempt: number;
  /** The attempt is past the number the teacher allowed (it is still handed in, and flagged on the results page). */
  overLimit: boolean;
}

type OpenEvent = Extract<AppEvent, { type: 'briefing.open' | 'play.start' | 'play.resume' }>;

const INTENTS: Record<OpenEvent['type'], Intent> = { 'briefing.open': 'briefing', 'play.start': 'start', 'play.resume': 'resume' };

/** A new cause object each time, so that every occurrence is published (listeners compare by identity). */
function cause(type: Exclude<Cause['type'], 'play.begun' | 'play.stepped'>): Cause {
  return { type };
}

function playOf(context: AppContext): Play {
  if (!context.play) throw new Error('the play state holds no play');
  return context.play;
}

function readyEntry(
  context: AppContext,
  id: string,
): { entry: PlayableEntry; engine: NonNullable<ReturnType<ScenarioLibrary['ready']>>['engine'] } {
  const ready = context.library.ready(id);
  if (!ready) throw new Error(`"${id}" is not loaded`);
  return ready;
}

/** A fresh play of a loaded scenario, or its save resumed (a save that cannot be used gives a notice). */
function begin(context: AppContext, id: string, from: 'start' | 'save'): Partial<AppContext> {
  const { entry, engine } = readyEntry(context, id);
  context.play?.stop();
  context.run?.clock.stop();
  const compiled = context.library.compile(entry, engine);
  const key = saveKeyFor(context.session, id);
  const begun = (play: Play, notice: string | null, resumed: boolean): Partial<AppContext> => ({
    play,
    scenarioId: id,
    notice,
    run: clockFor(context, id, play, resumed),
    sealed: null,
    cause: { type: 'play.begun', from },
  });
  if (from === 'save') {
    const stored = context.saves.readSave(key);
    if (stored.kind === 'found') {
      const restored = engine.Play.restore(compiled, stored.data);
      if (restored.ok) return begun(restored.play, null, true);
    }
    if (stored.kind !== 'none') return begun(engine.Play.start(compiled), UNREADABLE_SAVE_NOTICE, false);
  }
  return begun(engine.Play.start(compiled), null, false);
}

/** An assignment play's clock: from now, or (a play continued) from its kept start and step times. */
function clockFor(context: AppContext, id: string, play: Play, resumed: boolean): AppContext['run'] {
  const { session } = context;
  const item = itemFor(session, id);
  if (!session || !item) return null;
  const kept = resumed ? session.store.running(item.key) : null;
  const started = kept && kept.times.length === play.steps.length ? kept.started : Date.now();
  const clock = session.kit.startStepClock(play, Date.now, started, kept && kept.started === started ? kept.times : []);
  return { clock, started: new Date(started) };
}

/** Seals a finished assignment play into its result code and keeps the code on the device. */
function seal(context: AppContext, result: PlayResult): SealedResult | null {
  const { session, run, scenarioId, play } = context;
  const item = itemFor(session, scenarioId);
  if (!session || !run || !item || !play) return null;
  const attempt = session.store.attemptsUsed(item.key) + 1;
  const finished = new Date();
  const code = session.kit.makeResultCode({
    result,
    student: session.student ?? '',
    assignment: session.assignment.id,
    trial: session.assignment.trial,
    attempt,
    started: run.started,
    finished,
    undos: play.undos,
    stepTimes: run.clock.times,
  });
  run.clock.stop();
  const entry = context.library.entry(item.libraryId);
  session.store.addCode({
    scenario: item.key,
    title: entry ? titleOf(entry) : item.key,
    attempt,
    finished: finished.toISOString(),
    endingTitle: result.endingTitle,
    score: result.score,
    code,
  });
  const limit = session.assignment.content.options.attempts;
  return { code, attempt, overLimit: limit !== null && attempt > limit };
}

/** The assignment's option for the play under way, or free play's way when it is no assignment play. */
function assignmentOptions(context: AppContext) {
  return itemFor(context.session, context.scenarioId) ? context.session?.assignment.content.options : undefined;
}

/** Whether the play's last step left feedback or a quiz result to read before going on. */
function hasOutcome(play: Play): boolean {
  const outcome = play.lastOutcome;
  return outcome !== undefined && (outcome.feedback !== undefined || outcome.quiz !== undefined);
}

function isOpenEvent(event: AppEvent): event is OpenEvent {
  return event.type === 'briefing.open' || event.type === 'play.start' || event.type === 'play.resume';
}

/** The scenario an event opens, else the one being loaded or shown (restart, loading done). */
function scenarioAsked(context: AppContext, event: AppEvent): string {
  if (isOpenEvent(event)) return event.id;
  return context.opening?.id ?? context.scenarioId ?? '';
}

/**
 * Opening a scenario, from the menu, a briefing or an ending: at once when it is loaded, else through
 * the loading screen. A scenario that is unknown or known to be broken is not opened at all.
 */
const OPEN = {
  'briefing.open': [
    { guard: and(['openable', 'loaded']), target: '#app.briefing', actions: 'chooseScenario' },
    { guard: 'openable', target: '#app.loading', actions: 'requestOpening' },
  ],
  'play.start': [
    { guard: and(['openable', 'loaded']), target: '#app.play', reenter: true, actions: ['clearNotice', 'beginFresh'] },
    { guard: 'openable', target: '#app.loading', actions: 'requestOpening' },
  ],
  'play.resume': [
    { guard: and(['openable', 'loaded']), target: '#app.play', reenter: true, actions: ['clearNotice', 'beginFromSave'] },
    { guard: 'openable', target: '#app.loading', actions: 'requestOpening' },
  ],
} as const;

/** "Menu" leads back to the assignment's home while an assignment is open, else to the game's menu. */
const TO_MENU = {
  'menu.open': [
    { guard: 'inAssignment', target: '#app.assignment', actions: 'clearNotice' },
    { target: '#app.menu', actions: ['clearNotice', 'showMenu'] },
  ],
} as const;

/** A new route (the fragment changed while the game was open) is followed as at the start. */
const FOLLOW = { 'route.open': { target: '#app.following', actions: 'takeRoute' } } as const;

export const appMachine = setup({
  types: {
    context: {} as AppContext,
    events: {} as AppEvent,
    input: {} as AppInput,
  },
  actors: {
    loadCatalog: fromPromise<void, { library: ScenarioLibrary }>(({ input }) => input.library.loadCatalog()),
    openScenario: fromPromise<Opened, { library: ScenarioLibrary; id: string; progress: (fraction: number) => void }>(({ input }) =>
      input.library.open(input.id, input.progress),
    ),
    readOutside: fromPromise<OutsideRead, { library: ScenarioLibrary; source: OutsideSource }>(({ input }) =>
      input.library.readOutside(input.source),
    ),
    openAssignment: fromPromise<
      AssignmentOpened,
      { library: ScenarioLibrary; storage: Storage | null; payload: string; load: () => Promise<AssignmentKit> }
    >(async ({ input }) => openAssignment(input.library, await input.load(), input.storage, input.payload)),
  },
  actions: {
    writeSave: ({ context }) => {
      const { play, scenarioId, session, run } = context;
      if (!play || !scenarioId) return;
      context.saves.writeSave(saveKeyFor(session, scenarioId), play.save());
      const item = itemFor(session, scenarioId);
      if (item && run) session?.store.keepRunning(item.key, { started: run.started.getTime(), times: [...run.clock.times] });
    },
    /** Free play records its progress; an assignment play is sealed into a result code instead (kept apart, score and all). */
    recordFinish: assign(({ context }) => {
      const result = context.play?.result;
      if (!result || !context.scenarioId) return {};
      context.saves.clearSave(saveKeyFor(context.session, context.scenarioId));
      if (itemFor(context.session, context.scenarioId)) return { sealed: seal(context, result) };
      context.saves.recordFinish(context.scenarioId, result.score);
      return {};
    }),
    /** The play stays in its save; the app lets go of it. */
    leavePlay: assign(({ context }) => {
      context.play?.stop();
      context.run?.clock.stop();
      return { play: null, run: null };
    }),
    showMenu: assign({ cause: () => cause('menu.shown'), scenarioId: null, opening: null }),
    clearNotice: assign({ notice: null }),
    /** The scenario asked for is fetched first; the loading state remembers what to do with it. */
    requestOpening: assign({
      opening: ({ event }) => (isOpenEvent(event) ? { id: event.id, intent: INTENTS[event.type] } : null),
    }),
    chooseScenario: assign({ scenarioId: ({ event }) => (isOpenEvent(event) ? event.id : null) }),
    beginFresh: assign(({ context, event }) => begin(context, scenarioAsked(context, event), 'start')),
    beginFromSave: assign(({ context, event }) => begin(context, scenarioAsked(context, event), 'save')),
    takeRoute: assign({ route: ({ event }) => (event.type === 'route.open' ? event.route : { kind: 'menu' }), session: null }),
    step: assign(({ context, event }) => {
      const play = playOf(context);
      if (event.type === 'play.choose') play.choose(event.choiceId);
      else if (event.type === 'play.answer') play.answer(event.index);
      else if (event.type === 'play.continue') play.continue();
      const input = event.type === 'play.choose' ? 'choice' : event.type === 'play.answer' ? 'answer' : 'continue';
      return { notice: null, cause: { type: 'play.stepped', input } };
    }),
  },
  guards: {
    /** The event names a catalog or outside scenario that is not known to be broken. */
    openable: ({ context, event }) => {
      if (!('id' in event)) return false;
      const entry = context.library.entry(event.id);
      return entry !== undefined && entry.error === undefined;
    },
    loaded: ({ context, event }) => 'id' in event && context.library.ready(event.id) !== undefined,
    /** The play accepts this input now (the screen has that choice, option or Continue). */
    accepts: ({ context, event }) => {
      const screen = playOf(context).screen;
      if (event.type === 'play.choose')
        return screen.kind === 'choice' && screen.choices.some((c) => c.id === event.choiceId && c.available);
      if (event.type === 'play.answer')
        return screen.kind === 'quiz' && Number.isInteger(event.index) && event.index >= 0 && event.index < screen.options.length;
      return event.type === 'play.continue' && screen.kind === 'line';
    },
    finished: ({ context }) => playOf(context).result !== undefined,
    /** Feedback and quiz results are shown as each step is taken, unless the teacher held them until the ending. */
    feedbackNow: ({ context }) => assignmentOptions(context)?.feedback !== 'end',
    inAssignment: ({ context }) => context.session !== null,
    nameMissing: ({ context }) => context.session?.student === null,
    /** The pause menu is closed. */
    running: stateIn({ play: { pause: 'closed' } }),
    hasOutcome: ({ context }) => hasOutcome(playOf(context)),
    canUndo: ({ context }) => playOf(context).canUndo && assignmentOptions(context)?.undo !== false,
    hasNext: ({ context }) => nextScenarioOf(context) !== null,
    intentIs: ({ context }, intent: Intent) => context.opening?.intent === intent,
    routeIs: ({ context }, kind: Route['kind']) => context.route.kind === kind,
    routeKnown: ({ context }) => context.route.kind === 'play' && context.library.entry(context.route.id) !== undefined,
  },
}).createMachine({
  id: 'app',
  context: ({ input }) => ({
    library: input.library,
    saves: input.saves,
    route: input.route ?? { kind: 'menu' },
    notice: startingNotice(input.saves),
    opening: null,
    progress: 0,
    scenarioId: null,
    play: null,
    cause: cause('booting'),
    storage: input.storage,
    loadAssignmentKit: input.loadAssignmentKit,
    session: null,
    run: null,
    sealed: null,
  }),
  initial: 'booting',
  // Opening a scenario is possible from every screen that shows one or the menu (not while booting
  // or loading, where the request would be lost in the middle of another).
  states: {
    booting: {
      invoke: {
        src: 'loadCatalog',
        input: ({ context }) => ({ library: context.library }),
        onDone: { target: 'following' },
        // The manifest is part of the page's own code: if it is missing, there is nothing to show but the menu.
        onError: { target: 'menu', actions: 'showMenu' },
      },
    },
    /** The URL's route, once the catalog is known. */
    following: {
      always: [
        {
          guard: 'routeKnown',
          target: 'menu',
          actions: [
            'showMenu',
            raise(({ context }) => ({ type: 'briefing.open', id: context.route.kind === 'play' ? context.route.id : '' })),
          ],
        },
        {
          guard: { type: 'routeIs', params: 'play' },
          target: 'menu',
          actions: [
            'showMenu',
            assign({ notice: ({ context }) => unknownScenarioNotice(context.route.kind === 'play' ? context.route.id : '') }),
          ],
        },
        { guard: { type: 'routeIs', params: 'scenario' }, target: 'outside' },
        { guard: { type: 'routeIs', params: 'assign' }, target: 'assigning' },
        { guard: { type: 'routeIs', params: 'damaged' }, target: 'menu', actions: ['showMenu', assign({ notice: DAMAGED_LINK_NOTICE })] },
        { target: 'menu', actions: 'showMenu' },
      ],
    },
    /** Reads the assignment link (loading the results library for it); a link that cannot be read leaves free play open. */
    assigning: {
      invoke: {
        src: 'openAssignment',
        input: ({ context }) => ({
          library: context.library,
          storage: context.storage,
          payload: context.route.kind === 'assign' ? context.route.payload : '',
          load: context.loadAssignmentKit,
        }),
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'assignment',
            actions: assign({ session: ({ event }) => (event.output.ok ? event.output.session : null), notice: null }),
          },
          { target: 'menu', actions: ['showMenu', assign({ notice: ({ event }) => (event.output.ok ? null : event.output.notice) })] },
        ],
        onError: { target: 'menu', actions: ['showMenu', assign({ notice: ASSIGNMENT_UNLOADABLE_NOTICE })] },
      },
    },
    /**
     * The assignment's home: the teacher's banner, the name the student confirms for this sitting, the
     * scenarios in order with their state, and the codes kept. A scenario opens only once a name is confirmed.
     */
    assignment: {
      entry: ['leavePlay', assign({ scenarioId: null, opening: null, cause: () => cause('assignment.shown') })],
      on: {
        'assignment.name': {
          guard: ({ event }) => event.name.trim() !== '',
          actions: [
            assign(({ context, event }) => {
              const name = event.name.trim();
              AssignmentStore.rememberStudent(context.storage, name);
              return { session: context.session && { ...context.session, student: name }, cause: cause('assignment.updated') };
            }),
          ],
        },
        'assignment.changeName': {
          actions: assign(({ context }) => ({
            session: context.session && { ...context.session, student: null },
            cause: cause('assignment.updated'),
          })),
        },
        'assignment.leave': { target: 'menu', actions: [assign({ session: null }), 'clearNotice', 'showMenu'] },
        'briefing.open': [{ guard: 'nameMissing' }, ...OPEN['briefing.open']],
        'play.resume': [{ guard: 'nameMissing' }, ...OPEN['play.resume']],
        ...FOLLOW,
      },
    },
    menu: {
      entry: 'leavePlay',
      on: {
        'catalog.changed': { actions: assign({ cause: () => cause('menu.updated') }) },
        'menu.openFile': { target: 'outside', actions: 'clearNotice' },
        ...OPEN,
        ...FOLLOW,
      },
    },
    /** Fetches the scenario (and the engine) the player opened, showing progress. */
    loading: {
      entry: assign({ progress: 0, notice: null, cause: () => cause('loading.progress') }),
      invoke: {
        src: 'openScenario',
        input: ({ context, self }) => ({
          library: context.library,
          id: context.opening?.id ?? '',
          progress: (fraction: number) => self.send({ type: 'loading.progress', progress: fraction }),
        }),
        onDone: [
          {
            guard: ({ event }) => event.output.kind === 'broken',
            target: 'menu',
            actions: [
              'showMenu',
              assign({ notice: ({ event }) => brokenNotice(event.output.kind === 'broken' ? event.output.title : '') }),
            ],
          },
          {
            guard: { type: 'intentIs', params: 'briefing' },
            target: 'briefing',
            actions: assign({ scenarioId: ({ context }) => context.opening?.id ?? null }),
          },
          { guard: { type: 'intentIs', params: 'start' }, target: 'play', actions: 'beginFresh' },
          { target: 'play', actions: 'beginFromSave' },
        ],
        onError: {
          target: 'menu',
          actions: [
            assign({
              notice: ({ context }) => {
                const entry = context.opening ? context.library.entry(context.opening.id) : undefined;
                return unloadableNotice(entry ? titleOf(entry) : '');
              },
            }),
            'showMenu',
          ],
        },
      },
      on: {
        'loading.progress': { actions: assign({ progress: ({ event }) => event.progress, cause: () => cause('loading.progress') }) },
      },
    },
    /** Reads a scenario from a link or a file: decoded, validated, kept as not reviewed, then its briefing. */
    outside: {
      invoke: {
        src: 'readOutside',
        input: ({ context, event }) => ({
          library: context.library,
          source:
            event.type === 'menu.openFile'
              ? { kind: 'file', name: event.name, text: event.text }
              : { kind: 'link', payload: context.route.kind === 'scenario' ? context.route.payload : '' },
        }),
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'menu',
            actions: [
              'showMenu',
              raise(({ context, event }) => {
                const read = event.output;
                return { type: 'briefing.open', id: read.ok ? context.library.addOutside(read.scenario, read.file).id : '' };
              }),
            ],
          },
          { target: 'menu', actions: ['showMenu', assign({ notice: ({ event }) => (event.output.ok ? null : event.output.notice) })] },
        ],
        onError: { target: 'menu', actions: ['showMenu', assign({ notice: DAMAGED_LINK_NOTICE })] },
      },
    },
    briefing: {
      entry: ['leavePlay', assign({ notice: null, cause: () => cause('briefing.shown') })],
      on: { ...OPEN, ...TO_MENU, ...FOLLOW },
    },
    /**
     * A play: where the story stands (a screen to answer, or an outcome to read) and, beside it, whether
     * the pause menu is open; while it is, the story takes no input.
     */
    play: {
      type: 'parallel',
      entry: 'writeSave',
      states: {
        step: {
          initial: 'screen',
          states: {
            screen: {
              on: {
                'play.choose': { guard: and(['running', 'accepts']), target: 'deciding', actions: 'step' },
                'play.answer': { guard: and(['running', 'accepts']), target: 'deciding', actions: 'step' },
                'play.continue': { guard: and(['running', 'accepts']), target: 'deciding', actions: 'step' },
              },
            },
            /** Feedback or a quiz result waits to be read. */
            outcome: {
              on: {
                'play.acknowledge': [
                  { guard: and(['running', 'finished']), target: '#app.ending' },
                  { guard: 'running', target: 'screen', actions: assign({ cause: () => cause('play.acknowledged') }) },
                ],
              },
            },
            /** After a step: the outcome to read, the ending (once nothing is left to read), or the next screen. */
            deciding: {
              always: [
                { guard: and(['hasOutcome', 'feedbackNow']), target: 'outcome', actions: 'writeSave' },
                { guard: 'finished', target: '#app.ending' },
                { target: 'screen', actions: 'writeSave' },
              ],
            },
          },
        },
        pause: {
          initial: 'closed',
          states: {
            closed: { on: { 'pause.open': { target: 'open', actions: assign({ cause: () => cause('pause.opened') }) } } },
            open: { on: { 'pause.resume': { target: 'closed', actions: assign({ cause: () => cause('pause.closed') }) } } },
          },
        },
      },
      on: {
        'play.undo': {
          guard: 'canUndo',
          target: ['.step.screen', '.pause.closed'],
          actions: [({ context }) => playOf(context).undo(), assign({ notice: null, cause: () => cause('play.undone') }), 'writeSave'],
        },
        'play.restart': { target: 'play', reenter: true, actions: 'beginFresh' },
        ...TO_MENU,
        ...FOLLOW,
      },
    },
    ending: {
      entry: ['recordFinish', assign({ cause: () => cause('ending.reached') })],
      on: {
        'ending.playAgain': { actions: raise(({ context }) => ({ type: 'play.start', id: context.scenarioId ?? '' })) },
        'ending.next': {
          guard: 'hasNext',
          actions: raise(({ context }) => ({ type: 'briefing.open', id: nextScenarioOf(context) ?? '' })),
        },
        ...OPEN,
        ...TO_MENU,
        ...FOLLOW,
      },
    },
  },
});

export type AppSnapshot = SnapshotFrom<typeof appMachine>;

/** What "Next scenario" opens: the assignment's next scenario in the teacher's order, else the catalog's next. */
export function nextScenarioOf(context: Pick<AppContext, 'library' | 'session' | 'scenarioId'>): string | null {
  const { scenarioId, session } = context;
  if (scenarioId === null) return null;
  if (session && itemFor(session, scenarioId)) return nextInAssignment(session, scenarioId);
  return context.library.nextPlayableAfter(scenarioId);
}
