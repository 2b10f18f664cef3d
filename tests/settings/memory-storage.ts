/** A real, complete in-memory implementation of the Web Storage interface, for Node tests. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** Set to make every write fail the way a full or blocked localStorage does. */
  failWrites = false;

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }

  [name: string]: unknown;
}
