/**
 * Finds every scenario file shipped with the game. Adding `scenarios/<id>.json` is enough: Vite's
 * glob picks it up at build time. Files are fetched lazily so the first screen does not wait for them.
 */
import type { ScenarioText } from './catalog';

const files = import.meta.glob<string>(['/scenarios/*.json', '!/scenarios/*.schema.json'], { query: '?raw', import: 'default' });

export async function loadScenarioTexts(): Promise<ScenarioText[]> {
  return Promise.all(Object.entries(files).map(async ([path, load]) => ({ file: path.slice(path.lastIndexOf('/') + 1), text: await load() })));
}
