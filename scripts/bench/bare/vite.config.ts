// bench:web's baseline page, the bare Phaser game, built on its own to dist-bench/bare.
import { baselinePageConfig } from '../baseline-page.ts';

export default baselinePageConfig(new URL('.', import.meta.url), 'bare');
