/**
 * The game's side of an assignment, through the app machine with the real scenario files, validator,
 * engine and results library: the link read (or refused, leaving free play), the name asked in every
 * sitting, the teacher's options applied by the machine and the presenter, attempts counted on the
 * device, the result code made at each ending and kept, and what the device keeps being unreadable.
 */
import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_KEY_PREFIX,
  LAST_STUDENT_KEY,
  UNKEPT_RESULT_NOTICE,
  UNREADABLE_RESULTS_NOTICE,
  UNREADABLE_SUFFIX,
} from '../../src/app/assignment-store';
import { ASSIGNMENT_LABELS } from '../../src/app/assignment-wording';
import { AppController } from '../../src/app/controller';
import { parseRoute } from '../../src/app/route';
import { LABELS } from '../../src/app/wording';
import { decodeAssignment, encodeAssignment, verifyCode, type AssignmentInput } from '../../src/core/results';
import { shippedLibrary } from '../core/results/plays';
import { MemoryStorage } from '../settings/memory-storage';
import { firstStoryId, playView, servicesFor, shippedScenarioTexts, stepToFirstDecision, takeFirstStep, viewOf } from './app-fixture';

const texts = shippedScenarioTexts();
const storyId = firstStoryId(texts);
const quizId = 'fact-quiz-week';
const library = shippedLibrary();

function assignmentOf(overrides: Partial<AssignmentInput> = {}): AssignmentInput {
  return {
    className: '9B History',
    note: 'Play it before Friday.',
    due: '2026-12-24',
    scenarios: [{ id: storyId }, { id: quizId }],
    options: { undo: true, feedback: 'during', showScore: true, attempts: null },
    ...overrides,
  };
}

async function open(payload: string, storage = new MemoryStorage()): Promise<AppController> {
  const controller = new AppController(servicesFor(texts, storage), { route: parseRoute(`#assign=${payload}`) });
  await controller.load();
  await controller.preload();
  return controller;
}

/** Confirms the name, opens the scenario's briefing from the home and starts it. */
function startAs(controller: AppController, name: string | null, id: string): void {
  if (name !== null) controller.confirmName(name);
  controller.openBriefing(id);
  controller.start(id);
}

/** An assignment opened on its own storage, with Ada's play of the story past its first decision. */
async function decidedOnce(): Promise<{ storage: MemoryStorage; payload: string; controller: AppController }> {
  const storage = new MemoryStorage();
  const payload = encodeAssignment(assignmentOf());
  const controller = await open(payload, storage);
  startAs(controller, 'Ada', storyId);
  stepToFirstDecision(controller);
  takeFirstStep(controller);
  return { storage, payload, controller };
}

/** Plays to the ending, noting whether any feedback or quiz result was shown on the way. */
function playOut(controller: AppController): { sawOutcome: boolean } {
  let sawOutcome = false;
  for (let steps = 0; controller.view.name === 'play'; steps++) {
    if (steps > 500) throw new Error('no ending');
    if (playView(controller).pendingOutcome) sawOutcome = true;
    takeFirstStep(controller);
  }
  return { sawOutcome };
}

