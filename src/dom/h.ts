/** A small element builder, so the view renderers read like the markup they make. */

export type Child = Node | string | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

export interface TargetButtonSpec {
  /** The inspector id shared with the canvas twin, e.g. 'choice:reject'. */
  target: string;
  label: Child | Child[];
  onPress: () => void;
  enabled?: boolean;
  /** Why the button cannot be used, read out with it (aria-describedby). */
  reason?: string;
  className?: string;
}

let describedCount = 0;

/**
 * A real button carrying its canvas twin's id in data-target. A disabled action stays focusable
 * (aria-disabled, not the disabled attribute) so a screen reader can still reach it and hear why.
 */
export function targetButton(spec: TargetButtonSpec): HTMLButtonElement {
  const enabled = spec.enabled ?? true;
  const labels = Array.isArray(spec.label) ? spec.label : [spec.label];
  const button = h(
    'button',
    {
      type: 'button',
      class: ['ct-target', spec.className].filter(Boolean).join(' '),
      'data-target': spec.target,
      'aria-disabled': enabled ? null : 'true',
    },
    ...labels,
  );
  if (spec.reason) {
    const id = `ct-why-${++describedCount}`;
    button.append(h('span', { id, class: 'ct-reason' }, spec.reason));
    button.setAttribute('aria-describedby', id);
  }
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-disabled') !== 'true') spec.onPress();
  });
  return button;
}
