import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedScenario } from '../../scripts/bench/generated-story';
import { runCheck } from '../../src/studio/check';
import { graphOf, layoutGraph, MAX_MAP_NODES, sameGraph } from '../../src/studio/layout';
import { nodeAt, outlineOf } from '../../src/studio/outline';
import { scenarioTemplateText } from '../../src/core/authoring/template';
import { loadScenarioFiles, scenariosDir } from '../scenarios/scenario-files';

const template = scenarioTemplateText({ id: 'my-scenario' });

describe('the outline the map and the editor read', () => {
  it("lists every node of a shipped scenario with its links, in text order, and the file's ids", () => {
    for (const { file, scenario } of loadScenarioFiles()) {
      const text = readFileSync(path.join(scenariosDir, file), 'utf8');
      const outline = outlineOf(text);
      expect(outline?.nodes.map((n) => n.id)).toEqual(Object.keys(scenario.nodes));
      expect(outline?.ids.meters).toEqual(Object.keys(scenario.meters));
      expect(outline?.ids.flags).toEqual(scenario.flags);
      for (const node of outline?.nodes ?? []) {
        // The key's offset is where the node's name is written.
        expect(text.slice(node.keyFrom, node.keyFrom + node.id.length + 2)).toBe(`"${node.id}"`);
        expect(text[node.from]).toBe('{');
        expect(text[node.to - 1]).toBe('}');
      }
    }
  });

  it('marks locked choices and names each link', () => {
    const decision = outlineOf(template)?.nodes.find((n) => n.id === 'decision');
    expect(decision?.edges).toEqual([
      { to: 'verdict', label: 'listen', locked: false },
      { to: 'verdict', label: 'insist', locked: false },
      { to: 'verdict', label: 'cite', locked: true },
    ]);
    expect(outlineOf(template)?.nodes.find((n) => n.id === 'good-start')).toMatchObject({ type: 'ending', outcome: 'success' });
  });

  it('finds the node around an offset, and none between nodes', () => {
    const outline = outlineOf(template)!;
    const check = outline.nodes.find((n) => n.id === 'check')!;
    expect(nodeAt(outline.nodes, check.keyFrom)?.id).toBe('check');
    expect(nodeAt(outline.nodes, check.from + 10)?.id).toBe('check');
    expect(nodeAt(outline.nodes, 0)).toBeUndefined();
  });

  it('is null for a half-typed file', () => {
    expect(outlineOf(template.slice(0, template.length / 2))).toBeNull();
  });
});

describe('one check, as the studio runs it in its worker', () => {
  it('places each finding at its offset and carries the nearest-name suggestion', () => {
    const broken = template.replace('"next": "verdict"', '"next": "verdct"');
    const reply = runCheck({ seq: 1, text: broken, file: 'my-scenario.json', sourceTexts: {}, deep: false });
    const ref = reply.diagnostics.find((d) => d.code === 'E_REF');
    expect(ref?.suggestion).toBe('verdict');
    expect(broken.slice(ref!.from, ref!.from + 8)).toBe('"verdct"');
    expect(reply.scenario).toBeUndefined();
    expect(reply.outline?.nodes).toHaveLength(6);
  });

  it('hands back the scenario and the outline when the file has no errors', () => {
    const reply = runCheck({ seq: 2, text: template, file: 'my-scenario.json', sourceTexts: {}, deep: false });
    expect(reply.diagnostics).toEqual([]);
    expect(reply.scenario?.id).toBe('my-scenario');
    expect(reply.outline?.nodes.map((n) => n.id)).toEqual(Object.keys(reply.scenario?.nodes ?? {}));
  });
});

describe("the map's layout, which the layout worker runs after the check", () => {
  const graph = graphOf(outlineOf(template)!);

  it('places every node and every link of the file', () => {
    const layout = layoutGraph(graph);
    expect(layout?.nodes).toHaveLength(6);
    expect(layout?.edges).toHaveLength(7);
  });

  it('is asked for again only when a link changes, not when a text does', () => {
    expect(sameGraph(graph, graphOf(outlineOf(template.replace('What do we say first?', 'What now?'))!))).toBe(true);
    expect(sameGraph(graph, graphOf(outlineOf(template.replace('"next": "verdict"', '"next": "check"'))!))).toBe(false);
  });

  it('is not drawn past MAX_MAP_NODES nodes', () => {
    const big = generatedScenario(Math.ceil(MAX_MAP_NODES / 10));
    const outline = outlineOf(JSON.stringify(big))!;
    expect(outline.nodes.length).toBeGreaterThan(MAX_MAP_NODES);
    expect(layoutGraph(graphOf(outline))).toBeNull();
  });
});