describe('assignment: the link', () => {
  it('opens the assignment home with the banner and the scenarios in order, none startable before a name is confirmed', async () => {
    const controller = await open(encodeAssignment(assignmentOf({ trial: true })));
    const home = viewOf(controller, 'assignment');
    expect(home.banner).toMatchObject({ className: '9B History', note: 'Play it before Friday.', due: 'Due 24 Dec 2026' });
    expect(home.banner.trial).toBe('Trial run — does not count');
    expect(home.banner.privacy).toMatch(/Nothing is sent anywhere/);
    expect(home.scenarios.map((c) => [c.id, c.state])).toEqual([
      [storyId, 'not-started'],
      [quizId, 'not-started'],
    ]);
    expect(home.student.name).toBeNull();
    controller.openBriefing(storyId);
    expect(controller.view.name).toBe('assignment');
    controller.confirmName('   ');
    expect(viewOf(controller, 'assignment').student.name).toBeNull();
    controller.confirmName('  Ada  ');
    expect(viewOf(controller, 'assignment').student.name).toBe('Ada');
    controller.openBriefing(storyId);
    expect(viewOf(controller, 'briefing').scenarioId).toBe(storyId);
  });

  it('an edited or cut link shows what is wrong on the menu, and free play still works', async () => {
    const payload = encodeAssignment(assignmentOf());
    const edited = payload.slice(0, 20) + (payload[20] === 'A' ? 'B' : 'A') + payload.slice(21);
    for (const bad of [edited, payload.slice(0, payload.length - 30), 'nonsense']) {
      const controller = await open(bad);
      const menu = viewOf(controller, 'menu');
      const expected = decodeAssignment(bad);
      if (expected.ok) throw new Error('the damaged link decoded');
      expect(menu.notice).toBe(`${expected.message} You can still play freely: pick a scenario below.`);
      controller.openBriefing(storyId);
      controller.start(storyId);
      expect(playView(controller).undoAllowed).toBe(true);
    }
  });

  it("the pause menu's way out is named by where it leads: the assignment's home, or the menu once in free play", async () => {
    const controller = await open(encodeAssignment(assignmentOf()));
    startAs(controller, 'Ada', storyId);
    expect(playView(controller).leaveLabel).toBe(ASSIGNMENT_LABELS.pauseBackToAssignment);
    controller.openMenu();
    expect(controller.view.name).toBe('assignment');
    controller.leaveAssignment();
    controller.openBriefing(storyId);
    controller.start(storyId);
    expect(playView(controller).leaveLabel).toBe(LABELS.pauseMenu);
    controller.openMenu();
    expect(controller.view.name).toBe('menu');
  });

  it('when the part of the game that reads assignments cannot download, the menu says so and free play stays', async () => {
    const services = { ...servicesFor(texts), loadAssignmentKit: () => Promise.reject(new Error('offline')) };
    const controller = new AppController(services, { route: parseRoute(`#assign=${encodeAssignment(assignmentOf())}`) });
    await controller.load();
    expect(viewOf(controller, 'menu').notice).toMatch(/^The assignment could not be opened: part of the game did not download/);
  });

  it('a shipped id the game lacks is said on its card; the others play', async () => {
    const controller = await open(encodeAssignment(assignmentOf({ scenarios: [{ id: 'no-such-scenario' }, { id: quizId }] })));
    const [missing, quiz] = viewOf(controller, 'assignment').scenarios;
    expect(missing).toMatchObject({ id: null, state: 'missing' });
    expect(missing?.missing).toMatch(/does not have the scenario “no-such-scenario”/);
    expect(quiz?.id).toBe(quizId);
  });

  it('a scenario file carried in the link opens under an id of its own, marked as not reviewed', async () => {
    const text = texts.find((t) => t.file === `${quizId}.json`)!.text;
    const controller = await open(encodeAssignment(assignmentOf({ scenarios: [{ file: text }] })));
    const [card] = viewOf(controller, 'assignment').scenarios;
    expect(card).toMatchObject({ id: `outside:${quizId}`, mark: 'Not reviewed by the project' });
    startAs(controller, 'Ada', `outside:${quizId}`);
    playOut(controller);
    const { handIn } = viewOf(controller, 'ending');
    expect(verifyCode(handIn!.code, library).status).toBe('verified');
  });
});

