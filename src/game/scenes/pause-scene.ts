/**
 * The pause menu, laid over the play scene (Esc or the Pause button): resume, restart, take back
 * the last step, or go to the menu (the game is saved after every step, so nothing is lost).
 */
import { definitionLine, LABELS } from '../../app/wording';
import type { GameContext } from '../context';
import { PageScene } from '../page-scene';
import { Button, type ButtonSpec } from '../widgets/button';
import { drawPanel } from '../widgets/chrome';
import { addText } from '../widgets/text';

export class PauseScene extends PageScene {
  constructor(ctx: GameContext) {
    super('pause', ctx);
  }

  protected layout(width: number, height: number): void {
    const view = this.ctx.controller.view;
    const controller = this.ctx.controller;
    const { palette, type, gap } = this.theme;
    // The play scene shows through, dimmed; the dim also catches clicks meant for the scene below.
    this.cameras.main.setBackgroundColor('rgba(0,0,0,0)');
    const dim = this.content(this.add.graphics()).setScrollFactor(0).setDepth(-2);
    dim.fillStyle(0x000000, 0.72).fillRect(0, 0, width, height);
    dim.setInteractive({ hitArea: { width, height }, hitAreaCallback: () => true });
    const panelWidth = Math.min(width - gap * 2, 420);
    const left = Math.round((width - panelWidth) / 2);
    const pad = Math.round(gap * 1.2);
    const inner = panelWidth - pad * 2;
    if (view.name !== 'play') return;
    const { undoNote } = view;
    // With undo switched off by the teacher there is no Undo button at all, not a disabled one; when
    // it cannot act now it is greyed and says why (never hidden, never silently doing nothing).
    const undo: Omit<ButtonSpec, 'x' | 'y' | 'width' | 'layer'> = {
      id: 'pause:undo',
      label: LABELS.undo,
      style: 'secondary',
      enabled: undoNote === null,
      ...(undoNote === null ? {} : { note: undoNote }),
      onPress: () => controller.undo(),
    };
    const actions: Omit<ButtonSpec, 'x' | 'y' | 'width' | 'layer'>[] = [
      { id: 'pause:resume', label: LABELS.resume, style: 'primary', onPress: () => controller.unpause() },
      ...(view.undoAllowed ? [undo] : []),
      { id: 'pause:restart', label: LABELS.restart, style: 'secondary', onPress: () => controller.restart() },
      { id: 'pause:menu', label: view.leaveLabel, style: 'secondary', onPress: () => controller.openMenu() },
    ];
    const panel = (top: number): number => {
      let y = top + pad;
      const title = addText(this, {
        id: 'pause:title',
        x: left + pad,
        y,
        text: LABELS.paused,
        size: type.title,
        color: palette.text,
        width: inner,
        bold: true,
        align: 'center',
      });
      y += title.height + Math.round(gap * 0.5);
      const rule = addText(this, {
        id: 'pause:undo-rule',
        x: left + pad,
        y,
        text: view.undoRule,
        size: type.small,
        color: palette.textMuted,
        width: inner,
        align: 'center',
      });
      y += rule.height + gap;
      for (const action of actions) {
        const button = new Button(this, { ...action, x: left + pad, y, width: inner, layer: 'content' }, this.theme);
        y += button.height + Math.round(gap * 0.7);
      }
      // The vocabulary at hand during play, not only on the briefing.
      const { vocabulary } = view;
      const put = (id: string, text: string, size: number, color: string, bold: boolean): void => {
        const t = addText(this, { id, x: left + pad, y, text, size, color, width: inner, bold });
        y += t.height + Math.round(gap * 0.4);
      };
      if (vocabulary.length > 0) put('pause:glossary-title', LABELS.vocabulary, type.large, palette.accentText, true);
      vocabulary.forEach((entry, i) =>
        put(`pause:term-${i}`, definitionLine(entry.term, entry.definition), type.small, palette.text, false),
      );
      return y + pad - Math.round(gap * 0.7) - top;
    };
    const panelHeight = this.measure(() => panel(0));
    // On a phone the panel is as wide as the screen, so it starts below the page's sound and settings
    // buttons instead of under them; a panel clear of that corner is centred from the top edge.
    const corner = this.controlsCorner();
    const underCorner = left + panelWidth > width - corner.width;
    const top = Math.max(underCorner ? corner.height + Math.round(gap / 2) : gap, Math.round((height - panelHeight) / 2));
    panel(top);
    drawPanel(this, { x: left, y: top, width: panelWidth, height: panelHeight }, 'surface', palette);
    this.setContentHeight(top + panelHeight + gap);
  }
}
