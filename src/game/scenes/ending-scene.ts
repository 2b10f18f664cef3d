/**
 * The ending: the outcome and score, the final meters, why the choices led here (debrief, then the
 * lines about this play's own path), what
 * really happened with its source, the epilogue under its own marked heading, a review of the quiz
 * answers, questions for a class discussion, and Play again / Next scenario / Menu.
 */
import type { AppView } from '../../app/view';
import { EPILOGUE_HEADING, LABELS, listItemLine, numberedLine, pathChoiceLine } from '../../app/wording';
import type { GameContext } from '../context';
import { PageScene } from '../page-scene';
import type { Palette } from '../theme';
import { drawBackdrop } from '../widgets/backdrop';
import { Button } from '../widgets/button';
import { drawFooter, drawHeader, drawPanel, type FooterAction } from '../widgets/chrome';
import { drawMeters } from '../widgets/meter-bar';
import { addText } from '../widgets/text';

type EndingView = Extract<AppView, { name: 'ending' }>;

function outcomeColor(outcome: EndingView['result']['outcome'], palette: Palette): string {
  return outcome === 'success' ? palette.betterText : outcome === 'failure' ? palette.worseText : palette.accentText;
}

export class EndingScene extends PageScene {
  constructor(ctx: GameContext) {
    super('ending', ctx);
  }

  protected layout(width: number, height: number): void {
    const view = this.ctx.controller.view;
    if (view.name !== 'ending') return;
    const controller = this.ctx.controller;
    const { palette, gap } = this.theme;
    const header = drawHeader(this, this.theme, width, LABELS.debrief);
    const actions: FooterAction[] = [
      { id: 'play-again', label: LABELS.playAgain, style: 'secondary', onPress: () => controller.playAgain() },
    ];
    if (view.nextScenarioId !== null)
      actions.push({ id: 'next-scenario', label: LABELS.nextScenario, style: 'primary', onPress: () => controller.nextScenario() });
    actions.push({ id: 'menu', label: view.leaveLabel, style: 'secondary', onPress: () => controller.openMenu() });
    const footer = drawFooter(this, this.theme, width, height, actions);
    this.setFrame(header, footer);
    const backdrop = this.content(this.add.graphics()).setScrollFactor(0).setDepth(-2);
    drawBackdrop(backdrop, view.setting, width, this.contentViewport().height, palette, this.ctx.settings.get().highContrast);

    let y = gap;
    y = this.summary(view, y) + gap;
    y = this.section(y, LABELS.finalMeters, (top) => this.finalMeters(view, top));
    y = this.section(y, LABELS.whyItEnded, (top) =>
      view.result.debriefLines.reduce(
        (inner, line, i) => this.paragraph(`debrief-line-${i}`, listItemLine(line), inner),
        this.paragraph('debrief', view.ending.debrief, top),
      ),
    );
    const history = view.ending.history;
    const historyWords = view.words.history;
    if (history && historyWords) {
      y = this.section(y, LABELS.whatReallyHappened, (top) => {
        let inner = this.paragraph('history', history.text, top);
        inner = this.paragraph('history:quote', historyWords.quote, inner, { italic: true });
        return this.paragraph('history:citation', historyWords.citation, inner, { small: true });
      });
    }
    const epilogue = view.ending.epilogue;
    if (epilogue) y = this.section(y, EPILOGUE_HEADING, (top) => this.paragraph('epilogue', epilogue, top));
    if (view.path.length > 0) y = this.section(y, LABELS.yourPath, (top) => this.path(view, top));
    if (view.quizReview.length > 0) y = this.section(y, LABELS.quizAnswers, (top) => this.quizReview(view, top));
    if (view.discussionQuestions.length > 0) {
      y = this.section(y, LABELS.discussion, (top) =>
        view.discussionQuestions.reduce((inner, question, i) => this.paragraph(`discussion-${i}`, listItemLine(question), inner), top),
      );
    }
    y = this.section(y, LABELS.article, (top) => {
      const inner = view.article.lines.reduce((at, line, i) => this.paragraph(`article-${i}`, line, at), top);
      return this.paragraph('article:find', view.article.find, inner, { small: true });
    });
    // The print view is the DOM layer's ending, laid out for paper by its print style sheet.
    const { columnLeft, columnWidth } = this.theme;
    const print = new Button(
      this,
      {
        id: 'print',
        label: LABELS.print,
        x: columnLeft,
        y,
        width: columnWidth,
        layer: 'content',
        style: 'secondary',
        onPress: () => window.print(),
      },
      this.theme,
    );
    y += print.height + gap;
    this.setContentHeight(y);
  }

