/**
 * The page's four panels behind one row of toggle buttons: one panel shows at a time, the pressed
 * button says which, and the address's fragment (#results, …) keeps the choice across a reload.
 */
type PanelName = 'assign' | 'guides' | 'roster' | 'results';

const NAMES: readonly PanelName[] = ['assign', 'guides', 'roster', 'results'];

function isPanelName(value: string): value is PanelName {
  return (NAMES as readonly string[]).includes(value);
}

export interface Panels {
  element(name: PanelName): HTMLElement;
  show(name: PanelName): void;
}

export function mountPanels(root: Document): Panels {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('nav button[data-panel]')];
  const sections = new Map<PanelName, HTMLElement>();
  for (const section of root.querySelectorAll<HTMLElement>('section[data-panel]')) {
    const name = section.dataset.panel ?? '';
    if (isPanelName(name)) sections.set(name, section);
  }
  const show = (name: PanelName): void => {
    for (const [panel, section] of sections) section.hidden = panel !== name;
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.panel === name));
    if (location.hash !== `#${name}`) history.replaceState(null, '', `#${name}`);
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const name = button.dataset.panel ?? '';
      if (isPanelName(name)) show(name);
    });
  }
  const initial = location.hash.slice(1);
  show(isPanelName(initial) ? initial : 'assign');
  return {
    element(name) {
      const section = sections.get(name);
      if (!section) throw new Error(`teach.html has no panel "${name}"`);
      return section;
    },
    show,
  };
}
