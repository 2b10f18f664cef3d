/** Every scenario file the results library reads (shipped and previous versions), as path and text. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scenariosDir } from '../scenarios/scenario-files';

export function scenarioFileEntries(): [string, string][] {
  const entries: [string, string][] = [];
  for (const entry of readdirSync(scenariosDir, { recursive: true, encoding: 'utf8' })) {
    const name = entry.split(path.sep).join('/');
    if (!name.endsWith('.json') || name.endsWith('.schema.json')) continue;
    entries.push([name, readFileSync(path.join(scenariosDir, entry), 'utf8')]);
  }
  return entries.sort(([a], [b]) => a.localeCompare(b));
}
