/**
 * The room behind the scene, drawn with a few quiet shapes so text on top stays easy to read:
 * a long negotiating table, a press-room podium with flags, or a briefing-room map grid.
 * High contrast mode shows no backdrop at all.
 */
import type Phaser from 'phaser';
import type { Setting } from '../../app/view';
import type { Palette } from '../theme';

type G = Phaser.GameObjects.Graphics;

const LINE = 0x22344f;
const SHAPE = 0x142238;

function negotiation(g: G, w: number, h: number): void {
  const cx = w / 2;
  const cy = h * 0.78;
  const rx = Math.min(w * 0.42, 520);
  const ry = Math.min(h * 0.12, 80);
  for (let i = 0; i < 10; i++) {
    const a = (i / 10) * Math.PI * 2 + Math.PI / 10;
    g.fillStyle(SHAPE, 1).fillCircle(cx + (rx + 26) * Math.cos(a), cy + (ry + 20) * Math.sin(a), 14);
  }
  g.fillStyle(0x15243a, 1).fillEllipse(cx, cy, rx * 2, ry * 2);
  g.lineStyle(2, LINE, 1).strokeEllipse(cx, cy, rx * 2, ry * 2);
}

function pressRoom(g: G, w: number, h: number): void {
  const cx = w / 2;
  const base = h * 0.92;
  for (let i = -2; i <= 2; i++) {
    if (i === 0) continue;
    const x = cx + i * Math.min(w * 0.12, 110);
    g.lineStyle(3, LINE, 1).lineBetween(x, base, x, base - h * 0.45);
    g.fillStyle(SHAPE, 1).fillRect(x, base - h * 0.45, 34, 46);
  }
  g.fillStyle(0x15243a, 1).fillRect(cx - 50, base - h * 0.22, 100, h * 0.22);
  g.lineStyle(2, LINE, 1).strokeRect(cx - 50, base - h * 0.22, 100, h * 0.22);
}

function briefing(g: G, w: number, h: number): void {
  g.lineStyle(1, LINE, 1);
  const step = 48;
  for (let x = step / 2; x < w; x += step) g.lineBetween(x, 0, x, h);
  for (let y = step / 2; y < h; y += step) g.lineBetween(0, y, w, y);
  g.lineStyle(2, 0x34507a, 1).strokeCircle(w * 0.7, h * 0.35, Math.min(w, h) * 0.18);
  g.fillStyle(0x34507a, 1)
    .fillCircle(w * 0.7, h * 0.35, 4)
    .fillCircle(w * 0.3, h * 0.6, 4);
}

export function drawBackdrop(g: G, setting: Setting | null, width: number, height: number, palette: Palette, highContrast: boolean): void {
  g.fillStyle(palette.background, 1).fillRect(0, 0, width, height);
  if (highContrast) return;
  if (setting === 'negotiation') negotiation(g, width, height);
  else if (setting === 'press-room') pressRoom(g, width, height);
  else briefing(g, width, height);
}
