/** Node-side file access for the command-line tools: finding scenario files and reading the source texts. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_SCENARIO_DIR = join(REPO_ROOT, 'scenarios');
/**
 * Where the source texts are looked for. The article is not ours to republish, so it is never in the
 * repository: `CRISIS_TABLE_SOURCES` names a folder holding a copy, else a git-ignored `sources/` folder
 * in the repository, else the project's shared folder beside it, `../shared/sources`.
 */
export const DEFAULT_SOURCES_DIR = defaultSourcesDir();

function defaultSourcesDir(): string {
  const named = process.env.CRISIS_TABLE_SOURCES;
  if (named) return resolve(named);
  const inside = join(REPO_ROOT, 'sources');
  return existsSync(inside) ? inside : resolve(REPO_ROOT, '..', 'shared', 'sources');
}

export interface ScenarioFiles {
  files: string[];
  /** Paths given that do not exist. */
  missing: string[];
}

/** A folder stands for every `*.json` in it except JSON Schemas (`*.schema.json`), sorted by name. */
export function collectScenarioFiles(paths: readonly string[]): ScenarioFiles {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) missing.push(path);
    else if (statSync(path).isDirectory()) {
      const names = readdirSync(path)
        .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
        .sort();
      files.push(...names.map((name) => join(path, name)));
    } else files.push(path);
  }
  return { files, missing };
}

/**
 * Every scenario file under a scenarios folder as [path relative to it, text]: the top-level files and
 * the kept earlier versions in previous/<id>/<version>.json (what results are verified against).
 */
export function readScenarioTree(dir: string): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json') && !entry.name.endsWith('.schema.json'))
        files.push([relative(dir, path), readFileSync(path, 'utf8')]);
    }
  };
  walk(dir);
  return files.sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Source id → article text. The README's table (| `id` | `file` | …) names the files; a file it does
 * not list is taken by its name, `ap-2022-01-11-anything.txt` → `ap-2022-01-11`.
 */
export function readSourceTexts(dir: string): Record<string, string> {
  const texts: Record<string, string> = {};
  if (!existsSync(dir)) return texts;
  const listed = new Map<string, string>();
  const readme = join(dir, 'README.md');
  if (existsSync(readme)) {
    for (const match of readFileSync(readme, 'utf8').matchAll(/^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`/gm)) {
      if (match[1] && match[2]) listed.set(basename(match[2]), match[1]);
    }
  }
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.txt')) continue;
    const id = listed.get(name) ?? /^([a-z]+-\d{4}-\d{2}-\d{2})-/.exec(name)?.[1];
    if (id) texts[id] = readFileSync(join(dir, name), 'utf8');
  }
  return texts;
}
