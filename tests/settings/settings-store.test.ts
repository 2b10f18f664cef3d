import { describe, expect, it } from 'vitest';
import { CHARS_PER_SECOND, TEXT_SCALE, defaultSettings, typewriterCharsPerSecond, type Settings } from '../../src/settings/settings';
import { SETTINGS_KEY, SettingsStore } from '../../src/settings/settings-store';
import { MemoryStorage } from './memory-storage';

function stored(storage: Storage): unknown {
  const text = storage.getItem(SETTINGS_KEY);
  return text === null ? null : JSON.parse(text);
}

describe('SettingsStore', () => {
  it('starts from the defaults when nothing is stored, with reduced motion following the system', () => {
    expect(SettingsStore.load(new MemoryStorage(), false).get()).toEqual(defaultSettings(false));
    const reduced = SettingsStore.load(new MemoryStorage(), true).get();
    expect(reduced.reducedMotion).toBe(true);
    expect(reduced.textSpeed).toBe('normal');
  });

  it('saves every update under the versioned key and loads it back', () => {
    const storage = new MemoryStorage();
    const first = SettingsStore.load(storage, false);
    first.update({ textSpeed: 'instant', textSize: 'larger', muted: true, musicVolume: 0.25, numberKeys: false });
    expect(SETTINGS_KEY).toMatch(/v\d+$/);
    expect(stored(storage)).toMatchObject({ textSpeed: 'instant', textSize: 'larger', muted: true, musicVolume: 0.25 });

    const second = SettingsStore.load(storage, false);
    expect(second.get()).toEqual({
      ...defaultSettings(false),
      textSpeed: 'instant',
      textSize: 'larger',
      muted: true,
      musicVolume: 0.25,
      numberKeys: false,
    });
  });

  it('keeps a stored reduced-motion choice even when the system preference differs', () => {
    const storage = new MemoryStorage();
    SettingsStore.load(storage, true).update({ reducedMotion: false });
    expect(SettingsStore.load(storage, true).get().reducedMotion).toBe(false);
  });

  it.each([
    ['not JSON', '{"textSpeed": "fast",'],
    ['JSON null', 'null'],
    ['an array', '["fast"]'],
    ['a number', '42'],
    ['an empty string', ''],
  ])('falls back to the defaults when the stored value is %s', (_label, text) => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, text);
    expect(SettingsStore.load(storage, false).get()).toEqual(defaultSettings(false));
  });

  it('repairs a partially wrong record field by field', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      SETTINGS_KEY,
      JSON.stringify({
        textSpeed: 'ludicrous',
        textSize: 'large',
        highContrast: 'yes',
        reducedMotion: true,
        muted: true,
        musicVolume: 7,
        effectsVolume: 0.1,
        numberKeys: null,
        unknownField: 'ignored',
      }),
    );
    expect(SettingsStore.load(storage, false).get()).toEqual({
      ...defaultSettings(false),
      textSize: 'large',
      reducedMotion: true,
      muted: true,
      effectsVolume: 0.1,
    });
  });

  it('carries the valid fields of an older version over to the current key', () => {
    const storage = new MemoryStorage();
    // A hypothetical v0 with a text speed that no longer exists and a volume scale of 0..100.
    storage.setItem('crisis-table.settings.v0', JSON.stringify({ textSpeed: 'medium', textSize: 'larger', musicVolume: 80, muted: true }));
    const loaded = SettingsStore.load(storage, false).get();
    expect(loaded).toEqual({ ...defaultSettings(false), textSize: 'larger', muted: true });
    expect(stored(storage)).toEqual(loaded);
  });

  it('prefers the current version over an older one', () => {
    const storage = new MemoryStorage();
    storage.setItem('crisis-table.settings.v0', JSON.stringify({ textSize: 'larger' }));
    storage.setItem(SETTINGS_KEY, JSON.stringify({ textSize: 'large' }));
    expect(SettingsStore.load(storage, false).get().textSize).toBe('large');
  });

  it('ignores records of a newer version and unrelated keys', () => {
    const storage = new MemoryStorage();
    storage.setItem('crisis-table.settings.v99', JSON.stringify({ textSize: 'larger' }));
    storage.setItem('crisis-table.settings.vx', JSON.stringify({ textSize: 'larger' }));
    storage.setItem('other-game.settings.v0', JSON.stringify({ textSize: 'larger' }));
    expect(SettingsStore.load(storage, false).get().textSize).toBe('normal');
  });

  it('keeps working in memory when storage refuses writes or is absent', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const store = SettingsStore.load(storage, false);
    expect(() => store.update({ muted: true })).not.toThrow();
    expect(store.get().muted).toBe(true);
    expect(storage.getItem(SETTINGS_KEY)).toBeNull();

    const unstored = SettingsStore.load(null, false);
    unstored.update({ textSize: 'large' });
    expect(unstored.get().textSize).toBe('large');
  });

  it('does not throw when reading storage throws', () => {
    const hostile = new MemoryStorage();
    hostile.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(SettingsStore.load(hostile, true).get()).toEqual(defaultSettings(true));
  });

  it('ignores invalid values in an update and notifies subscribers only of real changes', () => {
    const store = SettingsStore.load(new MemoryStorage(), false);
    const seen: Settings[] = [];
    const unsubscribe = store.subscribe((s) => seen.push(s));

    store.update({ musicVolume: 1.5, textSpeed: 'warp' as Settings['textSpeed'] });
    expect(seen).toHaveLength(0);
    store.update({ effectsVolume: 0 });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.effectsVolume).toBe(0);
    store.update({ effectsVolume: 0 });
    expect(seen).toHaveLength(1);

    unsubscribe();
    store.update({ muted: true });
    expect(seen).toHaveLength(1);
    expect(store.get().muted).toBe(true);
  });

  it('derives text scale and speed from the settings', () => {
    expect(Object.values(TEXT_SCALE)).toEqual([1, 1.25, 1.5]);
    expect(CHARS_PER_SECOND.instant).toBe(Number.POSITIVE_INFINITY);
    expect(CHARS_PER_SECOND.slow).toBeLessThan(CHARS_PER_SECOND.normal);
    expect(CHARS_PER_SECOND.normal).toBeLessThan(CHARS_PER_SECOND.fast);
  });
});

describe('typewriterCharsPerSecond', () => {
  it('follows the text speed unless reduced motion asks for whole lines', () => {
    expect(typewriterCharsPerSecond({ textSpeed: 'slow', reducedMotion: false })).toBe(CHARS_PER_SECOND.slow);
    expect(typewriterCharsPerSecond({ textSpeed: 'slow', reducedMotion: true })).toBe(Number.POSITIVE_INFINITY);
    expect(typewriterCharsPerSecond({ textSpeed: 'instant', reducedMotion: false })).toBe(Number.POSITIVE_INFINITY);
  });
});
