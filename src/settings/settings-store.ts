/**
 * Holds the player's settings, remembers them in localStorage, and tells
 * subscribers when they change. Storage is optional and untrusted: a missing,
 * full, blocked or corrupt storage never stops the game, it only means the
 * settings are not remembered.
 */
import { defaultSettings, mergeValidFields, type Settings } from './settings';

const SETTINGS_KEY_PREFIX = 'crisis-table.settings.v';
const SETTINGS_VERSION = 1;
/** The key the current version reads and writes. */
export const SETTINGS_KEY = `${SETTINGS_KEY_PREFIX}${SETTINGS_VERSION}`;

export class SettingsStore {
  private settings: Settings;
  private readonly listeners = new Set<(s: Settings) => void>();

  private constructor(
    initial: Settings,
    private readonly storage: Storage | null,
  ) {
    this.settings = initial;
  }

  /**
   * Reads the stored settings. `storage` defaults to `localStorage` (pass
   * `null` for settings that are not remembered); the reduced-motion default
   * follows `prefers-reduced-motion` unless told otherwise. Never throws.
   */
  static load(storage?: Storage | null, systemPrefersReducedMotion?: boolean): SettingsStore {
    const store = storage === undefined ? browserLocalStorage() : storage;
    const defaults = defaultSettings(systemPrefersReducedMotion ?? systemReducedMotion());
    const { settings, fromOlderVersion } = readStored(store, defaults);
    const loaded = new SettingsStore(settings, store);
    // An older version's record is carried over once, then lives under the current key.
    if (fromOlderVersion) loaded.save();
    return loaded;
  }

  get(): Readonly<Settings> {
    return this.settings;
  }

  /** Applies the valid fields of `patch` (others are ignored), saves, and notifies. */
  update(patch: Partial<Settings>): void {
    const next = mergeValidFields(this.settings, patch);
    if (sameSettings(next, this.settings)) return;
    this.settings = next;
    this.save();
    for (const listener of [...this.listeners]) listener(next);
  }

  /** Calls `fn` after every change (not immediately); returns the unsubscribe function. */
  subscribe(fn: (s: Settings) => void): () => void {
    this.listeners.add(fn);
    return () => {
      this.listeners.delete(fn);
    };
  }

  private save(): void {
    if (!this.storage) return;
    try {
      this.storage.setItem(SETTINGS_KEY, JSON.stringify(this.settings));
    } catch {
      // Quota exceeded or storage blocked: the settings still apply for this visit.
    }
  }
}

function readStored(storage: Storage | null, defaults: Settings): { settings: Settings; fromOlderVersion: boolean } {
  if (!storage) return { settings: defaults, fromOlderVersion: false };
  try {
    const current = storage.getItem(SETTINGS_KEY);
    if (current !== null) return { settings: mergeValidFields(defaults, parseJson(current)), fromOlderVersion: false };
    const olderKey = newestOlderKey(storage);
    if (olderKey === null) return { settings: defaults, fromOlderVersion: false };
    const older = storage.getItem(olderKey);
    return { settings: mergeValidFields(defaults, parseJson(older ?? '')), fromOlderVersion: true };
  } catch {
    return { settings: defaults, fromOlderVersion: false };
  }
}

/** The stored key of the newest version older than the current one, if any. */
function newestOlderKey(storage: Storage): string | null {
  let best: { key: string; version: number } | null = null;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(SETTINGS_KEY_PREFIX)) continue;
    const suffix = key.slice(SETTINGS_KEY_PREFIX.length);
    if (!/^\d+$/.test(suffix)) continue;
    const version = Number(suffix);
    if (version < SETTINGS_VERSION && (best === null || version > best.version)) best = { key, version };
  }
  return best?.key ?? null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function sameSettings(a: Settings, b: Settings): boolean {
  return (Object.keys(a) as (keyof Settings)[]).every((key) => a[key] === b[key]);
}

function browserLocalStorage(): Storage | null {
  try {
    // Reading `localStorage` itself throws when storage is blocked (e.g. some privacy modes).
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function systemReducedMotion(): boolean {
  try {
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}