describe('assignment: the name, the code and My results', () => {
  it('each ending gives a code that verifies with the student, the assignment and the attempt; kept across a reload', async () => {
    const storage = new MemoryStorage();
    const payload = encodeAssignment(assignmentOf());
    const assignmentId = (decodeAssignment(payload) as { ok: true; assignment: { id: string } }).assignment.id;
    const controller = await open(payload, storage);
    startAs(controller, 'Ada <b>Lovelace</b>', storyId);
    playOut(controller);
    const ending = viewOf(controller, 'ending');
    expect(ending.handIn).toMatchObject({ student: 'Ada <b>Lovelace</b>', className: '9B History', overLimit: null });
    const verified = verifyCode(ending.handIn!.code, library, { assignmentId });
    expect(verified.status).toBe('verified');
    expect(verified.code).toMatchObject({ student: 'Ada <b>Lovelace</b>', assignment: assignmentId, attempt: 1, trial: false });
    expect(verified.code?.claimed).toEqual({ ending: ending.result.ending, score: ending.result.score });
    expect(Date.parse(verified.code!.finished)).toBeGreaterThanOrEqual(Date.parse(verified.code!.started));
    expect(ending.nextScenarioId).toBe(quizId);
    // Free play's progress is not where an assignment's result goes.
    controller.openMenu();
    const home = viewOf(controller, 'assignment');
    expect(home.scenarios[0]).toMatchObject({ state: 'done', attempts: '1 attempt used (no limit)' });
    expect(home.results.map((r) => r.code)).toEqual([ending.handIn!.code]);

    const reloaded = await open(payload, storage);
    const again = viewOf(reloaded, 'assignment');
    expect(again.student).toMatchObject({ name: null, prefill: 'Ada <b>Lovelace</b>' });
    expect(again.results.map((r) => r.code)).toEqual([ending.handIn!.code]);
    reloaded.leaveAssignment();
    expect(viewOf(reloaded, 'menu').cards.find((c) => c.id === storyId)).toMatchObject({ finished: false, bestScore: null });
  });

  it('a play under way is kept apart from free play and continues with its times after a reload', async () => {
    const { storage, payload, controller } = await decidedOnce();
    controller.openMenu();
    expect(viewOf(controller, 'assignment').scenarios[0]).toMatchObject({ state: 'in-progress', hasSave: true });
    expect(storage.getItem(`crisis-table:save:${storyId}`)).toBeNull();
    const reloaded = await open(payload, storage);
    reloaded.confirmName('Ada');
    reloaded.resume(storyId);
    playOut(reloaded);
    const { handIn } = viewOf(reloaded, 'ending');
    expect(verifyCode(handIn!.code, library).status).toBe('verified');
  });

  it('an undo before a reload is still in the code of the play finished after it, at the same attempt', async () => {
    const { storage, payload, controller } = await decidedOnce();
    controller.undo();
    stepToFirstDecision(controller);
    takeFirstStep(controller);
    const reloaded = await open(payload, storage);
    reloaded.confirmName('Ada');
    reloaded.resume(storyId);
    playOut(reloaded);
    const verified = verifyCode(viewOf(reloaded, 'ending').handIn!.code, library);
    expect(verified.status).toBe('verified');
    expect(verified.code).toMatchObject({ undos: 1, attempt: 1 });
  });
});

