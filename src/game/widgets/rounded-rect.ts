/**
 * Rounded rectangles traced with a few straight segments per corner. Phaser's own
 * fillRoundedRect/strokeRoundedRect trace every corner with a hundred points on every frame (its arc
 * step is a hundredth of the turn), which made a menu of panels and buttons cost tens of
 * milliseconds per frame on software WebGL; a segment every 3 px looks the same at these sizes.
 */
import type Phaser from 'phaser';

type Graphics = Phaser.GameObjects.Graphics;

const QUARTER = Math.PI / 2;

function trace(g: Graphics, x: number, y: number, width: number, height: number, radius: number): void {
  const r = Math.max(0, Math.min(radius, width / 2, height / 2));
  const steps = Math.max(1, Math.ceil(r / 3));
  // Corner centres clockwise from the top right, each with the angle its arc starts at.
  const corners: Array<[number, number, number]> = [
    [x + width - r, y + r, -QUARTER],
    [x + width - r, y + height - r, 0],
    [x + r, y + height - r, QUARTER],
    [x + r, y + r, Math.PI],
  ];
  g.beginPath();
  corners.forEach(([cx, cy, start], corner) => {
    for (let i = 0; i <= steps; i++) {
      const angle = start + (QUARTER * i) / steps;
      const px = cx + r * Math.cos(angle);
      const py = cy + r * Math.sin(angle);
      if (corner === 0 && i === 0) g.moveTo(px, py);
      else g.lineTo(px, py);
    }
  });
  g.closePath();
}

/** Fills a rounded rectangle in the current fill style. */
export function fillRoundedRect(g: Graphics, x: number, y: number, width: number, height: number, radius: number): Graphics {
  trace(g, x, y, width, height, radius);
  return g.fillPath();
}

/** Strokes a rounded rectangle in the current line style. */
export function strokeRoundedRect(g: Graphics, x: number, y: number, width: number, height: number, radius: number): Graphics {
  trace(g, x, y, width, height, radius);
  return g.strokePath();
}
