/**
 * A scenario's map as text: every node and every way out of it (a line's next, each choice, a quiz's
 * right and wrong answers, each branch case and its else), as Mermaid (renders on GitHub and in docs)
 * or Graphviz DOT. `npm run graph` prints it.
 */
import type { Scenario, ScenarioNode } from '../model/schema';
import { describeCondition } from '../model/conditions';

export type GraphFormat = 'mermaid' | 'dot';

interface Edge {
  from: string;
  to: string;
  label?: string;
}

function nodeLabel(id: string, node: ScenarioNode): string {
  switch (node.type) {
    case 'dialogue':
      return `${id}\n${node.choices ? 'decision' : 'line'}`;
    case 'quiz':
      return `${id}\nquiz`;
    case 'branch':
      return `${id}\nbranch`;
    case 'ending':
      return `${id}\nending: ${node.outcome}\n${node.title}`;
  }
}

function edgesOf(scenario: Scenario, id: string, node: ScenarioNode): Edge[] {
  switch (node.type) {
    case 'dialogue':
      if (node.choices)
        return node.choices.map((c) => ({
          from: id,
          to: c.next,
          label: c.requires ? `${c.id} (only if ${describeCondition(c.requires, scenario)})` : c.id,
        }));
      return node.next === undefined ? [] : [{ from: id, to: node.next }];
    case 'quiz':
      return node.nextIfIncorrect === undefined
        ? [{ from: id, to: node.next }]
        : [
            { from: id, to: node.next, label: 'right' },
            { from: id, to: node.nextIfIncorrect, label: 'wrong' },
          ];
    case 'branch':
      return [
        ...node.cases.map((c) => ({ from: id, to: c.next, label: `if ${describeCondition(c.if, scenario)}` })),
        { from: id, to: node.else, label: 'else' },
      ];
    case 'ending':
      return [];
  }
}

/** Mermaid ids are n0, n1, … (a scenario id such as `end-deal` would read as an arrow); labels carry the real ids. */
function mermaid(scenario: Scenario, ids: string[]): string {
  const key = new Map(ids.map((id, i) => [id, `n${i}`]));
  const text = (s: string) => `"${s.replaceAll('"', '#quot;').replaceAll('\n', '<br/>')}"`;
  const lines = ['flowchart TD'];
  for (const id of ids) {
    const node = scenario.nodes[id] as ScenarioNode;
    const label = text(nodeLabel(id, node));
    const shape = node.type === 'ending' ? `([${label}])` : node.type === 'branch' ? `{${label}}` : `[${label}]`;
    lines.push(`  ${key.get(id)}${shape}`);
  }
  for (const id of ids)
    for (const edge of edgesOf(scenario, id, scenario.nodes[id] as ScenarioNode)) {
      // A reference to a missing node still shows, as a node of its own name, so the map never hides a mistake.
      const to = key.get(edge.to) ?? text(`missing: ${edge.to}`);
      lines.push(`  ${key.get(id)} -->${edge.label === undefined ? '' : `|${text(edge.label)}|`} ${to}`);
    }
  for (const outcome of ['success', 'mixed', 'failure'] as const) {
    const members = ids.filter((id) => {
      const node = scenario.nodes[id];
      return node?.type === 'ending' && node.outcome === outcome;
    });
    if (members.length > 0) lines.push(`  class ${members.map((id) => key.get(id)).join(',')} ${outcome}`);
  }
  lines.push('  classDef success fill:#d8f0d8,stroke:#2d6a2d', '  classDef mixed fill:#f6ecc8,stroke:#8a6d00');
  lines.push('  classDef failure fill:#f6d6d6,stroke:#9a2a2a');
  return lines.join('\n');
}

function dot(scenario: Scenario, ids: string[]): string {
  const text = (s: string) => `"${s.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`;
  const fill = { success: '#d8f0d8', mixed: '#f6ecc8', failure: '#f6d6d6' } as const;
  const lines = [`digraph ${text(scenario.id)} {`, '  rankdir=TB;', '  node [fontname="Atkinson Hyperlegible,sans-serif"];'];
  for (const id of ids) {
    const node = scenario.nodes[id] as ScenarioNode;
    const shape = node.type === 'ending' ? 'box, style="rounded,filled"' : node.type === 'branch' ? 'diamond' : 'box';
    const colour = node.type === 'ending' ? `, fillcolor="${fill[node.outcome]}"` : '';
    lines.push(`  ${text(id)} [label=${text(nodeLabel(id, node))}, shape=${shape}${colour}];`);
  }
  for (const id of ids)
    for (const edge of edgesOf(scenario, id, scenario.nodes[id] as ScenarioNode))
      lines.push(`  ${text(id)} -> ${text(edge.to)}${edge.label === undefined ? '' : ` [label=${text(edge.label)}]`};`);
  lines.push('}');
  return lines.join('\n');
}

export function scenarioGraph(scenario: Scenario, format: GraphFormat): string {
  const ids = Object.keys(scenario.nodes);
  return format === 'mermaid' ? mermaid(scenario, ids) : dot(scenario, ids);
}
