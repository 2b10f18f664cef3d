/**
 * The source texts the scenarios quote, when a copy is at hand. The article is never committed, so a
 * clone on its own has none: the checks that need its text skip (tests/source-note.ts says so once)
 * and everything else runs. See the README's test section for pointing the tests at a copy.
 */
import { DEFAULT_SOURCES_DIR, readSourceTexts } from '../src/cli/files';

export const SOURCES_DIR = DEFAULT_SOURCES_DIR;
export const SOURCE_TEXTS: Readonly<Record<string, string>> = readSourceTexts(SOURCES_DIR);
/** The one article every shipped scenario is built from, or undefined when it is not at hand. */
export const ARTICLE: string | undefined = SOURCE_TEXTS['ap-2022-01-11'];
export const NO_ARTICLE = ARTICLE === undefined;
