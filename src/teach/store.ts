/**
 * What the teacher's page keeps on this device, in IndexedDB (through idb): result codes with what
 * their verification found, scenario files the teacher added, assignments made here, and the
 * roster. Nothing leaves the browser. A browser that refuses storage (a private window in some
 * browsers) still gets a working page for this visit: writes go to memory and the page says so.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

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
}

interface TeachDb<R> extends DBSchema {
  codes: { key: string; value: StoredCode<R> };
  scenarios: { key: string; value: StoredScenario };
  assignments: { key: string; value: StoredAssignment };
  notes: { key: string; value: string };
}

const DB_NAME = 'crisis-table-teach';
const DB_VERSION = 1;

export interface TeachStore<R> {
  /** False when the browser refused IndexedDB: what is added lasts only until the tab closes. */
  readonly persistent: boolean;
  codes(): Promise<StoredCode<R>[]>;
  /** Adds the codes not already kept; returns how many were new. */
  addCodes(entries: StoredCode<R>[]): Promise<number>;
  hasCode(code: string): Promise<boolean>;
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
    codes: () => db.getAll('codes'),
    async addCodes(entries) {
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
    hasCode: async (code) => (await db.getKey('codes', code)) !== undefined,
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
    hasCode: (code) => Promise.resolve(codes.has(code)),
    clearCodes: () => Promise.resolve(codes.clear()),
    scenarios: () => Promise.resolve([...scenarios.values()]),
    addScenario: (entry) => Promise.resolve(void scenarios.set(entry.hash, entry)),
    assignments: () => Promise.resolve([...assignments.values()]),
    addAssignment: (entry) => Promise.resolve(void assignments.set(entry.id, entry)),
    note: (key) => Promise.resolve(notes.get(key)),
    setNote: (key, value) => Promise.resolve(void notes.set(key, value)),
  };
}
