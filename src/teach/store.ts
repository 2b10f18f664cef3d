/**
 * What the teacher's page keeps on this device, in IndexedDB (through idb): result codes with what
 * their verification found, scenario files the teacher added, assignments made here, and the
 * roster. Nothing leaves the browser. A browser that refuses storage (a private window in some
 * browsers) still gets a working page for this visit: writes go to memory and the page says so.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CodeSource } from '../core/results';

interface StoredScenario {
  /** The scenario's content hash: two files with the same content are one. */
  hash: string;
  file: string;
  text: string;
  addedAt: number;
}

export interface StoredAssignment {
  id: string;
  link: string;
  createdAt: number;
  /** The scenarios' content hashes, so the files the assignment needs stay with it. */
  scenarioHashes: string[];
}

interface StoredCode<R> {
  /** The code exactly as extracted: the same code pasted twice is stored once. */
  code: string;
  addedAt: number;
  report: R;
  /** Where it was found when first added (kept so a code that cannot be read can be pointed at). */
  source?: CodeSource;
}

interface TeachDb<R> extends DBSchema {
  codes: { key: string; value: StoredCode<R> };
  scenarios: { key: string; value: StoredScenario };
  assignments: { key: string; value: StoredAssignment };
  notes: { key: string; value: string };
}

const DB_NAME = 'crisis-table-teach';
const DB_VERSION = 1;
const READ_PAGE = 500;

export interface TeachStore<R> {
  /** False when the browser refused IndexedDB: what is added lasts only until the tab closes. */
  readonly persistent: boolean;
  codes(): Promise<StoredCode<R>[]>;
  /** Adds the codes not already kept; returns how many were new. */
  addCodes(entries: StoredCode<R>[]): Promise<number>;
  /** Keeps a new report for codes already kept (verified again once a scenario file was added). */
  updateReports(entries: { code: string; report: R }[]): Promise<void>;
  clearCodes(): Promise<void>;
  scenarios(): Promise<StoredScenario[]>;
  addScenario(entry: StoredScenario): Promise<void>;
  assignments(): Promise<StoredAssignment[]>;
  addAssignment(entry: StoredAssignment): Promise<void>;
  note(key: string): Promise<string | undefined>;
  setNote(key: string, value: string): Promise<void>;
}

export async function openTeachStore<R>(): Promise<TeachStore<R>> {
  try {
    const db = await openDB<TeachDb<R>>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('codes', { keyPath: 'code' });
        database.createObjectStore('scenarios', { keyPath: 'hash' });
        database.createObjectStore('assignments', { keyPath: 'id' });
        database.createObjectStore('notes');
      },
    });
    return indexedStore(db);
  } catch {
    return memoryStore<R>();
  }
}

function indexedStore<R>(db: IDBPDatabase<TeachDb<R>>): TeachStore<R> {
  return {
    persistent: true,
    async codes() {
      // Read a page at a time: 10,000 kept reports read in one request would be one long task to unpack.
      const all: StoredCode<R>[] = [];
      for (;;) {
        const after = all.at(-1)?.code;
        const page = await db.getAll('codes', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), READ_PAGE);
        all.push(...page);
        if (page.length < READ_PAGE) return all;
      }
    },
    async addCodes(entries) {
      // One request at a time: each put copies its report on the main thread, and 200 asked at once
      // are one long task (bench:results saw 17 of them over 50 ms while 10,000 codes came in).
      const tx = db.transaction('codes', 'readwrite');
      let added = 0;
      for (const entry of entries) {
        if ((await tx.store.getKey(entry.code)) !== undefined) continue;
        await tx.store.put(entry);
        added++;
      }
      await tx.done;
      return added;
    },
    async updateReports(entries) {
      const tx = db.transaction('codes', 'readwrite');
      for (const { code, report } of entries) {
        const kept = await tx.store.get(code);
        if (kept) await tx.store.put({ ...kept, report });
      }
      await tx.done;
    },
    clearCodes: () => db.clear('codes'),
    scenarios: () => db.getAll('scenarios'),
    addScenario: async (entry) => void (await db.put('scenarios', entry)),
    assignments: () => db.getAll('assignments'),
    addAssignment: async (entry) => void (await db.put('assignments', entry)),
    note: (key) => db.get('notes', key),
    setNote: async (key, value) => void (await db.put('notes', value, key)),
  };
}

function memoryStore<R>(): TeachStore<R> {
  const codes = new Map<string, StoredCode<R>>();
  const scenarios = new Map<string, StoredScenario>();
  const assignments = new Map<string, StoredAssignment>();
  const notes = new Map<string, string>();
  return {
    persistent: false,
    codes: () => Promise.resolve([...codes.values()]),
    addCodes(entries) {
      let added = 0;
      for (const entry of entries) {
        if (codes.has(entry.code)) continue;
        codes.set(entry.code, entry);
        added++;
      }
      return Promise.resolve(added);
    },
    updateReports(entries) {
      for (const { code, report } of entries) {
        const kept = codes.get(code);
        if (kept) codes.set(code, { ...kept, report });
      }
      return Promise.resolve();
    },
    clearCodes: () => Promise.resolve(codes.clear()),
    scenarios: () => Promise.resolve([...scenarios.values()]),
    addScenario: (entry) => Promise.resolve(void scenarios.set(entry.hash, entry)),
    assignments: () => Promise.resolve([...assignments.values()]),
    addAssignment: (entry) => Promise.resolve(void assignments.set(entry.id, entry)),
    note: (key) => Promise.resolve(notes.get(key)),
    setNote: (key, value) => Promise.resolve(void notes.set(key, value)),
  };
}
