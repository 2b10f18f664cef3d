/**
 * A QR code of the assignment link, drawn as one SVG path (uqr computes the modules). Links too long
 * for a QR code a classroom phone can read from a projector or paper get none, and the caller says so.
 */
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';
/** Version 25 (117 × 117 modules) at error correction M holds ~1,000 bytes: beyond it, phones struggle. */
const MAX_VERSION = 25;

export type QrDrawing = { ok: true; svg: SVGSVGElement; version: number } | { ok: false; reason: string };

export function qrCode(text: string, label: string): QrDrawing {
  let qr: ReturnType<typeof encode>;
  try {
    qr = encode(text, { ecc: 'M', maxVersion: MAX_VERSION, border: 2 });
  } catch {
    return {
      ok: false,
      reason: `The link is too long for a QR code (${text.length} characters). Students can open it from the copied link instead.`,
    };
  }
  let d = '';
  qr.data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${qr.size} ${qr.size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'tt-qr');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const back = document.createElementNS(SVG, 'rect');
  back.setAttribute('width', String(qr.size));
  back.setAttribute('height', String(qr.size));
  back.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', d);
  modules.setAttribute('fill', '#000');
  svg.append(back, modules);
  return { ok: true, svg, version: qr.version };
}
