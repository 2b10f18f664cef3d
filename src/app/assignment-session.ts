/**
 * An assignment opened in the game: the teacher's link read (its scenario files validated and kept
 * beside the catalog as not reviewed), each of its scenarios found in the game or said to be
 * missing, what the device keeps of it, and the name the student confirmed in this sitting (never
 * taken from storage silently: a school's shared device has many students). No Phaser, no DOM.
 */
import type { Assignment } from '../core/results/assignment';
import type { AssignmentKit } from './assignment-kit';
import { AssignmentStore } from './assignment-store';
import type { ScenarioLibrary } from './scenario-library';

/** One of the assignment's scenarios, in the teacher's order: playable under a library id, or missing. */
type AssignmentItem = { key: string; libraryId: string } | { key: string; missing: string };

export interface AssignmentSession {
  assignment: Assignment;
  kit: AssignmentKit;
  store: AssignmentStore;
  items: AssignmentItem[];
  /** The name confirmed in this sitting; null until the student confirms one. */
  student: string | null;
}

export type AssignmentOpened = { ok: true; session: AssignmentSession } | { ok: false; notice: string };

/** Said of a link that cannot be read; free play stays open. */
function unreadableAssignmentNotice(message: string): string {
  return `${message} You can still play freely: pick a scenario below.`;
}

function missingScenarioNotice(id: string): string {
  return `This version of the game does not have the scenario “${id}” that the assignment asks for. Ask your teacher about it.`;
}

/** Reads the link's payload into a session (or a notice saying what is wrong with it). */
export function openAssignment(library: ScenarioLibrary, kit: AssignmentKit, storage: Storage | null, payload: string): AssignmentOpened {
  const decoded = kit.decodeAssignment(payload);
  if (!decoded.ok) return { ok: false, notice: unreadableAssignmentNotice(decoded.message) };
  const { assignment } = decoded;
  const items = assignment.scenarios.map((scenario, index): AssignmentItem => {
    if (scenario.kind === 'file')
      return { key: scenario.id, libraryId: library.addOutside(scenario.scenario, `scenario ${index + 1} of the assignment`).id };
    // Shipped ids are looked up in the catalog alone (outside scenarios live under ids of their own).
    return library.entry(scenario.id)
      ? { key: scenario.id, libraryId: scenario.id }
      : { key: scenario.id, missing: missingScenarioNotice(scenario.id) };
  });
  return { ok: true, session: { assignment, kit, store: new AssignmentStore(storage, assignment.id), items, student: null } };
}

/** The assignment's item for a scenario of the library, if the scenario is part of it. */
export function itemFor(session: AssignmentSession | null, libraryId: string | null): { key: string; libraryId: string } | undefined {
  if (!session || libraryId === null) return undefined;
  for (const item of session.items) if ('libraryId' in item && item.libraryId === libraryId) return item;
  return undefined;
}

/** The next playable scenario of the assignment after this one, in the teacher's order. */
export function nextInAssignment(session: AssignmentSession, libraryId: string): string | null {
  const at = session.items.findIndex((item) => 'libraryId' in item && item.libraryId === libraryId);
  for (const item of session.items.slice(at + 1)) if ('libraryId' in item) return item.libraryId;
  return null;
}

/**
 * Where a play's save lives: an assignment's play is kept apart from free play of the same scenario,
 * so a free play never passes for the assignment's and neither overwrites the other.
 */
export function saveKeyFor(session: AssignmentSession | null, libraryId: string): string {
  const item = itemFor(session, libraryId);
  return item && session ? `assign:${session.assignment.id}:${item.key}` : libraryId;
}
