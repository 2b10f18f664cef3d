/**
 * Places every DOM button exactly over its canvas twin. The buttons are invisible and let the pointer
 * through to the canvas (CSS), but a screen reader's touch exploration and highlight find them in the
 * right place. A button whose twin is not drawn (scrolled away, or no canvas) gets no box and is
 * shown as a visible button at the foot of the screen when it has focus (CSS `.ct-target:focus`).
 */
import type { CanvasLayout } from '../app/inspector';

export function placeTwins(layer: HTMLElement, layout: Readonly<CanvasLayout>, canvas: HTMLElement | null): void {
  const box = canvas?.getBoundingClientRect();
  const scale = box && layout.gameSize.width > 0 ? box.width / layout.gameSize.width : 0;
  const rects = new Map(layout.targets.map((t) => [t.id, t]));
  for (const button of layer.querySelectorAll<HTMLElement>('[data-target]')) {
    const twin = rects.get(button.dataset.target ?? '');
    if (!box || !twin || scale === 0) {
      button.classList.remove('ct-twinned');
      button.style.removeProperty('left');
      button.style.removeProperty('top');
      button.style.removeProperty('width');
      button.style.removeProperty('height');
      continue;
    }
    button.classList.add('ct-twinned');
    button.style.left = `${box.left + twin.x * scale}px`;
    button.style.top = `${box.top + twin.y * scale}px`;
    button.style.width = `${twin.width * scale}px`;
    button.style.height = `${twin.height * scale}px`;
  }
}
