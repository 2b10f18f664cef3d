/**
 * The menu: one card per scenario file found (title, role, length, objectives, finished and best
 * score, Continue where a save exists). A broken file gets a card that shows its error.
 */
import type { ScenarioCard } from '../../app/view';
import { LABELS } from '../../app/wording';
import type { GameContext } from '../context';
import { PageScene } from '../page-scene';
import { Button } from '../widgets/button';
import { drawHeader, drawPanel } from '../widgets/chrome';
import { addText } from '../widgets/text';

export class MenuScene extends PageScene {
  /** "More scenarios below", shown while cards are hidden below the fold. */
  private moreCue: { text: Phaser.GameObjects.Text; panel: Phaser.GameObjects.Graphics } | null = null;

  constructor(ctx: GameContext) {
    super('menu', ctx);
  }

  protected override onScroll(): void {
    const cue = this.moreCue;
    if (!cue) return;
    const viewport = this.contentViewport();
    // Hidden once the player has scrolled (they know there is more) or the end is in view.
    const hidden = this.cameras.main.scrollY > this.theme.gap || this.cameras.main.scrollY + viewport.height >= this.contentBottom - 1;
    cue.text.setVisible(!hidden);
    cue.panel.setVisible(!hidden);
  }

  protected layout(width: number): void {
    const view = this.ctx.controller.view;
    if (view.name !== 'menu') return;
    const { palette, type, margin, gap } = this.theme;
    const header = drawHeader(this, this.theme, width, LABELS.gameTitle);
    this.setFrame(header, 0);
    const inner = Math.min(width - margin * 2, 1240);
    const left = Math.round((width - inner) / 2);
    let y = gap;
    const intro = addText(this, {
      id: 'menu:intro',
      x: left,
      y,
      text: view.intro,
      size: type.body,
      color: palette.textMuted,
      width: Math.min(inner, 760),
    });
    y += intro.height + gap;
    if (view.notice) {
      const pad = Math.round(gap * 0.8);
      const notice = addText(this, {
        id: 'menu:notice',
        x: left + pad,
        y: y + pad,
        text: view.notice,
        size: type.body,
        color: palette.ink,
        width: inner - pad * 2,
        bold: true,
      });
      drawPanel(this, { x: left, y, width: inner, height: notice.height + pad * 2 }, 'paper', palette);
      y += notice.height + pad * 2 + gap;
    }
    const columns = inner >= 1060 ? 3 : inner >= 680 ? 2 : 1;
    const cardWidth = (inner - gap * (columns - 1)) / columns;
    const rows: ScenarioCard[][] = [];
    for (let i = 0; i < view.cards.length; i += columns) rows.push(view.cards.slice(i, i + columns));
    const drawRow = (cards: ScenarioCard[], top: number): number => {
      const heights = cards.map((card, i) => this.card(card, left + i * (cardWidth + gap), top, cardWidth));
      const rowHeight = Math.max(...heights);
      cards.forEach((_, i) => {
        drawPanel(this, { x: left + i * (cardWidth + gap), y: top, width: cardWidth, height: rowHeight }, 'surface', palette);
      });
      return top + rowHeight + gap;
    };
    // The rows on screen now are drawn at once; those below the fold a frame later, so the first
    // frame (the one a student waits for) carries only what it shows.
    const fold = this.cameras.main.scrollY + this.contentViewport().height;
    let drawn = 0;
    while (drawn < rows.length && y < fold) y = drawRow(rows[drawn++] ?? [], y);
    const below = rows.slice(drawn);
    const end = (top: number): number => {
      const open = new Button(
        this,
        {
          id: 'open-file',
          label: LABELS.openFile,
          note: LABELS.openFileHint,
          x: left,
          y: top,
          width: Math.min(inner, 520),
          layer: 'content',
          style: 'secondary',
          onPress: () => this.ctx.pickScenarioFile(),
        },
        this.theme,
      );
      return top + open.height + gap;
    };
    this.moreCue = null;
    if (below.length > 0) {
      this.drawMoreCue(width);
      this.drawAfterFirstFrame(() => {
        let top = y;
        for (const cards of below) top = drawRow(cards, top);
        this.setBottom(end(top));
      });
    } else {
      y = end(y);
    }
    if (view.cards.length === 0) {
      const none = addText(this, {
        id: 'menu:empty',
        x: left,
        y,
        text: LABELS.noScenarios,
        size: type.body,
        color: palette.text,
        width: inner,
      });
      y += none.height + gap;
    }
    this.setBottom(y);
  }

