/**
 * Playing a scenario: the meters, who speaks (emblem, name, title, affiliation), the line typing
 * out, then the choices as large numbered buttons (an unavailable one disabled, with why) or a
 * Continue; a quiz with its options; and after a step its feedback or the quiz result with the
 * explanation and the cited source, until the player acknowledges it.
 */
import type Phaser from 'phaser';
import type { ChoiceView, Screen, StepOutcome } from '../../core/engine/types';
import type { AppView, DisplayMeter, LineWords, QuizResultWords } from '../../app/view';
import { LABELS, unavailableReason } from '../../app/wording';
import { typewriterCharsPerSecond } from '../../settings/settings';
import type { GameContext } from '../context';
import { MeterTips } from '../meter-tips';
import { PageScene } from '../page-scene';
import { drawBackdrop } from '../widgets/backdrop';
import { Button } from '../widgets/button';
import { drawFooter, drawHeader, drawPanel, type FooterAction } from '../widgets/chrome';
import { drawEmblem, isEmblem } from '../widgets/emblem';
import { drawMeters } from '../widgets/meter-bar';
import { addText, TextColumn } from '../widgets/text';
import { typeOut } from '../widgets/typewriter';
import { strokeRoundedRect } from '../widgets/rounded-rect';

type PlayView = Extract<AppView, { name: 'play' }>;
type LineScreen = Extract<Screen, { kind: 'line' | 'choice' }>;

export class PlayScene extends PageScene {
  /** The screen whose line has been typed out (so a rebuild shows it whole, with its choices). */
  private typedKey = '';
  /** Meter values last drawn, so a bar slides only when its value really changed. */
  private drawnMeters = new Map<string, number>();
  private drawnScenario = '';
  /** The screen (and whether it was still typing) the scroll position was last set for. */
  private placedKey = '';
  /** Where the buttons of the screen (choices or quiz options) are, in content coordinates. */
  private answers: { top: number; bottom: number } | null = null;
  private readonly tips = new MeterTips(this, () => this.ctx.wake());
  /** The scroll position last seen, so that only a real move of the page closes a tip. */
  private scrolledTo = 0;

  constructor(ctx: GameContext) {
    super('play', ctx);
  }

  override create(): void {
    this.input.on('pointerup', (pointer: Phaser.Input.Pointer) => this.tips.release(pointer));
    this.events.once('shutdown', () => this.tips.clear());
    super.create();
  }

  /** A press that closes a meter's tip acts on nothing else (no click-through to a choice under it). */
  override admitsPress(pointer: Phaser.Input.Pointer): boolean {
    return !this.tips.takes(pointer.event) && super.admitsPress(pointer);
  }

  /** Keyboard focus on a meter shows its tip, as hovering it does. */
  override showFocus(id: string | null): void {
    super.showFocus(id);
    this.tips.focus(id);
  }

  override dismiss(): boolean {
    return this.tips.dismiss();
  }

  protected override onScroll(): void {
    const y = this.cameras.main.scrollY;
    if (y === this.scrolledTo) return;
    this.scrolledTo = y;
    this.tips.scrolled();
  }

  protected layout(width: number, height: number): void {
    const view = this.ctx.controller.view;
    if (view.name !== 'play') return;
    if (view.scenarioId !== this.drawnScenario) {
      this.drawnScenario = view.scenarioId;
      this.drawnMeters.clear();
      this.typedKey = '';
    }
    const { palette, margin } = this.theme;
    const controller = this.ctx.controller;
    const pauseWidth = Math.round(this.theme.type.body * 5.5);
    // A phone shows no title here (the briefing had it): the story needs the height.
    const title = width < 480 ? '' : view.title;
    const header = drawHeader(this, this.theme, width, title, {
      id: 'pause',
      label: LABELS.pause,
      style: 'secondary',
      width: pauseWidth,
      onPress: () => controller.pause(),
    });
    const key = screenKey(view);
    const typing = this.needsTyping(view, key);
    const footer = drawFooter(this, this.theme, width, height, typing ? [] : this.footerActions(view));
    this.setFrame(header, footer);
    const viewport = this.contentViewport();
    const backdrop = this.content(this.add.graphics()).setScrollFactor(0).setDepth(-2);
    drawBackdrop(backdrop, view.setting, width, viewport.height, palette, this.ctx.settings.get().highContrast);

    this.answers = null;
    let y = this.theme.gap;
    y = this.meters(view.meters, y, key) + this.theme.gap;
    const outcome = view.pendingOutcome;
    if (outcome) y = this.outcome(outcome, view.quizResult, y);
    else if ((view.screen.kind === 'line' || view.screen.kind === 'choice') && view.line)
      y = this.line(view.screen, view.line, y, key, typing);
    else if (view.screen.kind === 'quiz') y = this.quiz(view.screen.question, view.screen.options, y);
    this.setContentHeight(y + margin);
    if (!typing) this.typedKey = key;
    this.place(`${key}|${typing}`);
  }

