/** W_TEXT_LENGTH (text too long for its box) and W_REAL_SPEECH (a real person's line that is neither quote nor marked paraphrase). */
import type { Scenario } from '../model/schema';
import { TEXT_LIMITS } from '../model/text-limits';
import type { DiagnosticSink } from './diagnostics';
import { walkScenario } from './scenario-walk';

export function checkTextLengths(scenario: Scenario, sink: DiagnosticSink): void {
  walkScenario(scenario, {
    text(text, field, path) {
      const limit = TEXT_LIMITS[field];
      if (text.length > limit) {
        sink.report(
          path,
          'W_TEXT_LENGTH',
          `this text is ${text.length} characters; at most ${limit} fit the box on a phone screen, so shorten it by ${text.length - limit}`,
        );
      }
    },
  });
}

export function checkRealSpeech(scenario: Scenario, sink: DiagnosticSink): void {
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'dialogue' || node.delivery !== undefined) continue;
    const speaker = Object.hasOwn(scenario.characters, node.speaker) ? scenario.characters[node.speaker] : undefined;
    if (speaker?.real) {
      sink.report(
        ['nodes', id, 'text'],
        'W_REAL_SPEECH',
        `${speaker.name} is a real person, who speaks only in their own words or in a marked paraphrase; add "delivery": "quote" (with "source") or "delivery": "paraphrase"`,
      );
    }
  }
}
