/**
 * The game font, bundled from npm (no font from the internet at run time). Canvas text is measured
 * when it is drawn, so the scenes wait for these faces before drawing any text.
 */
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';

/** Regular and bold only: italic lines are slanted from the regular face by the browser, which saves a download. */
const FACES = ['400 16px "Atkinson Hyperlegible"', '700 16px "Atkinson Hyperlegible"'];

/** Resolves when every face is loaded, or has failed (the fallback font is then used; text still fits, as it is measured). */
export async function loadFonts(): Promise<void> {
  await Promise.allSettled(FACES.map((face) => document.fonts.load(face)));
}

/** True when every face is already loaded (the page's own text usually asks for them before the canvas starts). */
export function fontsAlreadyLoaded(): boolean {
  return FACES.every((face) => document.fonts.check(face));
}