  /** Outcome, title, text and score on paper. */
  private summary(view: EndingView, top: number): number {
    const { palette, type, gap, columnLeft: left, columnWidth: column } = this.theme;
    const pad = Math.round(gap * 1.2);
    const inner = column - pad * 2;
    let y = top + pad;
    const { ending } = view;
    const put = (id: string, text: string, size: number, color: string, bold = false, after = Math.round(gap * 0.5)): void => {
      const t = addText(this, { id, x: left + pad, y, text, size, color, width: inner, bold });
      y += t.height + after;
    };
    put('ending:outcome', view.words.outcome.toUpperCase(), type.small, palette.ink, true, 2);
    put('ending:title', ending.title, type.title, palette.ink, true);
    put('ending:text', ending.text, type.body, palette.ink);
    // No score at all when the teacher chose not to show it.
    if (view.words.score !== null) put('ending:score', view.words.score, type.title, palette.ink, true, 2);
    if (view.words.scoreDetail !== null) put('ending:score-detail', view.words.scoreDetail, type.small, palette.inkMuted, false, 0);
    y += pad;
    drawPanel(this, { x: left, y: top, width: column, height: y - top }, 'paper', palette);
    // A coloured edge repeats the outcome (the word above says it too).
    const edge = this.content(this.add.graphics());
    edge
      .fillStyle(Number.parseInt(outcomeColor(ending.outcome, palette).slice(1), 16), 1)
      .fillRoundedRect(left, top, 8, y - top, { tl: 12, bl: 12, tr: 0, br: 0 });
    return y;
  }

  /** A titled block on the dark surface; `body` draws from its top and returns its bottom. */
  private section(top: number, title: string, body: (top: number) => number): number {
    const { palette, type, gap, columnLeft: left, columnWidth: column } = this.theme;
    const pad = Math.round(gap * 1.2);
    const heading = addText(this, {
      id: `section:${title}`,
      x: left + pad,
      y: top + pad,
      text: title,
      size: type.large,
      color: palette.accentText,
      width: column - pad * 2,
      bold: true,
    });
    const bottom = body(top + pad + heading.height + Math.round(gap * 0.6)) + pad - Math.round(gap * 0.6);
    drawPanel(this, { x: left, y: top, width: column, height: bottom - top }, 'surface', palette);
    return bottom + gap;
  }

  private paragraph(id: string, text: string, top: number, options: { italic?: boolean; small?: boolean } = {}): number {
    const { palette, type, gap, columnLeft: left, columnWidth: column } = this.theme;
    const pad = Math.round(gap * 1.2);
    const t = addText(this, {
      id: `ending:${id}`,
      x: left + pad,
      y: top,
      text,
      size: options.small ? type.small : type.body,
      color: options.small ? palette.textMuted : palette.text,
      width: column - pad * 2,
      italic: options.italic || options.small,
    });
    return top + t.height + Math.round(gap * 0.6);
  }

  private finalMeters(view: EndingView, top: number): number {
    const { gap, columnLeft: left, columnWidth: column } = this.theme;
    const pad = Math.round(gap * 1.2);
    // The change shown is the whole play's, and the bar is coloured by whether it went the better way.
    const options = { layer: 'content', animate: () => false, toned: true } as const;
    return drawMeters(this, view.meters, left + pad, top, column - pad * 2, this.theme, options).bottom + gap;
  }

  /** Each decision of the play: what was asked (muted), what the player chose, and its feedback. */
  private path(view: EndingView, top: number): number {
    const { palette, type, gap, columnLeft: left, columnWidth: column } = this.theme;
    const pad = Math.round(gap * 1.2);
    const width = column - pad * 2;
    let y = top;
    view.path.forEach((step, i) => {
      const put = (part: string, text: string, size: number, color: string, bold: boolean, after: number): void => {
        const t = addText(this, { id: `path-${i}:${part}`, x: left + pad, y, text, size, color, width, bold });
        y += t.height + after;
      };
      put('prompt', step.prompt, type.small, palette.textMuted, false, 2);
      put('choice', pathChoiceLine(i, step.choice), type.body, palette.text, true, 2);
      if (step.feedback) put('feedback', step.feedback, type.small, palette.text, false, 0);
      y += Math.round(gap * 0.8);
    });
    return y;
  }

  private quizReview(view: EndingView, top: number): number {
    const { palette, type, gap, columnLeft: left, columnWidth: column } = this.theme;
    const pad = Math.round(gap * 1.2);
    let y = top;
    view.quizReview.forEach((answer, i) => {
      const mark = (view.words.review[i] ?? []).join(' ');
      const q = addText(this, {
        id: `review-${i}:question`,
        x: left + pad,
        y,
        text: numberedLine(i, answer.question),
        size: type.body,
        color: palette.text,
        width: column - pad * 2,
      });
      y += q.height + 2;
      const m = addText(this, {
        id: `review-${i}:mark`,
        x: left + pad,
        y,
        text: mark,
        size: type.small,
        color: answer.correct ? palette.betterText : palette.worseText,
        width: column - pad * 2,
        bold: true,
      });
      y += m.height + Math.round(gap * 0.6);
    });
    return y;
  }
}