  /**
   * A new screen starts at its top. Once its choices are drawn they are scrolled into view (on a
   * phone they may not fit under the line): all of them with as much of the line as fits above, or,
   * when even they are taller than the screen, from the first one.
   */
  private place(placement: string): void {
    if (placement === this.placedKey) return;
    this.placedKey = placement;
    const answers = this.answers;
    if (!answers) return this.scrollTo(0);
    const gap = this.theme.gap;
    this.scrollTo(Math.min(answers.top - gap, answers.bottom + gap - this.contentViewport().height));
  }

  private needsTyping(view: PlayView, key: string): boolean {
    if (view.pendingOutcome || (view.screen.kind !== 'line' && view.screen.kind !== 'choice')) return false;
    return this.typedKey !== key && Number.isFinite(this.charsPerSecond());
  }

  /** The settings' speed; reduced motion (the player's or the system's) shows lines whole. */
  private charsPerSecond(): number {
    return typewriterCharsPerSecond({ textSpeed: this.ctx.settings.get().textSpeed, reducedMotion: this.theme.reducedMotion });
  }

  private footerActions(view: PlayView): FooterAction[] {
    const controller = this.ctx.controller;
    if (view.pendingOutcome)
      return [{ id: 'acknowledge', label: LABELS.continue, style: 'primary', onPress: () => controller.acknowledge() }];
    if (view.screen.kind === 'line')
      return [{ id: 'continue', label: LABELS.continue, style: 'primary', onPress: () => controller.continue() }];
    return [];
  }

  private meters(meters: DisplayMeter[], top: number, key: string): number {
    const { columnLeft: left, columnWidth: column } = this.theme;
    const animate = (meter: DisplayMeter): boolean => {
      const previous = this.drawnMeters.get(meter.id);
      this.drawnMeters.set(meter.id, meter.value);
      return previous !== undefined && previous !== meter.value;
    };
    const { cells, bottom } = drawMeters(this, meters, left, top, column, this.theme, { layer: 'content', animate });
    this.tips.place(key, meters, cells, this.theme);
    return bottom;
  }

  private line(screen: LineScreen, words: LineWords, top: number, key: string, typing: boolean): number {
    const { palette, type, gap, columnLeft: left, columnWidth: column } = this.theme;
    let y = top;
    const { narrator } = words;
    if (!narrator) y = this.speaker(screen, words, y) + Math.round(gap * 0.6);
    const pad = Math.round(gap * 1.2);
    const inner = column - pad * 2;
    const paperTop = y;
    y += pad;
    if (words.tag !== undefined) y = this.tag(words.tag, left + pad, y) + Math.round(gap * 0.5);
    const text = addText(this, {
      id: 'line:text',
      x: left + pad,
      y,
      text: words.text,
      size: type.large,
      color: palette.ink,
      width: inner,
      italic: narrator,
    });
    y += text.height;
    if (words.citation !== undefined) {
      y += Math.round(gap * 0.5);
      const cite = addText(this, {
        id: 'line:citation',
        x: left + pad,
        y,
        text: words.citation,
        size: type.small,
        color: palette.inkMuted,
        width: inner,
        italic: true,
      });
      y += cite.height;
    }
    y += pad;
    drawPanel(this, { x: left, y: paperTop, width: column, height: y - paperTop }, 'paper', palette);
    if (typing) {
      typeOut(this, text, this.charsPerSecond(), () => {
        this.typedKey = key;
        // Show the whole line with its choices and Continue once it has typed out.
        this.rebuild();
      });
      return y;
    }
    if (screen.kind === 'choice') {
      const top = y + gap;
      y = this.choices(screen.choices, top);
      this.answers = { top, bottom: y };
    }
    return y;
  }

  private speaker(screen: LineScreen, words: LineWords, top: number): number {
    const { palette, type, gap, columnLeft: left, columnWidth: column } = this.theme;
    const size = Math.round(type.body * 3.2);
    const emblem = screen.speaker.emblem;
    let x = left;
    if (isEmblem(emblem)) {
      drawEmblem(this.content(this.add.graphics()), emblem, left, top, size, palette.surfaceEdge);
      x += size + gap;
    }
    const width = column - (x - left);
    const name = addText(this, {
      id: 'speaker:name',
      x,
      y: top,
      text: words.name,
      size: type.large,
      color: palette.text,
      width,
      bold: true,
    });
    const about = addText(this, {
      id: 'speaker:about',
      x,
      y: top + name.height + 2,
      text: words.about,
      size: type.small,
      color: palette.textMuted,
      width,
    });
    return top + Math.max(isEmblem(emblem) ? size : 0, name.height + 2 + about.height);
  }

