/** Small pieces of the studio's own interface. */
import { h, type Attrs } from '../dom/h';

export function button(label: string, onPress: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attrs }, label);
  element.addEventListener('click', onPress);
  return element;
}
