/**
 * Drawn emblems that stand for a speaker: simplified flags and symbols, never a photograph of a
 * real person. Each fits a square tile of `size` with a thin frame, so any emblem sits the same way
 * beside a speaker's name.
 */
import type Phaser from 'phaser';
import type { Character } from '../../core/model/schema';

export type EmblemId = NonNullable<Character['emblem']>;

type G = Phaser.GameObjects.Graphics;

/** Five-pointed star centred on cx, cy. */
function star(g: G, cx: number, cy: number, outer: number, color: number): void {
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : outer * 0.42;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push({ x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) });
  }
  g.fillStyle(color, 1).fillPoints(points as Phaser.Math.Vector2[], true);
}

function stripes(g: G, x: number, y: number, size: number, colors: number[], vertical: boolean): void {
  const band = size / colors.length;
  colors.forEach((color, i) => {
    g.fillStyle(color, 1);
    if (vertical) g.fillRect(x + i * band, y, band + 0.5, size);
    else g.fillRect(x, y + i * band, size, band + 0.5);
  });
}

const DRAW: Record<EmblemId, (g: G, x: number, y: number, s: number) => void> = {
  us: (g, x, y, s) => {
    const colors = [0xb22234, 0xffffff, 0xb22234, 0xffffff, 0xb22234, 0xffffff, 0xb22234];
    stripes(g, x, y, s, colors, false);
    g.fillStyle(0x3c3b6e, 1).fillRect(x, y, s * 0.5, s * (4 / 7));
    star(g, x + s * 0.25, y + s * (2 / 7), s * 0.16, 0xffffff);
  },
  russia: (g, x, y, s) => stripes(g, x, y, s, [0xffffff, 0x0039a6, 0xd52b1e], false),
  ukraine: (g, x, y, s) => stripes(g, x, y, s, [0x0057b7, 0xffd700], false),
  france: (g, x, y, s) => stripes(g, x, y, s, [0x002654, 0xffffff, 0xce1126], true),
  germany: (g, x, y, s) => stripes(g, x, y, s, [0x000000, 0xdd0000, 0xffce00], false),
  eu: (g, x, y, s) => {
    g.fillStyle(0x003399, 1).fillRect(x, y, s, s);
    for (let i = 0; i < 12; i++) {
      const a = (i * Math.PI) / 6;
      star(g, x + s / 2 + s * 0.32 * Math.cos(a), y + s / 2 + s * 0.32 * Math.sin(a), s * 0.065, 0xffcc00);
    }
  },
  nato: (g, x, y, s) => {
    // The compass rose on navy.
    g.fillStyle(0x004990, 1).fillRect(x, y, s, s);
    const cx = x + s / 2;
    const cy = y + s / 2;
    const long = s * 0.38;
    const short = s * 0.09;
    g.lineStyle(Math.max(1, s * 0.03), 0xffffff, 1).strokeCircle(cx, cy, s * 0.24);
    g.fillStyle(0xffffff, 1);
    for (let i = 0; i < 4; i++) {
      const a = (i * Math.PI) / 2 - Math.PI / 2;
      const tip = { x: cx + long * Math.cos(a), y: cy + long * Math.sin(a) };
      const left = { x: cx + short * Math.cos(a - Math.PI / 2), y: cy + short * Math.sin(a - Math.PI / 2) };
      const right = { x: cx + short * Math.cos(a + Math.PI / 2), y: cy + short * Math.sin(a + Math.PI / 2) };
      g.fillTriangle(tip.x, tip.y, left.x, left.y, right.x, right.y);
    }
  },
  osce: (g, x, y, s) => {
    // A ring of many equal segments: many states, one table.
    g.fillStyle(0x0b4f8a, 1).fillRect(x, y, s, s);
    const cx = x + s / 2;
    const cy = y + s / 2;
    for (let i = 0; i < 16; i++) {
      const a = (i * Math.PI) / 8;
      g.fillStyle(i % 2 === 0 ? 0xffffff : 0x9cc8ee, 1).fillCircle(cx + s * 0.3 * Math.cos(a), cy + s * 0.3 * Math.sin(a), s * 0.055);
    }
    g.fillStyle(0xffffff, 1).fillCircle(cx, cy, s * 0.12);
  },
  press: (g, x, y, s) => {
    // A microphone on a stand.
    g.fillStyle(0x3b4a5e, 1).fillRect(x, y, s, s);
    const cx = x + s / 2;
    g.fillStyle(0xe8edf4, 1).fillRoundedRect(cx - s * 0.12, y + s * 0.16, s * 0.24, s * 0.4, s * 0.12);
    g.lineStyle(Math.max(2, s * 0.05), 0xe8edf4, 1);
    g.beginPath();
    g.arc(cx, y + s * 0.42, s * 0.2, 0, Math.PI, false);
    g.strokePath();
    g.fillRect(cx - s * 0.025, y + s * 0.62, s * 0.05, s * 0.14);
    g.fillRect(cx - s * 0.16, y + s * 0.76, s * 0.32, s * 0.05);
  },
  advisor: (g, x, y, s) => {
    // A drawn head-and-shoulders silhouette with a folder: a fictional staff member.
    g.fillStyle(0x5b6b80, 1).fillRect(x, y, s, s);
    const cx = x + s / 2;
    g.fillStyle(0xdfe6ee, 1).fillCircle(cx, y + s * 0.36, s * 0.16);
    g.fillRoundedRect(cx - s * 0.3, y + s * 0.58, s * 0.6, s * 0.42, { tl: s * 0.2, tr: s * 0.2, bl: 0, br: 0 });
    g.fillStyle(0xf0b541, 1).fillRect(cx + s * 0.05, y + s * 0.68, s * 0.26, s * 0.2);
  },
};

export function drawEmblem(g: G, emblem: EmblemId, x: number, y: number, size: number, frame: number): void {
  DRAW[emblem](g, x, y, size);
  g.lineStyle(2, frame, 1).strokeRect(x, y, size, size);
}

export function isEmblem(value: string | undefined): value is EmblemId {
  return value !== undefined && Object.hasOwn(DRAW, value);
}