  /** A small pill label, e.g. PARAPHRASE; returns its bottom. */
  private tag(label: string, x: number, y: number): number {
    const { palette, type } = this.theme;
    const pill = this.content(this.add.graphics());
    const text = addText(this, {
      id: `tag:${label.toLowerCase()}`,
      x: x + 8,
      y: y + 3,
      text: label,
      size: type.small,
      color: palette.ink,
      width: label.length * type.small,
      bold: true,
    });
    const width = Math.min(text.width, label.length * type.small) + 16;
    const box = { x, y, width, height: text.height + 6 };
    strokeRoundedRect(pill.lineStyle(2, palette.accent, 1), box.x, box.y, box.width, box.height, box.height / 2);
    this.registerText(`tag:${label.toLowerCase()}`, text, box, 'content');
    return y + box.height;
  }

  private choices(choices: ChoiceView[], top: number): number {
    const { gap, columnLeft: left, columnWidth: column } = this.theme;
    let y = top;
    for (const choice of choices) {
      const button = new Button(
        this,
        {
          id: `choice:${choice.id}`,
          label: choice.text,
          badge: String(choice.index + 1),
          ...(choice.available ? {} : { note: unavailableReason(choice.reason) }),
          enabled: choice.available,
          x: left,
          y,
          width: column,
          layer: 'content',
          style: 'choice',
          onPress: () => this.ctx.controller.choose(choice.id),
        },
        this.theme,
      );
      y += button.height + Math.round(gap * 0.6);
    }
    return y;
  }

  private quiz(question: string, options: string[], top: number): number {
    const { palette, type, gap, columnLeft: left, columnWidth: column } = this.theme;
    const pad = Math.round(gap * 1.2);
    let y = top + pad;
    const label = addText(this, {
      id: 'quiz:label',
      x: left + pad,
      y,
      text: LABELS.factCheck.toUpperCase(),
      size: type.small,
      color: palette.inkMuted,
      width: column - pad * 2,
      bold: true,
    });
    y += label.height + 4;
    const text = addText(this, {
      id: 'quiz:question',
      x: left + pad,
      y,
      text: question,
      size: type.large,
      color: palette.ink,
      width: column - pad * 2,
      bold: true,
    });
    y += text.height + pad;
    drawPanel(this, { x: left, y: top, width: column, height: y - top }, 'paper', palette);
    y += gap;
    const first = y;
    options.forEach((option, i) => {
      const button = new Button(
        this,
        {
          id: `option:${i}`,
          label: option,
          badge: String(i + 1),
          x: left,
          y,
          width: column,
          layer: 'content',
          style: 'choice',
          onPress: () => this.ctx.controller.answer(i),
        },
        this.theme,
      );
      y += button.height + Math.round(gap * 0.6);
    });
    this.answers = { top: first, bottom: y };
    return y;
  }

  private outcome(outcome: StepOutcome, words: QuizResultWords | undefined, top: number): number {
    const { palette, type, gap, columnLeft: left, columnWidth: column } = this.theme;
    const pad = Math.round(gap * 1.2);
    const inner = column - pad * 2;
    const lines = new TextColumn(this, left + pad, inner, top + pad, Math.round(gap * 0.6));
    const quiz = outcome.quiz;
    if (quiz && words) {
      lines.put('result:verdict', words.verdict, type.title, quiz.correct ? palette.betterText : palette.worseText, { bold: true });
      lines.put('result:question', quiz.question, type.body, palette.text, { bold: true });
      words.options.forEach((option, i) => {
        const color = option.state === 'right' ? palette.betterText : option.state === 'chosen' ? palette.worseText : palette.textMuted;
        lines.put(
          `result:option-${i}`,
          option.mark ? `${option.text}   ${option.mark}` : option.text,
          type.body,
          color,
          { bold: option.state !== 'other' },
          4,
        );
      });
      lines.y += gap;
      lines.put('result:explanation', quiz.explanation, type.body, palette.text);
      lines.put('result:quote', words.quote, type.body, palette.text, { italic: true }, 4);
      lines.put('result:citation', words.citation, type.small, palette.textMuted, { italic: true }, 0);
    } else {
      lines.put('feedback:label', LABELS.whatHappened.toUpperCase(), type.small, palette.accentText, { bold: true }, 4);
      lines.put('feedback:text', outcome.feedback ?? '', type.large, palette.text, {}, 0);
    }
    const y = lines.y + pad;
    drawPanel(this, { x: left, y: top, width: column, height: y - top }, 'surface', palette);
    return y;
  }
}

/** Identifies what is on screen, so a rebuild of the same screen does not type it out again. */
function screenKey(view: PlayView): string {
  return `${view.scenarioId}|${view.screen.node}|${view.pendingOutcome ? 'outcome' : 'screen'}`;
}
