/**
 * Finds every scenario file shipped with the game. Adding `scenarios/<id>.json` is enough: Vite's
 * glob picks it up at build time. Files are fetched lazily so the first screen does not wait for them.
 */
import type { ScenarioText } from './catalog';

const files = import.meta.glob<string>(['/scenarios/*.json', '!/scenarios/*.schema.json'], { query: '?raw', import: 'default' });

export async function loadScenarioTexts(onProgress: (fraction: number) => void = () => {}): Promise<ScenarioText[]> {
  const entries = Object.entries(files);
  let done = 0;
  return Promise.all(
    entries.map(async ([path, load]) => {
      const text = await load();
      onProgress(++done / entries.length);
      return { file: path.slice(path.lastIndexOf('/') + 1), text };
    }),
  );
}
