/**
 * A growing list of 32-bit integers in one typed array: half the memory of a number array and one
 * block to copy when it grows, for the walk's hundreds of thousands of state and edge numbers.
 */
export class IntList {
  private items: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.items = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  /** The item at `index`, which must be below `length`. */
  at(index: number): number {
    return this.items[index] as number;
  }

  /** The items as an array of exactly `length` (a view, not a copy). */
  view(): Int32Array {
    return this.items.subarray(0, this.length);
  }
}
