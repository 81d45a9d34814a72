import { fleetIssues } from '../../../../../smartcar/fleetIssues';
import { toFleetIssueData } from '../../../../fleet/fleetIssueData';

/** A comment line now and then keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 15_000;

/**
 * The fleet's open issues as Server-Sent Events: the whole list as one JSON `data:` line when
 * the browser connects and again after every change (the store batches changes per microtask).
 * Whole lists rather than deltas: a browser that missed a message, or reconnects, is right again
 * with the next one.
 */
export function GET(request: Request): Response {
  const encoder = new TextEncoder();
  let stop = (): void => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string): void => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const sendIssues = (): void => {
        write(`data: ${JSON.stringify(toFleetIssueData(fleetIssues.getSnapshot()))}\n\n`);
      };
      const unsubscribe = fleetIssues.subscribe(sendIssues);
      const keepAlive = setInterval(() => write(': keep-alive\n\n'), KEEP_ALIVE_MS);
      stop = () => {
        open = false;
        clearInterval(keepAlive);
        unsubscribe();
      };
      // The browser went away (tab closed, EventSource closed): end the response.
      request.signal.addEventListener('abort', () => {
        if (!open) return;
        stop();
        controller.close();
      });
      sendIssues();
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // `no-transform` also keeps Next's gzip from buffering the stream.
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
    },
  });
}
