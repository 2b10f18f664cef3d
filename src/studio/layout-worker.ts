/** The map's layout worker: dagre on the scenario's graph, away from the checks so it never delays their diagnostics. */
import type { LayoutReply, LayoutRequest } from './check-protocol';
import { layoutGraph } from './layout';

self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  const { seq, graph } = event.data;
  const began = performance.now();
  let reply: LayoutReply;
  try {
    const layout = layoutGraph(graph);
    const layoutMs = performance.now() - began;
    reply = layout ? { seq, layout, layoutMs } : { seq, layout: null, nodes: graph.nodes.length, layoutMs };
  } catch (error) {
    // A reply all the same: the page waits for one before it asks for the next layout.
    const message = error instanceof Error ? error.message : String(error);
    reply = { seq, layout: null, nodes: graph.nodes.length, error: message, layoutMs: performance.now() - began };
  }
  self.postMessage(reply);
});