  private contentBottom = 0;

  private setBottom(y: number): void {
    this.contentBottom = y;
    this.setContentHeight(y);
    this.onScroll();
  }

  /** A cue at the foot of the screen that more cards follow below the fold. */
  private drawMoreCue(width: number): void {
    const { palette, type, gap } = this.theme;
    const viewport = this.contentViewport();
    const padX = Math.round(gap * 0.9);
    const padY = Math.round(gap * 0.4);
    const text = addText(this, {
      id: 'menu:more',
      x: 0,
      y: 0,
      text: LABELS.moreBelow,
      size: type.body,
      color: palette.ink,
      width: Math.min(width - gap * 2, 480),
      layer: 'chrome',
      bold: true,
    });
    const boxWidth = text.width + padX * 2;
    const boxHeight = text.height + padY * 2;
    const box = {
      x: Math.round((width - boxWidth) / 2),
      y: viewport.y + viewport.height - boxHeight - gap,
      width: boxWidth,
      height: boxHeight,
    };
    text.setPosition(box.x + padX, box.y + padY);
    this.registerText('menu:more', text, box, 'chrome');
    const panel = drawPanel(this, box, 'paper', palette, 'chrome');
    this.moreCue = { text, panel };
  }

  /** Draws a card's contents; returns its height (the panel behind is drawn per row, at the row's height). */
  private card(card: ScenarioCard, x: number, y: number, width: number): number {
    const { palette, type, gap } = this.theme;
    const pad = Math.round(gap * 1.1);
    const inner = width - pad * 2;
    let cy = y + pad;
    const line = (id: string, text: string, size: number, color: string, options: { bold?: boolean; italic?: boolean } = {}): void => {
      const t = addText(this, {
        id: `card:${card.id}:${id}`,
        x: x + pad,
        y: cy,
        text,
        size,
        color,
        width: inner,
        layer: 'content',
        ...options,
      });
      cy += t.height + Math.round(gap * 0.5);
    };
    line('title', card.title, type.large, palette.text, { bold: true });
    if (card.error) {
      line('broken', LABELS.brokenCard, type.body, palette.worseText, { bold: true });
      line('error', card.error, type.small, palette.text);
      const button = new Button(
        this,
        {
          id: `card:${card.id}`,
          label: LABELS.cannotOpen,
          x: x + pad,
          y: cy,
          width: inner,
          layer: 'content',
          style: 'secondary',
          enabled: false,
          onPress: () => {},
        },
        this.theme,
      );
      return cy + button.height + pad - y;
    }
    if (card.mark !== undefined) line('mark', card.mark, type.small, palette.worseText, { bold: true });
    line('role', `${LABELS.rolePrefix}${card.role}`, type.body, palette.accentText, { bold: true });
    line('status', card.status, type.small, card.finished ? palette.betterText : palette.textMuted, {
      bold: card.finished,
    });
    // The buttons come before the long text, so every card's button is on the first screen of a wide menu.
    const open = new Button(
      this,
      {
        id: `card:${card.id}`,
        label: card.hasSave ? LABELS.briefing : LABELS.openBriefing,
        x: x + pad,
        y: cy,
        width: inner,
        layer: 'content',
        style: card.hasSave ? 'secondary' : 'primary',
        onPress: () => this.ctx.controller.openBriefing(card.id),
      },
      this.theme,
    );
    cy += open.height + Math.round(gap * 0.6);
    if (card.hasSave) {
      const resume = new Button(
        this,
        {
          id: `resume:${card.id}`,
          label: LABELS.continueSaved,
          x: x + pad,
          y: cy,
          width: inner,
          layer: 'content',
          style: 'primary',
          onPress: () => this.ctx.controller.resume(card.id),
        },
        this.theme,
      );
      cy += resume.height + Math.round(gap * 0.6);
    }
    line('summary', card.summary, type.body, palette.text);
    line('objectives-title', LABELS.youWillLearn, type.small, palette.textMuted, { bold: true });
    card.objectives.forEach((objective, i) => line(`objective-${i}`, `•  ${objective}`, type.small, palette.text));
    cy -= Math.round(gap * 0.5);
    return cy + pad - y;
  }
}
