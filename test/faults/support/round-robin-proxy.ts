import { createServer, request, type Server } from 'node:http';
import { freePort } from './free-port';

/**
 * A load balancer in a few lines: each request goes to the next backend in turn, streamed both
 * ways. `served` records which backend answered which path, so a test can show that a flow
 * crossed processes. A client's X-Forwarded-For passes through (the API trusts one proxy), so a
 * test chooses the client address the rate limits see.
 */
export interface RoundRobinProxy {
  url: string;
  served: { path: string; backend: number }[];
  close(): Promise<void>;
}

export async function startRoundRobinProxy(backends: string[]): Promise<RoundRobinProxy> {
  let next = 0;
  const served: RoundRobinProxy['served'] = [];
  const server: Server = createServer((req, res) => {
    const backend = next++ % backends.length;
    served.push({ path: (req.url ?? '/').split('?')[0], backend });
    const target = new URL(req.url ?? '/', backends[backend]);
    const headers = {
      ...req.headers,
      'x-forwarded-for': req.headers['x-forwarded-for'] ?? req.socket.remoteAddress,
    };
    const upstream = request(target, { method: req.method, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: ${err.message}`);
    });
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
