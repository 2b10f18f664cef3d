/** axe-core in a page under test: the WCAG 2.1 A/AA violations it finds, one line per failing element. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_21_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function wcagViolations(page: Page, where: string): Promise<string[]> {
  // Evaluated through the protocol, not added as a <script>: a page's strict CSP refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await readFile(axeSource, 'utf8'));
  const results = await page.evaluate<AxeResults>(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_21_A_AA)} }, resultTypes: ['violations'] })`,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${where}: ${violation.id} (${violation.impact ?? '?'}) ${node.target.join(' ')}: ${node.failureSummary ?? violation.help}`,
    ),
  );
}
