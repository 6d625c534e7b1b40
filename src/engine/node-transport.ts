/**
 * Writing a pipeline answer to a node http response: plain, spoiled by a fault (truncated,
 * malformed), or held open for a stream.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultPlan } from './faults.js';
import type { PipelineResponse } from './pipeline.js';

const MALFORMED_BODY = Buffer.from('{"error": {"code": "MALFORMED', 'utf8');

export function write(res: ServerResponse, out: PipelineResponse, fault: FaultPlan | null): void {
  if (res.destroyed) return;
  const type = fault?.action.type;
  const body = type === 'malformed' ? MALFORMED_BODY : out.body;
  out.headers['content-length'] = String(body.length);
  res.writeHead(out.status, out.headers);
  if (type === 'truncate') {
    // Promise the whole body, send half, then close: the client sees a premature end.
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
    return;
  }
  res.end(body);
}

/** Writes the headers of a streamed result and hands the open response to its producer. */
export function openStream(req: IncomingMessage, res: ServerResponse, out: PipelineResponse, open: Set<ServerResponse>): void {
  res.writeHead(out.status, out.headers);
  res.flushHeaders();
  open.add(res);
  const listeners: (() => void)[] = [];
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    open.delete(res);
    for (const l of listeners) l();
  };
  res.on('close', close);
  req.socket.setTimeout(0);
  out.stream!({
    write: (chunk) => { if (!closed) res.write(chunk); },
    end: () => { if (!closed) res.end(); },
    onClose: (listener) => { if (closed) listener(); else listeners.push(listener); },
  });
}
