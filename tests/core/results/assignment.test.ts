import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignmentLink,
  decodeAssignment,
  encodeAssignment,
  ScenarioLibrary,
  verifyCode,
  type AssignmentInput,
} from '../../../src/core/results';
import { scenariosDir } from '../../scenarios/scenario-files';
import { codeOf, playBy } from './plays';

/** A scenario that is not shipped: a shipped file under another id, as the studio would share it. */
const studioFile = (() => {
  const scenario = JSON.parse(readFileSync(path.join(scenariosDir, 'press-room-week.json'), 'utf8')) as { id: string; title: string };
  scenario.id = 'my-press-room';
  scenario.title = 'My press room';
  return JSON.stringify(scenario);
})();

const input: AssignmentInput = {
  className: '9B <i>History</i>',
  note: 'Play both before Friday.\nTalk about the ending you reached.',
  due: '2026-12-24',
  scenarios: [{ id: 'geneva-us-delegation' }, { file: studioFile }],
  options: { undo: false, feedback: 'end', showScore: false, attempts: 2 },
};

function decoded(text: string) {
  const read = decodeAssignment(text);
  if (!read.ok) throw new Error(read.message);
  return read.assignment;
}

describe('assignment links', () => {
  it('round-trip from a whole link, a fragment or the bare payload, with the scenarios in order', () => {
    const link = assignmentLink(input, 'https://school.example/crisis-table/index.html#old');
    expect(link).toMatch(/^https:\/\/school\.example\/crisis-table\/index\.html#assign=CTA1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
    const assignment = decoded(link);
    expect(decoded(link.slice(link.indexOf('#')))).toEqual(assignment);
    expect(decoded(encodeAssignment(input))).toEqual(assignment);
    expect(assignment.id).toMatch(/^[0-9a-f]{16}$/);
    expect(assignment.content).toMatchObject({ class: input.className, note: input.note, due: input.due, options: input.options });
    expect(assignment.scenarios.map((s) => [s.kind, s.id])).toEqual([
      ['shipped', 'geneva-us-delegation'],
      ['file', 'my-press-room'],
    ]);
    expect(assignment.trial).toBe(false);
  });

  it('the id is the content: any change makes another assignment; a trial run keeps the id', () => {
    const id = decoded(encodeAssignment(input)).id;
    expect(decoded(encodeAssignment({ ...input, trial: true }))).toMatchObject({ id, trial: true });
    expect(decoded(encodeAssignment({ ...input, note: input.note + '!' })).id).not.toBe(id);
    expect(decoded(encodeAssignment({ ...input, options: { ...input.options, attempts: null } })).id).not.toBe(id);
    expect(decoded(encodeAssignment({ ...input, scenarios: [...input.scenarios].reverse() })).id).not.toBe(id);
  });

  it('a link cut short or edited gets a clear word, never a throw', () => {
    const payload = encodeAssignment(input);
    expect(decodeAssignment(payload.slice(0, -25))).toMatchObject({ ok: false, damage: 'incomplete' });
    expect(decodeAssignment(payload.slice(0, 30))).toMatchObject({ ok: false, damage: 'incomplete' });
    expect(decodeAssignment('#assign=')).toMatchObject({ ok: false, damage: 'not-this-kind' });
    const at = payload.length - 40;
    const edited = payload.slice(0, at) + (payload[at] === 'x' ? 'y' : 'x') + payload.slice(at + 1);
    const read = decodeAssignment(edited);
    // A changed character garbles the DEFLATE stream from there on: it reads as changed, or as ending early.
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(['changed', 'incomplete']).toContain(read.damage);
      expect(read.message).toMatch(/Copy it (whole )?again/);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        expect(decodeAssignment(junk).ok).toBe(false);
      }),
    );
  });

  it('an assignment whose options or scenarios are not right says which', () => {
    const broken = decodeAssignment(encodeAssignment({ ...input, scenarios: [{ file: '{"format":"crisis-table/scenario"' }] }));
    expect(broken).toMatchObject({ ok: false, damage: 'bad-scenario' });
    if (!broken.ok) expect(broken.message).toContain('Scenario 1 in the assignment link');
    const none = decodeAssignment(encodeAssignment({ ...input, scenarios: [] }));
    expect(none).toMatchObject({ ok: false, damage: 'not-an-assignment' });
    if (!none.ok) expect(none.message).toContain('scenarios must name at least one scenario');
  });

  it("codes of an assignment's own scenario file verify once the assignment is in the library", () => {
    const assignment = decoded(encodeAssignment(input));
    const item = assignment.scenarios[1];
    if (item?.kind !== 'file') throw new Error('expected a file');
    const library = new ScenarioLibrary();
    const code = codeOf(
      playBy(library.addScenario(item.scenario, 'added').compiled, () => 0),
      { assignment: assignment.id },
    );
    const empty = new ScenarioLibrary();
    expect(verifyCode(code, empty).status).toBe('unknown-scenario');
    empty.addAssignment(assignment);
    expect(verifyCode(code, empty, { assignmentId: assignment.id }).status).toBe('verified');
  });
});
