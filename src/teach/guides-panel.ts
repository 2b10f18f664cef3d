/** The lesson-guides panel: pick a scenario, read or print its guide. */
import { h } from '../dom/h';
import { renderLessonGuide } from './lesson-guide';
import type { ShelfScenario } from './scenario-shelf';

export interface GuidesPanel {
  addScenario(entry: ShelfScenario): void;
}

export function mountGuidesPanel(panel: HTMLElement): GuidesPanel {
  const entries: ShelfScenario[] = [];
  const picker = h('select', { id: 'tt-guide-pick' });
  const guide = h('div', { class: 'tt-guide-slot' });
  const show = (): void => {
    const entry = entries.find((candidate) => candidate.hash === picker.value);
    guide.replaceChildren(...(entry ? [renderLessonGuide(entry.scenario)] : []));
  };
  picker.addEventListener('change', show);
  panel.append(h('div', { class: 'tt-field no-print' }, h('label', { for: picker.id }, 'Scenario'), picker), guide);
  return {
    addScenario(entry) {
      entries.push(entry);
      picker.append(
        h('option', { value: entry.hash }, entry.origin === 'teacher' ? `${entry.scenario.title} (your file)` : entry.scenario.title),
      );
      if (entries.length === 1) show();
    },
  };
}
