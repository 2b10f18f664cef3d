/**
 * Starts the Phaser side: one game in RESIZE mode (laid out for the real screen size, never a
 * scaled-down fixed canvas), the five scenes (the page draws the menu itself), the director that follows the controller, and the idle
 * loop that sleeps while the player reads.
 */
import Phaser from 'phaser';
import type { AppController } from '../app/controller';
import type { CanvasRegistry } from '../app/inspector';
import type { ScrollStep } from '../dom/canvas-link';
import type { SettingsStore } from '../settings/settings-store';
import type { CornerBox, GameContext } from './context';
import { Director } from './director';
import { fontsAlreadyLoaded, loadFonts } from './fonts';
import { IdleLoop } from './idle-loop';
import { PressGate } from './press-gate';
import { BriefingScene } from './scenes/briefing-scene';
import { EndingScene } from './scenes/ending-scene';
import { LoadingScene } from './scenes/loading-scene';
import { PauseScene } from './scenes/pause-scene';
import { PlayScene } from './scenes/play-scene';

export interface GameOptions {
  /** The element the canvas fills. */
  parent: HTMLElement;
  controller: AppController;
  settings: SettingsStore;
  registry: CanvasRegistry;
  pickScenarioFile: () => void;
  /** Starts a scenario afresh once the player has agreed to lose its save. */
  startAfresh: (scenarioId: string, title: string) => void;
}

export interface RunningGame {
  game: Phaser.Game;
  /** Everything on the canvas is drawn and still. */
  settled(): boolean;
  /** Scrolls the page on screen (keyboard scrolling); false when it did not move. */
  scroll(step: ScrollStep): boolean;
  /** Closes a tip the screen shows; false when none was open. */
  dismiss(): boolean;
  destroy(): void;
}

/**
 * The page lays its sound and settings buttons (#controls) over the canvas's top right corner; this
 * is the box they cover. The one place the canvas knows about the page around it.
 */
function controlsCorner(parent: HTMLElement): CornerBox {
  const controls = parent.ownerDocument.getElementById('controls');
  if (!controls) return { width: 0, height: 0 };
  const canvas = parent.getBoundingClientRect();
  let left = canvas.right;
  let bottom = canvas.top;
  // Only buttons that really sit in the top right corner of the canvas count.
  for (const button of controls.querySelectorAll('button')) {
    const box = button.getBoundingClientRect();
    if (box.width === 0 || box.top > canvas.top + 80 || box.left < canvas.left + canvas.width / 2) continue;
    left = Math.min(left, box.left);
    bottom = Math.max(bottom, box.bottom);
  }
  return { width: Math.min(canvas.width * 0.4, canvas.right - left), height: Math.max(0, bottom - canvas.top) };
}

/** Creates the game; resolves once Phaser has booted (rejects if no renderer could start). */
export function createGame({ parent, controller, settings, registry, pickScenarioFile, startAfresh }: GameOptions): Promise<RunningGame> {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let fontsReady = fontsAlreadyLoaded();
  let idle: IdleLoop | undefined;
  const ctx: GameContext = {
    controller,
    settings,
    registry,
    systemReducedMotion: () => reducedMotion.matches,
    fontsReady: () => fontsReady,
    controlsCorner: () => controlsCorner(parent),
    pickScenarioFile,
    wake: () => idle?.wake(),
    pressGate: new PressGate(),
    startAfresh,
    keyIsOutside: (event) => event.target instanceof Element && event.target.closest('#controls, dialog') !== null,
  };
  // Asked for before Phaser boots, so the download runs beside the boot.
  const fontsLoaded = fontsReady ? undefined : loadFonts();
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    backgroundColor: '#0e1a2b',
    banner: false,
    disableContextMenu: true,
    audio: { noAudio: true },
    // Tweens follow real time even when frames are slow (a busy Chromebook, software rendering).
    fps: { smoothStep: false },
    // No window listeners: Phaser would otherwise take a click on a page control or dialog over the
    // canvas (Settings' Done, the sound button, a notice) for a click on whatever is drawn under it.
    input: { keyboard: false, gamepad: false, windowEvents: false },
    // One texture per draw batch: every distinct texture count is a shader program of its own, and
    // compiling a dozen of them (one per count of text textures in a batch) stalled the first screen
    // for most of a second on software WebGL; a screen of text needs few draw calls either way.
    // No multisampling: the screen is text (textures, unaffected) and rounded panels, whose edges look
    // the same without it, while it cost about 40 % of every frame's fill on software WebGL.
    render: { maxTextures: 1, antialiasGL: false },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  });
  return new Promise((resolve, reject) => {
    game.events.once('ready', () => {
      // Added here rather than in the config, where Phaser would start the first by itself: the
      // director alone decides which scene runs, from the very first view.
      for (const scene of [new LoadingScene(ctx), new BriefingScene(ctx), new PlayScene(ctx), new EndingScene(ctx), new PauseScene(ctx)]) {
        game.scene.add(scene.key, scene, false);
      }
      const director = new Director(game, ctx);
      idle = new IdleLoop(game, () => director.still());
      const detachDirector = director.attach();
      // A change of the system's reduced-motion preference applies at once, like a settings change.
      const onMotionChange = (): void => director.rebuildAll();
      reducedMotion.addEventListener('change', onMotionChange);
      const detach = (): void => {
        detachDirector();
        reducedMotion.removeEventListener('change', onMotionChange);
      };
      void fontsLoaded?.then(() => {
        fontsReady = true;
        director.rebuildAll();
      });
      resolve({
        game,
        settled: () => director.settled(),
        scroll: (step) => director.top()?.scrollStep(step) ?? false,
        dismiss: () => director.top()?.dismiss() ?? false,
        destroy: () => {
          detach();
          game.destroy(true);
        },
      });
    });
    setTimeout(() => {
      if (!game.isBooted) reject(new Error('The game canvas could not start (WebGL unavailable?).'));
    }, 5000);
  });
}
