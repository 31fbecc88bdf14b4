/**
 * An HTTP proxy in front of a local fake server that enforces a per-window request quota the
 * way a service does: over any rolling window, counted on arrival; a request over it is
 * answered 429 with a Retry-After and counted as a rejection. Each accepted request waits
 * `latencyMs` before it is forwarded, as a service takes time to answer. For benches.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface QuotaProxyOptions {
  /** Origin of the server behind: `http://127.0.0.1:<port>`. */
  target: string;
  requestsPerWindow: number;
  windowMs: number;
  /** @default 0 */
  latencyMs?: number;
}

export interface QuotaProxy {
  /** Origin to give the client instead of the target's. */
  url: string;
  counters: { accepted: number; rejections: number };
  close(): Promise<void>;
}

export async function startQuotaProxy(options: QuotaProxyOptions): Promise<QuotaProxy> {
  const target = new URL(options.target);
  const arrivals: number[] = [];
  const counters = { accepted: 0, rejections: 0 };
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const now = performance.now();
      while (arrivals.length > 0 && arrivals[0]! <= now - options.windowMs) arrivals.shift();
      if (arrivals.length >= options.requestsPerWindow) {
        counters.rejections += 1;
        const seconds = Math.max(1, Math.ceil((arrivals[0]! + options.windowMs - now) / 1000));
        outgoing.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(seconds) });
        outgoing.end(JSON.stringify({ message: 'Too many requests', error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } }));
        return;
      }
      arrivals.push(now);
      counters.accepted += 1;
      const body = Buffer.concat(chunks);
      setTimeout(() => {
        const forwarded = httpRequest(
          { hostname: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: { ...incoming.headers, host: target.host } },
          (answer) => {
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
            // An answer broken off reaches the client as a broken answer, never as one that stops coming.
            answer.on('error', () => outgoing.destroy());
            answer.pipe(outgoing);
          },
        );
        forwarded.on('error', () => outgoing.destroy());
        forwarded.end(body);
      }, options.latencyMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    counters,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
