/** E_REF: every name a scenario uses (node, speaker, meter, flag, source) must exist; suggests the nearest one. */
import { nameUsed } from '../model/conditions';
import { forEachNameIn } from '../model/effects';
import { waysOut, type WayOut } from '../model/ways-out';
import type { Scenario, ScenarioNode } from '../model/schema';
import type { DiagnosticSink } from './diagnostics';
import type { JsonPath } from './json-document';
import { NARRATOR } from './id-check';
import { walkScenario } from './scenario-walk';
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
  // Names are looked up first, and the path put together only for a missing one: most names exist,
  // and large scenarios have many.
  const report = (kind: keyof typeof names, name: string, path: JsonPath, anchor: 'value' | 'key' = 'value'): void => {
    const hint = suggestion(name, names[kind]);
    sink.report(path, 'E_REF', `no ${kind} named '${name}'${hint || `; add it to ${declaredIn[kind]} or fix the name`}`, anchor);
  };

  if (!known.node.has(scenario.start)) report('node', scenario.start, ['start']);
  for (const id of Object.keys(scenario.nodes)) {
    const node = scenario.nodes[id] as ScenarioNode;
    let reportedAt: WayOut['at'] | undefined;
    for (const way of waysOut(node)) {
      // A quiz without `nextIfIncorrect` has two ways written in one place: one report for it.
      if (known.node.has(way.target) || way.at.join('/') === reportedAt?.join('/')) continue;
      report('node', way.target, ['nodes', id, ...way.at]);
      reportedAt = way.at;
    }
    if (node.type === 'dialogue' && node.speaker !== NARRATOR && !known.character.has(node.speaker))
      report('character', node.speaker, ['nodes', id, 'speaker']);
  }
  walkScenario(scenario, {
    condition(condition, path) {
      const used = nameUsed(condition);
      if (used && !known[used.kind].has(used.name)) report(used.kind, used.name, [...path, used.key]);
    },
    effects(effects, path) {
      forEachNameIn(effects, (kind, name, at) => {
        if (!known[kind].has(name)) report(kind, name, [...path, ...at], 'key');
      });
    },
    sourceRef(ref, path) {
      if (!known.source.has(ref.ref)) report('source', ref.ref, [...path, 'ref']);
    },
  });
}
