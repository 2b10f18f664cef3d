/**
 * The app controller: runs the app machine (app-machine.ts) and publishes, after everything that
 * happens, the view to show with its cause. Phaser scenes and the DOM layer subscribe to it and call
 * its methods, which only send the machine its events, so a canvas click and a DOM button do exactly
 * the same thing. No Phaser and no DOM here, so it runs in Node tests as it is.
 */
import { createActor, waitFor, type Actor } from 'xstate';
import { appMachine, type AppEvent, type Cause } from './app-machine';
import type { AssignmentKit } from './assignment-kit';
import { present } from './presenter';
import type { Route } from './route';
import { SaveStore } from './saves';
import { ScenarioLibrary, type ScenarioSources } from './scenario-library';
import type { AppView } from './view';

export { UNREADABLE_SAVE_NOTICE } from './app-machine';
export { UNREADABLE_PROGRESS_NOTICE } from './menu-view';
export type { Cause } from './app-machine';

export interface AppServices extends ScenarioSources {
  storage: Storage | null;
  /** The results library's part that reads assignments and makes result codes, loaded when an assignment link is opened. */
  loadAssignmentKit(): Promise<AssignmentKit>;
}

export interface AppOptions {
  /** The URL's route, followed once the catalog is loaded. */
  route?: Route;
  /** The machine to run: the app's own, or one whose effects a test swapped with `provide()`. */
  machine?: typeof appMachine;
}

/** What listeners are told: the view to show now, and what happened to make it. */
export interface AppUpdate {
  view: AppView;
  cause: Cause;
}

type Listener = (update: AppUpdate) => void;

export class AppController {
  private readonly listeners = new Set<Listener>();
  private readonly library: ScenarioLibrary;
  private readonly actor: Actor<typeof appMachine>;
  private update: AppUpdate;

  constructor(services: AppServices, options: AppOptions = {}) {
    this.library = new ScenarioLibrary(services, () => this.send({ type: 'catalog.changed' }));
    const saves = new SaveStore(services.storage);
    this.actor = createActor(options.machine ?? appMachine, {
      input: {
        library: this.library,
        saves,
        storage: services.storage,
        loadAssignmentKit: () => services.loadAssignmentKit(),
        ...(options.route ? { route: options.route } : {}),
      },
    });
    const initial = this.actor.getSnapshot();
    this.update = { view: present(initial), cause: initial.context.cause };
    this.actor.subscribe((snapshot) => {
      // One publication per thing that happened: a snapshot that records no new cause changed nothing shown.
      if (snapshot.context.cause === this.update.cause) return;
      this.update = { view: present(snapshot), cause: snapshot.context.cause };
      for (const fn of this.listeners) fn(this.update);
    });
    this.actor.start();
  }

  get view(): AppView {
    return this.update.view;
  }

  get cause(): Cause {
    return this.update.cause;
  }

  get paused(): boolean {
    return this.update.view.name === 'play' && this.update.view.paused;
  }

  get notice(): string | null {
    return this.actor.getSnapshot().context.notice;
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Resolves once the catalog is read: the view is the menu, or what the URL's route opens (loading it, maybe). */
  async started(): Promise<void> {
    await waitFor(this.actor, (s) => !s.matches('booting'));
  }

  /** Resolves once the catalog is read and the URL's route followed (the menu, or what it opened). */
  async load(): Promise<void> {
    await waitFor(this.actor, (s) => !s.matches('booting') && !s.matches('following') && !s.matches('outside') && !s.matches('assigning'));
  }

  /**
   * Fetches every scenario and the engine in the background, so that opening a card is instant.
   * Never rejects: a file that fails here is fetched again when opened.
   */
  preload(): Promise<void> {
    return this.library.preload();
  }

  send(event: AppEvent): void {
    this.actor.send(event);
  }

  openMenu(): void {
    this.send({ type: 'menu.open' });
  }

  /** A scenario file from the device: validated, then its briefing (marked as not reviewed), or a notice. */
  openFile(name: string, text: string): void {
    this.send({ type: 'menu.openFile', name, text });
  }

  openRoute(route: Route): void {
    this.send({ type: 'route.open', route });
  }

  openBriefing(id: string): void {
    this.send({ type: 'briefing.open', id });
  }

  /** Starts the scenario afresh, discarding any save of it. */
  start(id: string): void {
    this.send({ type: 'play.start', id });
  }

  /** Continues from the save; a save that cannot be used gives a notice and a fresh start. */
  resume(id: string): void {
    this.send({ type: 'play.resume', id });
  }

  choose(choiceId: string): void {
    this.send({ type: 'play.choose', choiceId });
  }

  answer(index: number): void {
    this.send({ type: 'play.answer', index });
  }

  continue(): void {
    this.send({ type: 'play.continue' });
  }

  /** Dismisses the feedback or quiz result of the last step. */
  acknowledge(): void {
    this.send({ type: 'play.acknowledge' });
  }

  pause(): void {
    this.send({ type: 'pause.open' });
  }

  unpause(): void {
    this.send({ type: 'pause.resume' });
  }

  restart(): void {
    this.send({ type: 'play.restart' });
  }

  /** Takes back the last step (also from the pause menu, which it closes). */
  undo(): void {
    this.send({ type: 'play.undo' });
  }

  playAgain(): void {
    this.send({ type: 'ending.playAgain' });
  }

  nextScenario(): void {
    this.send({ type: 'ending.next' });
  }

  /** The student confirms the name their result codes carry, for this sitting. */
  confirmName(name: string): void {
    this.send({ type: 'assignment.name', name });
  }

  changeName(): void {
    this.send({ type: 'assignment.changeName' });
  }

  /** Leaves the assignment for the game's menu (free play). */
  leaveAssignment(): void {
    this.send({ type: 'assignment.leave' });
  }
}
