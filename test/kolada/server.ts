import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One canned answer: a status, headers and a body (a string as is, anything else as JSON). */
export interface Canned {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Writes the response itself (a body that never ends, a huge one …). */
  raw?: (res: ServerResponse) => void;
}

/**
 * A real HTTP server on 127.0.0.1 that replays Kolada v3 answers by path and query. A route with
 * several answers gives them in turn (the last one again after that). Unknown paths give 404.
 */
export async function startKolada(routes: Record<string, Canned | Canned[]>): Promise<{ url: string; base: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const turns = new Map<string, number>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    requests.push(path);
    const route = routes[path];
    const list = route === undefined ? [{ status: 404, body: { error: 'not found' } }] : Array.isArray(route) ? route : [route];
    const turn = turns.get(path) ?? 0;
    turns.set(path, turn + 1);
    const answer = list[Math.min(turn, list.length - 1)]!;
    if (answer.raw) return answer.raw(res);
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {});
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...(answer.headers ?? {}) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    base: `${url}/v3`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A clock whose time moves only when the client sleeps; records every sleep. */
export function fakeClock(): { now: () => number; sleep: (ms: number) => Promise<void>; sleeps: number[]; times: number[] } {
  let t = 0;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
    times: [],
  };
}
