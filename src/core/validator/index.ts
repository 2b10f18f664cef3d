/**
 * The scenario validator: reads a scenario file's text and reports every problem with file, line,
 * column and JSON path. Pure: it never touches the file system (callers pass the text, and the
 * source texts for the quote check when they have them).
 */
import type { Scenario } from '../model/schema';
import { checkMeterRanges, checkQuizAnswers } from './content-check';
import { checkConditionRanges } from './condition-range';
import { DiagnosticSink, type Diagnostic } from './diagnostics';
import { reportDuplicateKeys } from './duplicate-keys';
import { DEFAULT_EXPLORATION_LIMIT, explorePlays } from './exploration';
import { checkGraph } from './graph-check';
import { checkDecisionsPerPlay, checkHouseRules, isHouseRuleCode } from './house-rules';
import { checkIds } from './id-check';
import { toPointer, type JsonDocument } from './json-document';
import { readJson } from './json-reader';
import { checkQuotes } from './quote-check';
import { MAX_NESTING_DEPTH, reportExcessiveNesting, withinSizeLimit } from './raw-limits';
import { checkReferences } from './reference-check';
import { checkFormatVersion, checkShape } from './schema-check';
import { checkRealSpeech, checkTextLengths } from './text-check';

export type { Diagnostic, Severity } from './diagnostics';
export { DEFAULT_EXPLORATION_LIMIT } from './exploration';
export { MAX_FILE_CHARACTERS, MAX_NESTING_DEPTH } from './raw-limits';

export interface ValidationResult {
  diagnostics: Diagnostic[];
  /** Present only when there are no errors (warnings allowed). */
  scenario?: Scenario;
}

export interface ValidationOptions {
  /** Used in diagnostics and for the check that the file name matches the scenario id. */
  file: string;
  /** Source id (e.g. `ap-2022-01-11`) → the source's full text, for the quote check. */
  sourceTexts?: Record<string, string>;
  /**
   * How many distinct states of play the condition-aware walk may visit; default 200,000. A walk cut
   * short says so (W_EXPLORATION_LIMIT). 0 turns the walk and its warnings off, silently: for callers
   * such as the game, which need the errors but not the authoring warnings.
   */
  explorationLimit?: number;
  /** Also check the project's house rules for shipped scenarios (house-rules.ts), as errors. */
  strict?: boolean;
}

export function validateScenarioText(text: string, options: ValidationOptions): ValidationResult {
  const sink = new DiagnosticSink(options.file);
  let scenario: Scenario | undefined;
  try {
    scenario = runChecks(text, options, sink);
  } catch (error) {
    // A validator bug must not hide the file's problems behind a crash: it becomes one more finding.
    const reason = error instanceof Error ? error.message : String(error);
    sink.reportAt(
      1,
      1,
      toPointer([]),
      'E_INTERNAL',
      `the validator failed unexpectedly (${reason}); the findings above may be incomplete. Please report this with the file`,
    );
    scenario = undefined;
  }
  const diagnostics = sink.sorted();
  return sink.hasErrors || !scenario ? { diagnostics } : { diagnostics, scenario };
}

function runChecks(text: string, options: ValidationOptions, sink: DiagnosticSink): Scenario | undefined {
  if (!withinSizeLimit(text, sink)) return undefined;
  // A byte-order mark is not JSON; a space keeps every column where the editor shows it.
  const document = parseJson(text.replace(/^\uFEFF/, ' '), sink);
  if (!document) return undefined;
  sink.document = document;

  // A duplicate key leaves the file readable (the last value counts, as in JSON.parse), so it must not
  // stop the graph checks and the walk: one error may not hide the others.
  const beforeDuplicates = sink.diagnostics.length;
  reportDuplicateKeys(document.duplicateKeys, sink);
  const duplicateKeys = new Set(sink.diagnostics.slice(beforeDuplicates));
  if (!checkFormatVersion(document.value, sink)) return undefined;
  checkIds(document.value, options.file, sink);
  const scenario = checkShape(document.value, document.hasPrototypeKeys, sink, duplicateKeys);
  if (!scenario) return undefined;

  checkReferences(scenario, sink);
  checkQuizAnswers(scenario, sink);
  checkMeterRanges(scenario, sink);
  checkConditionRanges(scenario, sink);
  checkTextLengths(scenario, sink);
  checkRealSpeech(scenario, sink);
  if (options.sourceTexts) checkQuotes(scenario, options.sourceTexts, sink);
  if (options.strict) checkHouseRules(scenario, sink);
  // The graph checks need every link to resolve, and the walk needs a sound graph.
  if (!soundSoFar(sink, duplicateKeys)) return undefined;
  checkGraph(scenario, sink);
  if (!soundSoFar(sink, duplicateKeys)) return undefined;
  const limit = options.explorationLimit ?? DEFAULT_EXPLORATION_LIMIT;
  const explored = limit > 0 || options.strict ? explorePlays(scenario, limit || DEFAULT_EXPLORATION_LIMIT, sink) : undefined;
  if (options.strict) checkDecisionsPerPlay(scenario, explored, sink);
  return scenario;
}

/** Whether the later checks can trust the file: a broken house rule (strict mode) or a duplicate key leaves the graph sound. */
function soundSoFar(sink: DiagnosticSink, duplicateKeys: ReadonlySet<Diagnostic>): boolean {
  return !sink.diagnostics.some((d) => d.severity === 'error' && !isHouseRuleCode(d.code) && !duplicateKeys.has(d));
}

function parseJson(text: string, sink: DiagnosticSink): JsonDocument | undefined {
  const reading = readJson(text, MAX_NESTING_DEPTH);
  switch (reading.kind) {
    case 'document':
      return reading.document;
    case 'too-deep':
      reportExcessiveNesting(reading.at, reading.path, sink);
      return undefined;
    case 'not-json':
      sink.reportAt(
        reading.at.line,
        reading.at.column,
        '',
        'E_JSON',
        `this is not valid JSON here: ${reading.reason}. Check for a missing comma, quote or bracket just before this point (comments and trailing commas are not allowed)`,
      );
      return undefined;
  }
}
