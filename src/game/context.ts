/**
 * What every scene is handed: the controller it renders and calls, the settings it follows, the
 * registry it publishes its buttons and texts to, and the loop waker of the idle loop.
 */
import type { AppController } from '../app/controller';
import type { CanvasRegistry } from '../app/inspector';
import type { SettingsStore } from '../settings/settings-store';
import type { PressGate } from './press-gate';

/** A box in the canvas's top right corner: how far it reaches in from the right edge and down from the top. */
export interface CornerBox {
  width: number;
  height: number;
}

export interface GameContext {
  controller: AppController;
  settings: SettingsStore;
  registry: CanvasRegistry;
  /** `prefers-reduced-motion: reduce` right now. */
  systemReducedMotion(): boolean;
  /** The game font has loaded; no text is drawn before (it would be measured in a fallback font). */
  fontsReady(): boolean;
  /** The box the page's own controls (sound, settings) cover at the top right of the canvas; headers and panels keep clear of it. */
  controlsCorner(): CornerBox;
  /** Shows the page's file picker for a scenario file from the device. */
  pickScenarioFile: () => void;
  /** Restarts Phaser's loop after it was put to sleep while idle. */
  wake(): void;
  /** Starts a scenario afresh once the player has agreed to lose its save (main.ts asks). */
  startAfresh: (scenarioId: string, title: string) => void;
  /** Judges which pointer presses may act (one for the whole game, shared by its scenes). */
  pressGate: PressGate;
  /** The key was pressed in a page control or dialog beside the canvas (Settings, sound): it is theirs, not the canvas's. */
  keyIsOutside(event: KeyboardEvent): boolean;
}

/** Scene keys, which are also the names the inspector reports. */
export type SceneKey = 'loading' | 'briefing' | 'play' | 'ending' | 'pause';
