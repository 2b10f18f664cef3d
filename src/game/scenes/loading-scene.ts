/**
 * The game's name and a progress bar that follows what is really loading: the font, before the first
 * screen can be drawn, then a scenario being opened before it has been preloaded (its file and the
 * engine).
 */
import { LABELS } from '../../app/wording';
import type { GameContext } from '../context';
import { PageScene } from '../page-scene';
import { addText } from '../widgets/text';
import { fillRoundedRect, strokeRoundedRect } from '../widgets/rounded-rect';

/** Share of the bar that stands for the font; the rest follows the controller's loading progress. */
const FONT_SHARE = 0.2;

export class LoadingScene extends PageScene {
  constructor(ctx: GameContext) {
    super('loading', ctx);
  }

  /** Loading is never a screen to act on. */
  protected override currentSettled(): boolean {
    return false;
  }

  override settled(): boolean {
    return false;
  }

  protected layout(width: number, height: number): void {
    const { palette, type } = this.theme;
    const view = this.ctx.controller.view;
    const catalog = view.name === 'loading' ? view.progress : 1;
    const fonts = this.ctx.fontsReady();
    const progress = (fonts ? FONT_SHARE : 0) + (1 - FONT_SHARE) * catalog;
    const barWidth = Math.min(width - 48, 420);
    const barX = (width - barWidth) / 2;
    const barY = Math.round(height * 0.58);
    const g = this.content(this.add.graphics());
    fillRoundedRect(g.fillStyle(palette.track, 1), barX, barY, barWidth, 14, 7);
    strokeRoundedRect(g.lineStyle(1, palette.surfaceEdge, 1), barX, barY, barWidth, 14, 7);
    if (progress > 0) fillRoundedRect(g.fillStyle(palette.accent, 1), barX, barY, Math.max(14, barWidth * progress), 14, 7);
    if (!fonts) return;
    const title = addText(this, {
      id: 'loading:title',
      x: barX,
      y: barY - type.title * 3.2,
      text: LABELS.gameTitle,
      size: type.title,
      color: palette.text,
      width: barWidth,
      layer: 'content',
      bold: true,
      align: 'center',
    });
    addText(this, {
      id: 'loading:subtitle',
      x: barX,
      y: title.y + title.height + 6,
      text: LABELS.loadingSubtitle,
      size: type.small,
      color: palette.textMuted,
      width: barWidth,
      layer: 'content',
      align: 'center',
    });
    addText(this, {
      id: 'loading:status',
      x: barX,
      y: barY + 24,
      text: `${LABELS.loading} ${Math.round(progress * 100)}%`,
      size: type.small,
      color: palette.textMuted,
      width: barWidth,
      layer: 'content',
      align: 'center',
    });
    this.setContentHeight(height);
  }
}
