/**
 * The briefing: who the player is and what they know, the objectives, how long it takes, the terms
 * they will meet, and the note that dialogue is dramatized and where its quotes come from.
 */
import { definitionLine, LABELS, listItemLine } from '../../app/wording';
import type { GameContext } from '../context';
import { PageScene } from '../page-scene';
import { drawBackdrop } from '../widgets/backdrop';
import { drawFooter, drawHeader, drawPanel, type FooterAction } from '../widgets/chrome';
import { TextColumn } from '../widgets/text';

export class BriefingScene extends PageScene {
  constructor(ctx: GameContext) {
    super('briefing', ctx);
  }

  protected layout(width: number, height: number): void {
    const view = this.ctx.controller.view;
    if (view.name !== 'briefing') return;
    const { palette, type, gap, columnLeft: left, columnWidth: column } = this.theme;
    const controller = this.ctx.controller;
    const header = drawHeader(this, this.theme, width, view.title);
    const actions: FooterAction[] = view.hasSave
      ? [
          { id: 'resume', label: LABELS.continue, style: 'primary', onPress: () => controller.resume(view.scenarioId) },
          { id: 'start', label: LABELS.startAfresh, style: 'secondary', onPress: () => this.ctx.startAfresh(view.scenarioId, view.title) },
        ]
      : [{ id: 'start', label: LABELS.start, style: 'primary', onPress: () => controller.start(view.scenarioId) }];
    actions.push({ id: 'menu', label: LABELS.menu, style: 'secondary', onPress: () => controller.openMenu() });
    const footer = drawFooter(this, this.theme, width, height, actions);
    this.setFrame(header, footer);
    const viewport = this.contentViewport();
    const backdrop = this.content(this.add.graphics()).setScrollFactor(0).setDepth(-2);
    drawBackdrop(backdrop, view.setting, width, viewport.height, palette, this.ctx.settings.get().highContrast);

    const pad = Math.round(gap * 1.2);
    const inner = column - pad * 2;
    let y = gap;
    // The role and briefing on paper.
    const paperTop = y;
    y += pad;
    const paper = new TextColumn(this, left + pad, inner, y, Math.round(gap * 0.6));
    if (view.notReviewedNote !== null) paper.put('briefing:not-reviewed', view.notReviewedNote, type.body, palette.ink, { bold: true });
    paper.put('briefing:role-label', LABELS.yourRole.toUpperCase(), type.small, palette.inkMuted, { bold: true }, 2);
    paper.put('briefing:role', view.role.title, type.large, palette.ink, { bold: true });
    paper.put('briefing:text', view.role.briefing, type.body, palette.ink);
    paper.put('briefing:minutes', view.minutesLine, type.small, palette.inkMuted, { italic: true }, 0);
    y = paper.y + pad;
    drawPanel(this, { x: left, y: paperTop, width: column, height: y - paperTop }, 'paper', palette);
    y += gap;

    // Objectives and vocabulary on the dark surface.
    const surfaceTop = y;
    const surface = new TextColumn(this, left + pad, inner, y + pad, Math.round(gap * 0.6));
    surface.put('briefing:objectives-title', LABELS.objectives, type.large, palette.accentText, { bold: true });
    view.objectives.forEach((objective, i) => surface.put(`briefing:objective-${i}`, listItemLine(objective), type.body, palette.text));
    if (view.vocabulary.length > 0) {
      surface.y += Math.round(gap * 0.5);
      surface.put('briefing:vocabulary-title', LABELS.vocabulary, type.large, palette.accentText, { bold: true });
      view.vocabulary.forEach((entry, i) =>
        surface.put(`briefing:term-${i}`, definitionLine(entry.term, entry.definition), type.body, palette.text),
      );
    }
    surface.y += Math.round(gap * 0.5);
    if (view.meterGuide.length > 0) {
      surface.y += Math.round(gap * 0.5);
      surface.put('briefing:meters-title', LABELS.meterGuide, type.large, palette.accentText, { bold: true });
      view.meterGuide.forEach((meter, i) =>
        surface.put(`briefing:meter-${i}`, definitionLine(meter.label, meter.text), type.body, palette.text),
      );
    }
    surface.y += Math.round(gap * 0.5);
    surface.put('briefing:article-title', LABELS.article, type.large, palette.accentText, { bold: true });
    view.article.lines.forEach((line, i) => surface.put(`briefing:article-${i}`, line, type.body, palette.text));
    surface.put('briefing:article-find', view.article.find, type.small, palette.textMuted, { italic: true });
    surface.put('briefing:source-note', view.sourceNote, type.small, palette.textMuted, { italic: true }, 0);
    y = surface.y + pad;
    drawPanel(this, { x: left, y: surfaceTop, width: column, height: y - surfaceTop }, 'surface', palette);
    this.setContentHeight(y + gap);
  }
}
