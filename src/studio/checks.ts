/**
 * Runs the checks as the author types, in two workers: the fast one validates every version of the
 * text (all errors, outline, map layout) with at most one request in flight, so a burst of keys
 * costs one check of the latest text; the deep one runs the validator's walk over every play (its
 * warnings) once typing pauses, and is restarted when the text changes under it. Findings come back
 * placed in the text that was checked and are mapped through the edits made since.
 */
import type { ChangeSet } from '@codemirror/state';
import type { CheckReply, CheckRequest } from './check-protocol';

const PAUSE_BEFORE_DEEP_MS = 400;
/** A walk under way this long on a text that has changed since is stopped, not waited for. */
const ABANDON_WALK_AFTER_MS = 1_000;

export interface CheckInput {
  text: string;
  file: string;
  sourceTexts: Record<string, string>;
}

type Mapper = (offset: number) => number;

export interface ChecksListener {
  /** A reply, with a function that maps its offsets into the current text. */
  (reply: CheckReply, map: Mapper): void;
}

class Lane {
  private worker: Worker;
  private busy: { seq: number; since: ChangeSet | null; at: number } | undefined;
  private queued: CheckRequest | undefined;

  constructor(
    private readonly deep: boolean,
    private readonly onReply: ChecksListener,
  ) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: this.deep ? 'deep check' : 'check' });
    worker.addEventListener('message', (event: MessageEvent<CheckReply>) => this.received(event.data));
    return worker;
  }

  send(request: CheckRequest): void {
    if (this.busy) {
      // The walk can take seconds on a big file; its answer for an old text is not worth waiting for.
      if (!this.deep || performance.now() - this.busy.at < ABANDON_WALK_AFTER_MS) {
        this.queued = request;
        return;
      }
      this.worker.terminate();
      this.worker = this.spawn();
      this.busy = undefined;
    }
    this.busy = { seq: request.seq, since: null, at: performance.now() };
    this.worker.postMessage(request);
  }

  /** The text changed: offsets of the request in flight move with it. */
  edited(changes: ChangeSet): void {
    if (this.busy) this.busy.since = this.busy.since ? this.busy.since.compose(changes) : changes;
  }

  private received(reply: CheckReply): void {
    const since = this.busy?.since ?? null;
    this.busy = undefined;
    this.onReply(reply, since ? (offset) => since.mapPos(offset, 1) : (offset) => offset);
    const next = this.queued;
    this.queued = undefined;
    if (next) this.send(next);
  }

  stop(): void {
    this.worker.terminate();
  }
}

export class Checks {
  private seq = 0;
  private readonly fast: Lane;
  private readonly deep: Lane;
  private deepTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(onReply: ChecksListener) {
    this.fast = new Lane(false, onReply);
    this.deep = new Lane(true, onReply);
  }

  /** Checks this version of the text now (fast) and after a pause in typing (deep). */
  check(input: CheckInput): number {
    const seq = ++this.seq;
    this.fast.send({ ...input, seq, deep: false });
    clearTimeout(this.deepTimer);
    this.deepTimer = setTimeout(() => this.deep.send({ ...input, seq, deep: true }), PAUSE_BEFORE_DEEP_MS);
    return seq;
  }

  edited(changes: ChangeSet): void {
    this.fast.edited(changes);
    this.deep.edited(changes);
  }

  get latest(): number {
    return this.seq;
  }

  stop(): void {
    clearTimeout(this.deepTimer);
    this.fast.stop();
    this.deep.stop();
  }
}
