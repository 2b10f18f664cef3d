/**
 * Reading a save. A save says which scenario text it belongs to and holds the play as the steps that
 * replay it; nothing in it is taken on trust, since restoring is replaying. Version 1 saves held
 * XState's persisted snapshot; only its list of steps is read, and the rest of it is ignored.
 */
import type { SaveData, Step } from './types';

const SAVE_FORMAT = 'crisis-table/save';
const SAVE_VERSION = 2;

/** What a save claims, once its shape is checked; the steps are checked by replaying them. */
interface SaveClaim {
  scenario: SaveData['scenario'];
  steps: readonly unknown[];
  undos: number;
}

export type ReadSave = { ok: true; save: SaveClaim } | { ok: false; message: string };

export function readSave(value: unknown): ReadSave {
  const refuse = (message: string): ReadSave => ({ ok: false, message });
  if (!isRecord(value) || value.format !== SAVE_FORMAT) return refuse('The save is not a Crisis Table save.');
  const scenario = value.scenario;
  if (!isRecord(scenario) || typeof scenario.id !== 'string' || typeof scenario.version !== 'string' || typeof scenario.hash !== 'string')
    return refuse('The save does not say which scenario it is for.');
  const claimed = { id: scenario.id, version: scenario.version, hash: scenario.hash };
  if (value.saveVersion === 1) {
    // Version 1: XState's snapshot; its steps are the play, its state and story were a copy of them.
    const snapshot = value.snapshot;
    const steps = isRecord(snapshot) && isRecord(snapshot.context) ? snapshot.context.steps : undefined;
    if (!Array.isArray(steps)) return refuse('The save has no list of steps.');
    return { ok: true, save: { scenario: claimed, steps, undos: 0 } };
  }
  if (value.saveVersion !== SAVE_VERSION) return refuse(`The save is of a version (${String(value.saveVersion)}) this game does not read.`);
  if (!Array.isArray(value.steps)) return refuse('The save has no list of steps.');
  const undos = value.undos;
  if (typeof undos !== 'number' || !Number.isSafeInteger(undos) || undos < 0) return refuse('The save has no count of undos.');
  return { ok: true, save: { scenario: claimed, steps: value.steps, undos } };
}

export function writeSave(scenario: SaveData['scenario'], steps: readonly Step[], undos: number): SaveData {
  return { format: SAVE_FORMAT, saveVersion: SAVE_VERSION, scenario: { ...scenario }, steps: steps.map((s) => ({ ...s })), undos };
}

export function isStep(value: unknown): value is Step {
  if (!isRecord(value) || typeof value.node !== 'string') return false;
  if (value.kind === 'choose') return typeof value.choice === 'string';
  if (value.kind === 'answer') return typeof value.option === 'number';
  return value.kind === 'continue';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
