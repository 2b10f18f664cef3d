/**
 * Saved games and per-scenario progress in Web Storage. Storage may be missing, full, blocked or
 * hold garbage written by anyone: every method here degrades to "nothing saved" and never throws.
 */
import type { SaveData } from '../core/engine/types';
import { isObject, parseStored } from './stored-json';

export const SAVE_KEY_PREFIX = 'crisis-table:save:';
export const PROGRESS_KEY = 'crisis-table:progress';
const PROGRESS_VERSION = 1;

export interface ScenarioProgress {
  finished: boolean;
  bestScore: number | null;
}

/** What was found under a scenario's save key. The engine judges whether `data` is a usable save. */
export type StoredSave = { kind: 'none' } | { kind: 'found'; data: unknown } | { kind: 'unreadable' };

interface ProgressRecord {
  version: typeof PROGRESS_VERSION;
  scenarios: Record<string, ScenarioProgress>;
}

const NO_PROGRESS: ScenarioProgress = { finished: false, bestScore: null };

export class SaveStore {
  /** True when the stored progress existed but could not be read (it is then started afresh). */
  readonly progressWasUnreadable: boolean;
  private progressRecord: ProgressRecord;

  constructor(private readonly storage: Storage | null) {
    const raw = this.read(PROGRESS_KEY);
    const parsed = raw === null ? emptyProgress() : parseProgress(raw);
    this.progressWasUnreadable = parsed === null;
    this.progressRecord = parsed ?? emptyProgress();
  }

  readSave(scenarioId: string): StoredSave {
    const raw = this.read(SAVE_KEY_PREFIX + scenarioId);
    if (raw === null) return { kind: 'none' };
    try {
      return { kind: 'found', data: JSON.parse(raw) as unknown };
    } catch {
      return { kind: 'unreadable' };
    }
  }

  hasSave(scenarioId: string): boolean {
    return this.read(SAVE_KEY_PREFIX + scenarioId) !== null;
  }

  writeSave(scenarioId: string, data: SaveData): void {
    this.write(SAVE_KEY_PREFIX + scenarioId, JSON.stringify(data));
  }

  clearSave(scenarioId: string): void {
    try {
      this.storage?.removeItem(SAVE_KEY_PREFIX + scenarioId);
    } catch {
      // A blocked storage has nothing to remove.
    }
  }

  progress(scenarioId: string): ScenarioProgress {
    return Object.hasOwn(this.progressRecord.scenarios, scenarioId)
      ? { ...this.progressRecord.scenarios[scenarioId]! }
      : { ...NO_PROGRESS };
  }

  recordFinish(scenarioId: string, score: number): void {
    const before = this.progress(scenarioId);
    const bestScore = before.bestScore === null ? score : Math.max(before.bestScore, score);
    this.progressRecord = {
      ...this.progressRecord,
      scenarios: { ...this.progressRecord.scenarios, [scenarioId]: { finished: true, bestScore } },
    };
    this.write(PROGRESS_KEY, JSON.stringify(this.progressRecord));
  }

  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): void {
    try {
      this.storage?.setItem(key, value);
    } catch {
      // Full or blocked storage: the game plays on, it just will not be remembered.
    }
  }
}

function emptyProgress(): ProgressRecord {
  return { version: PROGRESS_VERSION, scenarios: {} };
}

/** Keeps every well-formed entry of a stored record; returns null when the record itself is unreadable. */
function parseProgress(raw: string): ProgressRecord | null {
  const value = parseStored(raw);
  if (!isObject(value) || value.version !== PROGRESS_VERSION || !isObject(value.scenarios)) return null;
  const scenarios: Record<string, ScenarioProgress> = {};
  for (const [id, entry] of Object.entries(value.scenarios)) {
    if (!isObject(entry) || typeof entry.finished !== 'boolean') continue;
    const best = entry.bestScore;
    if (best !== null && !(typeof best === 'number' && Number.isFinite(best))) continue;
    scenarios[id] = { finished: entry.finished, bestScore: best };
  }
  return { version: PROGRESS_VERSION, scenarios };
}
