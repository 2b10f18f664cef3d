import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { scenarioGraph } from '../../src/core/authoring/graph';
import type { Scenario } from '../../src/core/model/schema';
import { loadScenarioFiles } from '../scenarios/scenario-files';

const repoRoot = new URL('../../', import.meta.url).pathname;

/** Every way out of a node, as [from, to, choice id or undefined], read from the file itself. */
function waysOut(scenario: Scenario): Array<[string, string, string | undefined]> {
  return Object.entries(scenario.nodes).flatMap(([id, node]): Array<[string, string, string | undefined]> => {
    if (node.type === 'dialogue')
      return node.choices ? node.choices.map((c) => [id, c.next, c.id]) : node.next ? [[id, node.next, undefined]] : [];
    if (node.type === 'quiz')
      return [
        [id, node.next, undefined],
        ...(node.nextIfIncorrect ? [[id, node.nextIfIncorrect, undefined] as [string, string, undefined]] : []),
      ];
    if (node.type === 'branch')
      return [...node.cases.map((c): [string, string, undefined] => [id, c.next, undefined]), [id, node.else, undefined]];
    return [];
  });
}

describe('npm run graph', () => {
  for (const { file, scenario } of loadScenarioFiles()) {
    it(`draws every node and every way out of ${file}, in DOT and Mermaid`, () => {
      const edges = waysOut(scenario);
      const dot = scenarioGraph(scenario, 'dot');
      for (const id of Object.keys(scenario.nodes)) expect(dot).toContain(`  "${id}" [label="${id}\\n`);
      for (const [from, to, choice] of edges)
        expect(dot).toContain(`  "${from}" -> "${to}"${choice === undefined ? '' : ` [label="${choice}`}`);
      expect(dot.split('\n').filter((line) => line.includes(' -> '))).toHaveLength(edges.length);

      const mermaid = scenarioGraph(scenario, 'mermaid');
      const ids = Object.keys(scenario.nodes);
      const key = new Map(ids.map((id, i) => [id, `n${i}`]));
      for (const id of ids) expect(mermaid).toMatch(new RegExp(`^  ${key.get(id)}[[({]+"${id}<br/>`, 'm'));
      for (const [from, to, choice] of edges) {
        const label = choice === undefined ? '(\\|"[^"]*"\\|)?' : `\\|"${choice}[^"]*"\\|`;
        expect(mermaid).toMatch(new RegExp(`^  ${key.get(from)} -->${label} ${key.get(to)}$`, 'm'));
      }
      expect(mermaid.split('\n').filter((line) => line.includes(' -->'))).toHaveLength(edges.length);
      expect(mermaid).not.toContain('missing:');
    });
  }

  it('prints Mermaid by default and DOT on request; refuses an unknown format and a broken file', { timeout: 60_000 }, () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/graph.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
    const file = 'scenarios/geneva-us-delegation.json';
    const mermaid = run(file);
    expect(mermaid.status, mermaid.stderr).toBe(0);
    expect(mermaid.stdout.startsWith('flowchart TD\n')).toBe(true);
    const dot = run(file, '--format', 'dot');
    expect(dot.stdout.startsWith('digraph "geneva-us-delegation" {')).toBe(true);
    expect(run(file, '--format', 'svg').status).toBe(2);
    const broken = run('tests/core/validator/fixtures/e-no-ending.json');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('error');
  });
});
