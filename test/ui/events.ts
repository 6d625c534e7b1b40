/** Reads `GET /_mailsim/events` as a test client would: frames in order, waited for one at a time. */

export interface ControlEvent {
  name: string;
  data: any;
}

export interface EventReader {
  /** The next event (after any already read), answering as soon as it arrives. */
  next(timeoutMs?: number): Promise<ControlEvent>;
  /** Reads until an event satisfies `pick`, returning it (the ones before it are dropped). */
  until(pick: (e: ControlEvent) => boolean, timeoutMs?: number): Promise<ControlEvent>;
  close(): void;
}

export async function readEvents(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; reader: EventReader }> {
  const stop = new AbortController();
  const res = await fetch(url, { headers, signal: stop.signal });
  const queue: ControlEvent[] = [];
  // Set by a waiting `next`, called by the reader when frames arrive.
  let wake = null as (() => void) | null;
  if (res.ok && res.body) {
    void (async () => {
      let buffer = '';
      const decoder = new TextDecoder();
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const name = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (name && data) queue.push({ name, data: JSON.parse(data) });
          }
          wake?.();
        }
      } catch {
        // closed by the test
      }
    })();
  } else await res.body?.cancel();

  const next = async (timeoutMs = 5000): Promise<ControlEvent> => {
    const deadline = performance.now() + timeoutMs;
    while (queue.length === 0) {
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          wake = null;
          resolve();
        };
      });
    }
    return queue.shift()!;
  };
  return {
    status: res.status,
    reader: {
      next,
      async until(pick, timeoutMs = 5000) {
        for (;;) {
          const e = await next(timeoutMs);
          if (pick(e)) return e;
        }
      },
      close: () => stop.abort(),
    },
  };
}
