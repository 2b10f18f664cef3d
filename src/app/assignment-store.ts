/**
 * What the device keeps of one assignment, in Web Storage under its id: every result code made
 * (so a closed tab loses none), and the start time and step times of a play under way (so a play
 * continued after a reload keeps its times). The student's last typed name is kept beside, only to
 * offer it again. Storage may be missing, full, blocked or hold garbage: a record that cannot be read
 * is set aside untouched under a key of its own (nothing is lost) and the student is told; a write
 * that fails is said too, so the code is copied before the tab is closed.
 */
import { isObject, parseStored } from './stored-json';

export const ASSIGNMENT_KEY_PREFIX = 'crisis-table:assignment:';
/** Where an unreadable record is moved, so the list can start afresh without destroying it. */
export const UNREADABLE_SUFFIX = ':unreadable';
export const LAST_STUDENT_KEY = 'crisis-table:last-student';
const RECORD_VERSION = 1;

export const UNREADABLE_RESULTS_NOTICE =
  'Your kept results for this assignment could not be read on this device. They were set aside untouched, and a new list starts here; if you copied or downloaded your codes, those still count.';
export const UNKEPT_RESULT_NOTICE =
  'This browser would not keep the code (its storage is full or blocked): copy or download it now, before closing the page.';

/** A result code as the device keeps it, with what the student needs to recognise it in "My results". */
export interface KeptCode {
  /** The scenario's id in the assignment. */
  scenario: string;
  title: string;
  attempt: number;
  /** ISO time the play ended. */
  finished: string;
  endingTitle: string;
  score: number;
  code: string;
}

/** A play under way: when it started (ms since the epoch) and when each of its steps was taken (ms from the start). */
export interface RunningPlay {
  started: number;
  times: number[];
}

interface AssignmentRecord {
  version: typeof RECORD_VERSION;
  codes: KeptCode[];
  running: Record<string, RunningPlay>;
}

export class AssignmentStore {
  /** What went wrong with what the device kept, to tell the student; null when all is well. */
  problem: string | null = null;
  private record: AssignmentRecord;
  private readonly key: string;

  constructor(
    private readonly storage: Storage | null,
    assignmentId: string,
  ) {
    this.key = ASSIGNMENT_KEY_PREFIX + assignmentId;
    const raw = read(storage, this.key);
    const parsed = raw === null ? emptyRecord() : parseRecord(raw);
    if (parsed === null && raw !== null) {
      this.problem = UNREADABLE_RESULTS_NOTICE;
      // Never overwrite an earlier set-aside record: the first unreadable one is the one worth keeping.
      if (read(storage, this.key + UNREADABLE_SUFFIX) === null) write(storage, this.key + UNREADABLE_SUFFIX, raw);
    }
    this.record = parsed ?? emptyRecord();
  }

  /** Every code kept for this assignment, oldest first. */
  codes(): readonly KeptCode[] {
    return this.record.codes;
  }

  /** The highest attempt number that ended with a code for this scenario (0: none yet). */
  attemptsUsed(scenario: string): number {
    return this.record.codes.reduce((most, kept) => (kept.scenario === scenario ? Math.max(most, kept.attempt) : most), 0);
  }

  running(scenario: string): RunningPlay | null {
    return Object.hasOwn(this.record.running, scenario) ? this.record.running[scenario]! : null;
  }

  keepRunning(scenario: string, play: RunningPlay): void {
    this.record = { ...this.record, running: { ...this.record.running, [scenario]: { started: play.started, times: [...play.times] } } };
    this.save();
  }

  /** Keeps a finished play's code (and forgets its running times); false when the browser would not store it. */
  addCode(kept: KeptCode): boolean {
    const { [kept.scenario]: _done, ...running } = this.record.running;
    this.record = { ...this.record, codes: [...this.record.codes, kept], running };
    const saved = this.save();
    if (!saved) this.problem = UNKEPT_RESULT_NOTICE;
    return saved;
  }

  static lastStudent(storage: Storage | null): string {
    return read(storage, LAST_STUDENT_KEY) ?? '';
  }

  static rememberStudent(storage: Storage | null, name: string): void {
    write(storage, LAST_STUDENT_KEY, name);
  }

  private save(): boolean {
    return write(this.storage, this.key, JSON.stringify(this.record));
  }
}

function read(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | null, key: string, value: string): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function emptyRecord(): AssignmentRecord {
  return { version: RECORD_VERSION, codes: [], running: {} };
}

/** The record, or null when any part of it is not what this module wrote (it is then set aside whole). */
function parseRecord(raw: string): AssignmentRecord | null {
  const value = parseStored(raw);
  if (!isObject(value) || value.version !== RECORD_VERSION || !Array.isArray(value.codes) || !isObject(value.running)) return null;
  if (!value.codes.every(isKeptCode)) return null;
  const running = Object.values(value.running);
  if (!running.every(isRunningPlay)) return null;
  return { version: RECORD_VERSION, codes: value.codes, running: value.running as Record<string, RunningPlay> };
}

function isKeptCode(value: unknown): value is KeptCode {
  return (
    isObject(value) &&
    ['scenario', 'title', 'finished', 'endingTitle', 'code'].every((key) => typeof value[key] === 'string') &&
    Number.isInteger(value.attempt) &&
    typeof value.score === 'number'
  );
}

function isRunningPlay(value: unknown): value is RunningPlay {
  return (
    isObject(value) &&
    Number.isFinite(value.started) &&
    Array.isArray(value.times) &&
    value.times.every((t) => typeof t === 'number' && Number.isFinite(t))
  );
}
