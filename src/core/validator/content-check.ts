/** E_QUIZ and E_METER: numbers that are well-typed but cannot work together. */
import type { Scenario } from '../model/schema';
import type { DiagnosticSink } from './diagnostics';

export function checkQuizAnswers(scenario: Scenario, sink: DiagnosticSink): void {
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'quiz') continue;
    if (node.answer < 0 || node.answer >= node.options.length) {
      sink.report(
        ['nodes', id, 'answer'],
        'E_QUIZ',
        `"answer" is ${node.answer}, but this quiz has ${node.options.length} options, numbered 0 to ${node.options.length - 1}; set it to the index of the right option`,
      );
    }
  }
}

export function checkMeterRanges(scenario: Scenario, sink: DiagnosticSink): void {
  for (const [id, meter] of Object.entries(scenario.meters)) {
    if (meter.min >= meter.max) {
      sink.report(
        ['meters', id, 'min'],
        'E_METER',
        `"min" (${meter.min}) must be below "max" (${meter.max}); swap them or widen the range`,
      );
    } else if (meter.initial < meter.min || meter.initial > meter.max) {
      sink.report(
        ['meters', id, 'initial'],
        'E_METER',
        `"initial" (${meter.initial}) is outside the meter's range ${meter.min}..${meter.max}; choose a starting value inside it`,
      );
    }
  }
}
