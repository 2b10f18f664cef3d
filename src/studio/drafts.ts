/**
 * Everything the author types is kept on the device, in IndexedDB: the draft (the text and its file
 * name) and the source texts loaded for the quote check. Writes never wait for one another: while
 * one is under way the newest text waits, and only the newest is written next.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface Draft {
  text: string;
  fileName: string;
  savedAt: number;
}

interface StudioDb extends DBSchema {
  drafts: { key: string; value: Draft };
  sources: { key: string; value: string };
}

const DB_NAME = 'crisis-table-studio';
const CURRENT = 'current';

export class DraftStore {
  private writing = false;
  private waiting: Draft | undefined;
  private idle: Promise<void> = Promise.resolve();
  private resolveIdle: (() => void) | undefined;

  private constructor(private readonly db: IDBPDatabase<StudioDb>) {}

  /** The store, or null where the browser keeps nothing (storage blocked). */
  static async open(): Promise<DraftStore | null> {
    try {
      const db = await openDB<StudioDb>(DB_NAME, 1, {
        upgrade(database) {
          database.createObjectStore('drafts');
          database.createObjectStore('sources');
        },
      });
      return new DraftStore(db);
    } catch {
      return null;
    }
  }

  async draft(): Promise<Draft | undefined> {
    return this.db.get('drafts', CURRENT);
  }

  keep(text: string, fileName: string): void {
    this.waiting = { text, fileName, savedAt: Date.now() };
    if (this.writing) return;
    this.idle = new Promise((resolve) => (this.resolveIdle = resolve));
    void this.writeWaiting();
  }

  /** Resolves once every kept text is written. */
  written(): Promise<void> {
    return this.idle;
  }

  private async writeWaiting(): Promise<void> {
    this.writing = true;
    while (this.waiting) {
      const draft = this.waiting;
      this.waiting = undefined;
      try {
        await this.db.put('drafts', draft, CURRENT);
      } catch {
        // A full or revoked store: the studio says so when it opens next (see main.ts); typing goes on.
      }
    }
    this.writing = false;
    this.resolveIdle?.();
  }

  async sources(): Promise<Record<string, string>> {
    const texts: Record<string, string> = {};
    let cursor = await this.db.transaction('sources').store.openCursor();
    while (cursor) {
      texts[cursor.key] = cursor.value;
      cursor = await cursor.continue();
    }
    return texts;
  }

  async keepSource(id: string, text: string): Promise<void> {
    await this.db.put('sources', text, id);
  }

  async dropSource(id: string): Promise<void> {
    await this.db.delete('sources', id);
  }
}
