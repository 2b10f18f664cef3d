/** Vitest global setup for the Node tests: says once when the checks that need the article will skip. */
import { ARTICLE, SOURCES_DIR } from './source-texts';

export default function setup(): void {
  if (ARTICLE !== undefined) return;
  process.stdout.write(
    `\nsource text not at hand: no article in ${SOURCES_DIR}; the quote checks skip. ` +
      'Set CRISIS_TABLE_SOURCES to a folder holding a copy, or put one in sources/ (see README, Test).\n\n',
  );
}
