/**
 * The scenario files shipped with the game. Adding `scenarios/<id>.json` is enough: Vite's glob and
 * the card manifest (scripts/vite/scenario-cards.ts) both pick it up at build time. A file's text is
 * fetched only when its scenario is opened (or preloaded once the menu is up).
 */
import type { ScenarioText } from './catalog';

const files = import.meta.glob<string>(['/scenarios/*.json', '!/scenarios/*.schema.json'], { query: '?raw', import: 'default' });

export async function loadScenarioText(file: string): Promise<ScenarioText> {
  const load = files[`/scenarios/${file}`];
  if (!load) throw new Error(`${file} is not among the game's scenario files`);
  return { file, text: await load() };
}
