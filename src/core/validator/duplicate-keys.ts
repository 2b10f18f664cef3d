/** E_DUPLICATE for keys: JSON.parse would silently keep the last of two equal keys; the reading notes each repeat. */
import type { DiagnosticSink } from './diagnostics';
import { toPointer, type DuplicateKey } from './json-document';

export function reportDuplicateKeys(duplicates: readonly DuplicateKey[], sink: DiagnosticSink): void {
  for (const { key, path, at, firstLine } of duplicates) {
    sink.reportAt(
      at.line,
      at.column,
      toPointer(path),
      'E_DUPLICATE',
      `the key "${key}" appears twice in this object (first on line ${firstLine}); only the last one would count, so remove or rename one`,
    );
  }
}
