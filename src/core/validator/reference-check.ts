/** E_REF: every name a scenario uses (node, speaker, meter, flag, source) must exist; suggests the nearest one. */
import type { Scenario } from '../model/schema';
import type { DiagnosticSink } from './diagnostics';
import type { JsonPath } from './json-document';
import { NARRATOR } from './id-check';
import { linkAt, linkTargets, walkScenario } from './scenario-walk';
import { suggestion } from './suggest';

export function checkReferences(scenario: Scenario, sink: DiagnosticSink): void {
  const names = {
    node: Object.keys(scenario.nodes),
    character: Object.keys(scenario.characters),
    meter: Object.keys(scenario.meters),
    flag: scenario.flags,
    source: scenario.sources.map((s) => s.id),
  };
  const declaredIn: Record<keyof typeof names, string> = {
    node: '"nodes"',
    character: '"characters" (or use "narrator")',
    meter: '"meters"',
    flag: '"flags"',
    source: '"sources"',
  };
  const known = {
    node: new Set(names.node),
    character: new Set(names.character),
    meter: new Set(names.meter),
    flag: new Set(names.flag),
    source: new Set(names.source),
  };
  // The path is put together only for a name that is missing: most names exist, and large scenarios have many.
  const expect = (kind: keyof typeof names, name: string, base: JsonPath, last: readonly (string | number)[], anchor: 'value' | 'key' = 'value'): void => {
    if (known[kind].has(name)) return;
    const path = [...base, ...last];
    const hint = suggestion(name, names[kind]);
    sink.report(path, 'E_REF', `no ${kind} named '${name}'${hint || `; add it to ${declaredIn[kind]} or fix the name`}`, anchor);
  };

  expect('node', scenario.start, [], ['start']);
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const targets = linkTargets(node);
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i] as string;
      if (!known.node.has(target)) expect('node', target, ['nodes', id], linkAt(node, i));
    }
    if (node.type === 'dialogue' && node.speaker !== NARRATOR) expect('character', node.speaker, ['nodes', id], ['speaker']);
  }
  walkScenario(scenario, {
    condition(condition, path) {
      if ('meter' in condition) expect('meter', condition.meter, path, ['meter']);
      else if ('flag' in condition) expect('flag', condition.flag, path, ['flag']);
      else if ('visited' in condition) expect('node', condition.visited, path, ['visited']);
    },
    effects(effects, path) {
      for (const meter of Object.keys(effects.meters ?? {})) expect('meter', meter, path, ['meters', meter], 'key');
      for (const flag of Object.keys(effects.flags ?? {})) expect('flag', flag, path, ['flags', flag], 'key');
    },
    sourceRef(ref, path) {
      expect('source', ref.ref, path, ['ref']);
    },
  });
}
