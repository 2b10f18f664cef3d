/**
 * Where keyboard focus goes when a view appears: to the first new thing to act on, so a keyboard or
 * screen-reader player never has to hunt for it. Pure, so it is tested without a browser.
 */
import type { AppView } from '../app/view';

/** A data-target id, 'heading' for the view's main heading, or null to leave focus alone. */
export type FocusGoal = string | null;

export function focusGoalFor(view: AppView): FocusGoal {
  switch (view.name) {
    case 'loading':
      return null;
    case 'menu':
    case 'briefing':
    case 'ending':
      return 'heading';
    // Once the name is confirmed, the first scenario to open; until then the heading, with the name field next.
    case 'assignment': {
      const first = view.student.name !== null ? view.scenarios.find((card) => card.id !== null) : undefined;
      return first?.id ? `assign:${first.hasSave ? 'resume' : 'open'}:${first.id}` : 'heading';
    }
    case 'play': {
      if (view.paused) return 'pause:resume';
      if (view.pendingOutcome) return 'acknowledge';
      const { screen } = view;
      if (screen.kind === 'line') return 'continue';
      if (screen.kind === 'quiz') return 'option:0';
      if (screen.kind === 'choice') {
        const first = screen.choices.find((c) => c.available) ?? screen.choices[0];
        return first ? `choice:${first.id}` : null;
      }
      return null;
    }
  }
}
