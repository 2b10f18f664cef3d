/**
 * The game's sound: ambience loops per scenario setting and short cues from
 * one sprite, played with Howler and driven by the player's settings.
 *
 * Sound must never get in the way: Howler and the files are loaded only after
 * the first gesture, and any failure (no audio device, autoplay blocked,
 * missing file, undecodable file) just means silence — nothing is thrown and
 * nothing is logged.
 */
import type { Howl as HowlType, HowlerGlobal } from 'howler';
import type { SettingsStore } from '../settings/settings-store';
import type { Settings } from '../settings/settings';
import { AMBIENCE_FILES, EFFECTS_SPRITE } from './audio-manifest';
import { onFirstGesture } from './first-gesture';
import { playableFormat, type AudioFormat } from './playable-format';
import type { Ambience, Cue } from './sound-names';

export interface SoundBoard {
  play(cue: Cue): void;
  setAmbience(a: Ambience | null): void;
  dispose(): void;
}

export interface SoundBoardOptions {
  /** URL of the folder holding the audio files, relative to the page; default `'audio/'`, where Vite serves `assets/audio/` (publicDir). */
  baseUrl?: string;
}

const DEFAULT_BASE_URL = 'audio/';
/** Ambience switches cross-fade over this long instead of cutting. */
const MUSIC_FADE_MS = 1200;

interface HowlerModule {
  Howl: typeof HowlType;
  Howler: HowlerGlobal;
}

interface Track {
  ambience: Ambience;
  howl: HowlType;
  id: number;
}

export function createSoundBoard(settings: SettingsStore, options: SoundBoardOptions = {}): SoundBoard {
  const baseUrl = withTrailingSlash(options.baseUrl ?? DEFAULT_BASE_URL);

  let howler: HowlerModule | null = null;
  let format: AudioFormat | null = null;
  let disposed = false;
  let hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  let wantedAmbience: Ambience | null = null;
  let effects: HowlType | null = null;
  let current: Track | null = null;
  const loops = new Map<Ambience, HowlType>();

  const silently = (action: () => void) => {
    try {
      action();
    } catch {
      // A broken audio stack must not break the game.
    }
  };

  const newHowl = (file: string, extra: { loop?: boolean; volume: number; sprite?: Record<string, [number, number]> }) => {
    if (!howler || !format) return null;
    const howl: HowlType = new howler.Howl({
      src: [`${baseUrl}${file}.${format}`],
      format: [format],
      preload: true,
      ...extra,
      // Swallowed on purpose: a sound that cannot load or play is simply not heard.
      onloaderror: () => {},
      onplayerror: (id) => {
        howl.once('unlock', () => silently(() => howl.play(id)), id);
      },
    });
    return howl;
  };

  const loopFor = (ambience: Ambience): HowlType | null => {
    const existing = loops.get(ambience);
    if (existing) return existing;
    const howl = newHowl(AMBIENCE_FILES[ambience], { loop: true, volume: 0 });
    if (howl) loops.set(ambience, howl);
    return howl;
  };

  /** Fades the playing loop out (then stops it) and the wanted one in. */
  const applyAmbience = () => {
    if (!howler || hidden || current?.ambience === wantedAmbience) return;
    const music = settings.get().musicVolume;
    if (current) {
      const { howl, id } = current;
      howl.once('fade', () => silently(() => howl.stop(id)), id);
      howl.fade(Number(howl.volume(id)), 0, MUSIC_FADE_MS, id);
      current = null;
    }
    if (wantedAmbience === null) return;
    const howl = loopFor(wantedAmbience);
    if (!howl) return;
    const id = howl.play();
    howl.volume(0, id);
    howl.fade(0, music, MUSIC_FADE_MS, id);
    current = { ambience: wantedAmbience, howl, id };
  };

  const applySettings = (s: Readonly<Settings>) => {
    if (!howler) return;
    howler.Howler.mute(s.muted);
    effects?.volume(s.effectsVolume);
    if (current) current.howl.volume(s.musicVolume, current.id);
  };

  const onVisibilityChange = () =>
    silently(() => {
      hidden = document.visibilityState === 'hidden';
      if (!howler) return;
      if (hidden) {
        // Stop everything but the current loop, which resumes where it was.
        effects?.stop();
        for (const howl of loops.values()) if (howl !== current?.howl) howl.stop();
        if (current) current.howl.pause(current.id);
      } else {
        if (current) current.howl.play(current.id);
        // The scenario may have changed its setting while the tab was hidden.
        applyAmbience();
      }
    });

  const start = async () => {
    try {
      format = playableFormat((mime) => document.createElement('audio').canPlayType(mime));
      if (!format) return;
      const module = (await import('howler')) as HowlerModule & { default?: HowlerModule };
      if (disposed) return;
      howler = module.Howl ? module : (module.default ?? null);
      if (!howler) return;
      effects = newHowl(EFFECTS_SPRITE.file, { volume: settings.get().effectsVolume, sprite: EFFECTS_SPRITE.map });
      applySettings(settings.get());
      applyAmbience();
    } catch {
      howler = null; // Howler itself failed to load: the game goes on without sound.
    }
  };

  const stopGestureWatch = typeof window === 'undefined' ? () => {} : onFirstGesture(window, () => void start());
  const unsubscribe = settings.subscribe((s) => silently(() => applySettings(s)));
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibilityChange);

  return {
    play(cue) {
      // Before the first gesture there is no sound yet; a late cue would be wrong, so it is dropped.
      if (disposed || hidden || !effects || settings.get().muted) return;
      silently(() => effects?.play(cue));
    },
    setAmbience(ambience) {
      wantedAmbience = ambience;
      if (!disposed) silently(applyAmbience);
    },
    dispose() {
      disposed = true;
      stopGestureWatch();
      unsubscribe();
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibilityChange);
      silently(() => {
        effects?.unload();
        for (const howl of loops.values()) howl.unload();
      });
      effects = null;
      current = null;
      loops.clear();
    },
  };
}

function withTrailingSlash(url: string): string {
  return url === '' || url.endsWith('/') ? url : `${url}/`;
}
