export { compileScenario, type CompiledScenario, type StoryContext, type StoryEvent, type StoryMachine } from './machine';
export { Play, type ReplayResult } from './play';
export type * from './types';
export type { StartPoint } from './start-at';
