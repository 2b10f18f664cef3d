/** E_ID and the list-level E_DUPLICATE checks: names that are not kebab-case, reserved or repeated. */
import { ID_PATTERN } from '../model/schema';
import type { DiagnosticSink } from './diagnostics';
import type { JsonPath } from './json-document';
import { isObject, own } from './json-value';

/** The speaker of narration; every scenario has it, so no character may take the name. */
export const NARRATOR = 'narrator';

/** A kebab-case spelling of a bad id, to show the author what a good one looks like. */
function kebabSpelling(id: string): string {
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[-0-9]+|-+$/g, '');
  return words || 'some-name';
}

function isBadId(id: unknown): id is string {
  return typeof id === 'string' && !ID_PATTERN.test(id);
}

function reportBadId(id: string, what: string, path: JsonPath, sink: DiagnosticSink, anchor: 'value' | 'key' = 'value'): void {
  sink.report(
    path,
    'E_ID',
    `${what} ${JSON.stringify(id)} is not kebab-case (lower-case letters, digits and hyphens, starting with a letter); rename it, e.g. "${kebabSpelling(id)}"`,
    anchor,
  );
}

function checkId(id: unknown, what: string, path: JsonPath, sink: DiagnosticSink, anchor: 'value' | 'key' = 'value'): void {
  if (isBadId(id)) reportBadId(id, what, path, sink, anchor);
}

/** Up to this many values, a repeat is looked for by comparing with the earlier ones; longer lists use a Map. */
const SHORT_LIST = 32;

/** Where `values[index]` first appeared, if earlier; JSON values compare with ===, as a Map's keys do. */
function firstIndexBefore(values: readonly unknown[], index: number): number {
  const value = values[index];
  for (let i = 0; i < index; i++) if (values[i] === value) return i;
  return -1;
}

/** Reports each repeat after the first, at the repeat. */
function checkRepeats(values: readonly unknown[], pathOf: (index: number) => JsonPath, what: string, sink: DiagnosticSink): void {
  const report = (index: number, first: number): void => {
    sink.report(
      pathOf(index),
      'E_DUPLICATE',
      `${what} ${JSON.stringify(values[index])} appears twice (first as item ${first}); remove or rename one`,
    );
  };
  if (values.length <= SHORT_LIST) {
    for (let index = 1; index < values.length; index++) {
      if (values[index] === undefined) continue;
      const first = firstIndexBefore(values, index);
      if (first >= 0) report(index, first);
    }
    return;
  }
  const seen = new Map<unknown, number>();
  values.forEach((value, index) => {
    if (value === undefined) return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else report(index, first);
  });
}

function fileStem(file: string): string | undefined {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.endsWith('.json') ? name.slice(0, -'.json'.length) : undefined;
}

export function checkIds(root: unknown, file: string, sink: DiagnosticSink): void {
  const id = own(root, 'id');
  checkId(id, 'the scenario id', ['id'], sink);
  const stem = fileStem(file);
  if (typeof id === 'string' && stem !== undefined && stem !== id) {
    sink.report(
      ['id'],
      'E_ID',
      `the id ${JSON.stringify(id)} differs from the file name "${stem}.json"; rename the file or change the id so they match`,
    );
  }

  for (const key of Object.keys(asObject(own(root, 'meters')))) checkId(key, 'meter id', ['meters', key], sink, 'key');
  for (const key of Object.keys(asObject(own(root, 'characters')))) {
    if (key === NARRATOR) {
      sink.report(
        ['characters', key],
        'E_ID',
        `"${NARRATOR}" is reserved for narration and is always a valid speaker; remove this character or give it another id`,
        'key',
      );
    } else checkId(key, 'character id', ['characters', key], sink, 'key');
  }

  const flags = asArray(own(root, 'flags'));
  flags.forEach((flag, i) => checkId(flag, 'flag', ['flags', i], sink));
  checkRepeats(flags, (i) => ['flags', i], 'the flag', sink);

  const sourceIds = asArray(own(root, 'sources')).map((source) => own(source, 'id'));
  sourceIds.forEach((sourceId, i) => checkId(sourceId, 'source id', ['sources', i, 'id'], sink));
  checkRepeats(sourceIds, (i) => ['sources', i, 'id'], 'the source id', sink);

  const nodes = asObject(own(root, 'nodes'));
  for (const nodeId of Object.keys(nodes)) {
    const node = nodes[nodeId];
    // Paths are made only for a bad id: a large scenario has thousands of good ones.
    if (isBadId(nodeId)) reportBadId(nodeId, 'node id', ['nodes', nodeId], sink, 'key');
    const choices = asArray(own(node, 'choices'));
    if (choices.length > 0) {
      const choiceIds: unknown[] = [];
      for (let i = 0; i < choices.length; i++) {
        const choiceId = own(choices[i], 'id');
        choiceIds.push(choiceId);
        if (isBadId(choiceId)) reportBadId(choiceId, 'choice id', ['nodes', nodeId, 'choices', i, 'id'], sink);
      }
      checkRepeats(choiceIds, (i) => ['nodes', nodeId, 'choices', i, 'id'], 'the choice id', sink);
    }
    if (own(node, 'type') === 'quiz') {
      checkRepeats(asArray(own(node, 'options')), (i) => ['nodes', nodeId, 'options', i], 'the option', sink);
    }
  }
}

function asObject(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
