/**
 * Runs the checks as the author types, in three workers: the fast one validates every version of the
 * text (all errors, and the outline) with at most one request in flight, so a burst of keys costs one
 * check of the latest text; the layout one lays out the map after the fast check has replied, only
 * when the graph changed (most keystrokes change a text, not a link); the deep one runs the
 * validator's walk over every play (its warnings) once typing pauses. The diagnostics never wait for
 * the layout: it is asked for after they are in, and a newer graph supersedes it. A layout or a walk
 * under way on an old version for long is stopped, not waited for. Findings come back placed in the
 * text that was checked and are mapped through the edits made since.
 */
import type { ChangeSet } from '@codemirror/state';
import type { CheckReply, CheckRequest, LayoutReply, LayoutRequest } from './check-protocol';
import { graphOf, sameGraph, type MapGraph } from './layout';

const PAUSE_BEFORE_DEEP_MS = 400;
/** A walk or a layout under way this long on a text that has changed since is stopped, not waited for. */
const ABANDON_AFTER_MS = 1_000;

export interface CheckInput {
  text: string;
  file: string;
  sourceTexts: Record<string, string>;
}

type Mapper = (offset: number) => number;

export interface ChecksListener {
  /** A check's reply, with a function that maps its offsets into the current text. */
  checked(reply: CheckReply, map: Mapper): void;
  /** The map's layout of the graph of check `reply.seq` (or why there is none). */
  laidOut(reply: LayoutReply): void;
}

/** One worker, at most one request in flight; the latest request waits, and replaces any older one waiting. */
class Lane<Request extends { seq: number }, Reply> {
  private worker: Worker;
  private busy: { since: ChangeSet | null; at: number } | undefined;
  private queued: Request | undefined;

  constructor(
    private readonly spawnWorker: () => Worker,
    /** How long a request may run before a newer one stops it (Infinity: never). */
    private readonly abandonAfterMs: number,
    private readonly onReply: (reply: Reply, map: Mapper) => void,
  ) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = this.spawnWorker();
    worker.addEventListener('message', (event: MessageEvent<Reply>) => this.received(event.data));
    return worker;
  }

  send(request: Request): void {
    if (this.busy) {
      if (performance.now() - this.busy.at < this.abandonAfterMs) {
        this.queued = request;
        return;
      }
      this.worker.terminate();
      this.worker = this.spawn();
      this.busy = undefined;
    }
    this.busy = { since: null, at: performance.now() };
    this.worker.postMessage(request);
  }

  /** The text changed: offsets of the request in flight move with it. */
  edited(changes: ChangeSet): void {
    if (this.busy) this.busy.since = this.busy.since ? this.busy.since.compose(changes) : changes;
  }

  private received(reply: Reply): void {
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
  private readonly fast: Lane<CheckRequest, CheckReply>;
  private readonly deep: Lane<CheckRequest, CheckReply>;
  private readonly layout: Lane<LayoutRequest, LayoutReply>;
  private deepTimer: ReturnType<typeof setTimeout> | undefined;
  /** The graph last sent to be laid out. */
  private graph: MapGraph | undefined;

  constructor(listener: ChecksListener) {
    // The fast check is quick and its answer is always wanted: it is never stopped.
    this.fast = new Lane(
      () => new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'check' }),
      Infinity,
      (reply, map) => {
        listener.checked(reply, map);
        if (reply.outline) this.layOut(reply.seq, graphOf(reply.outline));
      },
    );
    this.deep = new Lane(
      () => new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'deep check' }),
      ABANDON_AFTER_MS,
      (reply, map) => listener.checked(reply, map),
    );
    this.layout = new Lane(
      () => new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'map layout' }),
      ABANDON_AFTER_MS,
      (reply) => listener.laidOut(reply),
    );
  }

  /** Checks this version of the text now (fast) and after a pause in typing (deep). */
  check(input: CheckInput): number {
    const seq = ++this.seq;
    this.fast.send({ ...input, seq, deep: false });
    clearTimeout(this.deepTimer);
    this.deepTimer = setTimeout(() => this.deep.send({ ...input, seq, deep: true }), PAUSE_BEFORE_DEEP_MS);
    return seq;
  }

  private layOut(seq: number, graph: MapGraph): void {
    if (this.graph && sameGraph(this.graph, graph)) return;
    this.graph = graph;
    this.layout.send({ seq, graph });
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
    this.layout.stop();
  }
}
