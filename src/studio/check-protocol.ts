/** What the studio's page and its workers (the checks, the map's layout) say to each other. */
import type { Scenario } from '../core/model/schema';
import type { Diagnostic } from '../core/validator';
import type { MapGraph, MapLayout } from './layout';
import type { Outline } from './outline';

export interface CheckRequest {
  seq: number;
  text: string;
  file: string;
  /** Source id → text, for the quote check: the texts the author loaded into the studio. */
  sourceTexts: Record<string, string>;
  /** false: every error, no exhaustive walk (fast, on each keystroke); true: the walk's warnings too. */
  deep: boolean;
}

export interface StudioDiagnostic extends Diagnostic {
  /** Text offset of line:column. */
  from: number;
  /** The nearest existing name, when the validator suggests one. */
  suggestion?: string;
}

export interface CheckReply {
  seq: number;
  deep: boolean;
  diagnostics: StudioDiagnostic[];
  /** null when the text is not JSON: the map keeps showing the last readable version. */
  outline: Outline | null;
  /** The validated scenario, when the file has no errors (fast check only). */
  scenario?: Scenario;
  /** How long the validator took in the worker, ms (for the benchmark). */
  checkMs: number;
}

export interface LayoutRequest {
  /** The check whose outline the graph is of. */
  seq: number;
  graph: MapGraph;
}

export type LayoutReply =
  | { seq: number; layout: MapLayout; layoutMs: number }
  /** Not drawn: more nodes than the map draws, or dagre failed (`error`); the node list stands in. */
  | { seq: number; layout: null; nodes: number; error?: string; layoutMs: number };