describe("assignment: the teacher's options", () => {
  it('undo off: no undo in the play view, and the machine refuses one', async () => {
    const controller = await open(
      encodeAssignment(assignmentOf({ options: { undo: false, feedback: 'during', showScore: true, attempts: null } })),
    );
    startAs(controller, 'Ada', storyId);
    stepToFirstDecision(controller);
    const node = playView(controller).screen.node;
    takeFirstStep(controller);
    while (playView(controller).pendingOutcome) takeFirstStep(controller);
    const view = playView(controller);
    expect(view).toMatchObject({ undoAllowed: false });
    expect(view.undoRule).toMatch(/Undo is switched off/);
    controller.undo();
    expect(playView(controller).screen.node).not.toBe(node);
  });

  it('feedback at the end: no feedback or quiz result during play; the ending has them', async () => {
    const during = await open(encodeAssignment(assignmentOf()));
    startAs(during, 'Ada', quizId);
    expect(playOut(during).sawOutcome).toBe(true);

    const held = await open(encodeAssignment(assignmentOf({ options: { undo: true, feedback: 'end', showScore: true, attempts: null } })));
    startAs(held, 'Ada', quizId);
    expect(playOut(held).sawOutcome).toBe(false);
    const ending = viewOf(held, 'ending');
    expect(ending.quizReview.length).toBeGreaterThan(0);
    expect(ending.words.review.flat().join(' ')).toMatch(/Correct|Not quite/);
    expect(verifyCode(ending.handIn!.code, library).status).toBe('verified');
  });

  it('score hidden: none at the ending, in its told summary or in My results', async () => {
    const controller = await open(
      encodeAssignment(assignmentOf({ options: { undo: true, feedback: 'during', showScore: false, attempts: null } })),
    );
    startAs(controller, 'Ada', storyId);
    playOut(controller);
    const ending = viewOf(controller, 'ending');
    expect(ending.words).toMatchObject({ score: null, scoreDetail: null });
    expect(ending.words.told).not.toMatch(/Score/);
    expect(ending.handIn!.results[0]?.line).not.toMatch(/Score/);
    controller.openMenu();
    expect(viewOf(controller, 'assignment').results[0]?.line).not.toMatch(/Score/);
  });

  it('attempts: counted per scenario on the device; past the limit the card says so and the code is marked', async () => {
    const storage = new MemoryStorage();
    const payload = encodeAssignment(assignmentOf({ options: { undo: true, feedback: 'during', showScore: true, attempts: 1 } }));
    const controller = await open(payload, storage);
    startAs(controller, 'Ada', storyId);
    playOut(controller);
    expect(viewOf(controller, 'ending').handIn?.overLimit).toBeNull();
    controller.openMenu();
    const [story, quiz] = viewOf(controller, 'assignment').scenarios;
    expect(story).toMatchObject({ attempts: '1 of 1 attempt used' });
    expect(story?.limitNote).toMatch(/used your attempt\. You may still play/);
    expect(quiz?.limitNote).toBeNull();
    controller.openBriefing(storyId);
    controller.start(storyId);
    playOut(controller);
    const second = viewOf(controller, 'ending').handIn!;
    expect(second.overLimit).toMatch(/attempt 2; your teacher allowed 1/);
    expect(verifyCode(second.code, library).code?.attempt).toBe(2);
  });
});

describe('assignment: what the device keeps', () => {
  it('an unreadable record is set aside untouched and said; the rest of the storage is not touched and new codes are kept', async () => {
    const payload = encodeAssignment(assignmentOf());
    const { id } = (decodeAssignment(payload) as { ok: true; assignment: { id: string } }).assignment;
    const storage = new MemoryStorage();
    storage.setItem(ASSIGNMENT_KEY_PREFIX + id, '{"version":1,"codes":[{"broken":');
    storage.setItem('crisis-table:save:other', '{"kept":true}');
    storage.setItem(LAST_STUDENT_KEY, 'Grace');
    const controller = await open(payload, storage);
    const home = viewOf(controller, 'assignment');
    expect(home.storageProblem).toBe(UNREADABLE_RESULTS_NOTICE);
    expect(home.results).toEqual([]);
    expect(home.student.prefill).toBe('Grace');
    expect(storage.getItem(ASSIGNMENT_KEY_PREFIX + id + UNREADABLE_SUFFIX)).toBe('{"version":1,"codes":[{"broken":');
    expect(storage.getItem('crisis-table:save:other')).toBe('{"kept":true}');
    startAs(controller, 'Grace', quizId);
    playOut(controller);
    controller.openMenu();
    expect(viewOf(controller, 'assignment').results).toHaveLength(1);
    expect(storage.getItem(ASSIGNMENT_KEY_PREFIX + id + UNREADABLE_SUFFIX)).toBe('{"version":1,"codes":[{"broken":');
  });

  it('a browser that will not store: the ending says to copy the code now', async () => {
    const controller = await open(encodeAssignment(assignmentOf()), null as unknown as MemoryStorage);
    startAs(controller, 'Ada', quizId);
    playOut(controller);
    expect(viewOf(controller, 'ending').handIn?.storageProblem).toBe(UNKEPT_RESULT_NOTICE);
  });
});
