/** E_DUPLICATE for keys: JSON.parse silently keeps the last of two equal keys; momoa's tree keeps both. */
import type { ValueNode } from '@humanwhocodes/momoa';
import type { DiagnosticSink } from './diagnostics';
import { memberName, toPointer } from './json-document';

/** Walks the whole tree with one shared path stack; a pointer is built only for a duplicate found. */
export function checkDuplicateKeys(node: ValueNode, sink: DiagnosticSink, path: (string | number)[] = []): void {
  if (node.type === 'Array') {
    node.elements.forEach((element, i) => {
      path.push(i);
      checkDuplicateKeys(element.value, sink, path);
      path.pop();
    });
    return;
  }
  if (node.type !== 'Object') return;
  const firstLine = new Map<string, number>();
  for (const member of node.members) {
    const key = memberName(member);
    const earlier = firstLine.get(key);
    path.push(key);
    if (earlier === undefined) firstLine.set(key, member.name.loc.start.line);
    else {
      sink.reportAt(
        member.name.loc.start.line,
        member.name.loc.start.column,
        toPointer(path),
        'E_DUPLICATE',
        `the key "${key}" appears twice in this object (first on line ${earlier}); only the last one would count, so remove or rename one`,
      );
    }
    checkDuplicateKeys(member.value, sink, path);
    path.pop();
  }
}
