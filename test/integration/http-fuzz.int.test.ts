/**
 * Nothing a client sends ends or wedges the process: raw bytes over loopback sockets to the
 * real service (`src/main.ts` in a child process) — odd request targets and methods, oversized
 * and malformed headers, chunked and pipelined bodies, truncated and stalled requests, and a
 * few hundred generated ones from a fixed seed. After each group the process must still run,
 * answer /health/live and a GraphQL query, and have logged no error line.
 */
import net from 'node:net';
import { seedCleanGraph, testDatabase } from './neo4j-env';
import { type ServerProcess, startServerProcess } from './server-process';

const REQUEST_TIMEOUT_MS = 2_000;
const HEADERS_TIMEOUT_MS = 1_500;
const KEEP_ALIVE_TIMEOUT_MS = 1_000;

interface RawAnswer {
  /** The raw bytes received, as latin1 text. */
  text: string;
  /** Status codes of every response in the bytes, in order. */
  statuses: number[];
  /** Whether the server closed the connection (rather than the wait ending). */
  closed: boolean;
  ms: number;
}

/**
 * Writes `parts` to a fresh connection (with `pauseMs` between them), then waits until the
 * server closes it or `waitMs` has passed; `end` half-closes after the last part.
 */
function raw(
  port: number,
  parts: (string | Buffer)[],
  options: { pauseMs?: number; waitMs?: number; end?: boolean } = {},
): Promise<RawAnswer> {
  const { pauseMs = 0, waitMs = 1_500, end = false } = options;
  return new Promise((resolve) => {
    const began = Date.now();
    const socket = net.connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let closed = false;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const statuses = [...text.matchAll(/HTTP\/1\.[01] (\d{3}) /g)].map((match) => Number(match[1]));
      resolve({ text, statuses, closed, ms: Date.now() - began });
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      closed = true;
      finish();
    });
    socket.on('connect', async () => {
      for (const [index, part] of parts.entries()) {
        if (socket.destroyed) return;
        socket.write(part);
        if (pauseMs && index < parts.length - 1) await new Promise((r) => setTimeout(r, pauseMs));
      }
      if (end) socket.end();
    });
  });
}

/** A deterministic generator (mulberry32), so that a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QUERY = JSON.stringify({ query: '{ resolution(id: "WTSA-44") { id number } }' });

function post(body: string, headers: string[] = []): string {
  return [
    `POST /graphql HTTP/1.1`,
    'host: x',
    'content-type: application/json',
    `content-length: ${Buffer.byteLength(body)}`,
    ...headers,
    '',
    body,
  ].join('\r\n');
}

describe('the service under hostile HTTP', () => {
  const db = testDatabase();
  let server: ServerProcess;
  let port: number;

  beforeAll(async () => {
    await seedCleanGraph(db);
    server = await startServerProcess(process.env.NEO4J_URI as string, {
      HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      HTTP_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
      LOG_LEVEL: 'debug',
    });
    port = Number(new URL(server.baseUrl).port);
  }, 180_000);

  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await db.close();
  });

  /** The process runs, answers, and has logged nothing at error level or with a stack. */
  async function expectHealthy(): Promise<void> {
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.baseUrl}/health/live`)).status).toBe(200);
    const { status, body } = await server.post('{ resolution(id: "WTSA-44") { id } }');
    expect(status).toBe(200);
    expect(body.data.resolution.id).toBe('WTSA-44');
    const lines = server.logs.join('').split('\n').filter(Boolean);
    const bad = lines.filter((line) => /"level":(50|60)/.test(line) || /\\n\s+at /.test(line) || !line.startsWith('{'));
    expect(bad).toEqual([]);
  }

  it.each(
    [
      '///',
      '//[',
      '//%',
      '//@',
      '//:99999',
      '/\\',
      '//a/../b',
      '/%',
      '/%zz',
      '/graphql?%',
      '/graphql?x=%E0%A4%A',
      '/\u0000',
      '*',
      'http://[::1',
      'http://x:99999/',
      '/graphql#frag',
      `/${'a'.repeat(7_000)}`,
      '/health/../graphql',
    ].map((target) => [target.length > 40 ? `/aaa… (${target.length} characters)` : JSON.stringify(target), target]),
  )('answers the target %s with a status and lives', async (_name, target) => {
    const answer = await raw(port, [`GET ${target} HTTP/1.1\r\nhost: x\r\n\r\n`], { end: true });
    expect(answer.statuses.length).toBeGreaterThan(0);
    expect(answer.statuses[0]).toBeLessThan(500);
    await expectHealthy();
  });

  it('answers 400 to the targets that used to end the process', async () => {
    for (const target of ['///', '//[', '//%', '//@', '//:99999', '/\\']) {
      const answer = await raw(port, [`GET ${target} HTTP/1.1\r\nhost: x\r\n\r\n`], { end: true });
      expect({ target, status: answer.statuses[0] }).toEqual({ target, status: 400 });
    }
    await expectHealthy();
  });

  it('answers odd methods, versions and header forms with a 4xx', async () => {
    const requests = [
      'BREW /graphql HTTP/1.1\r\nhost: x\r\n\r\n',
      'DELETE /graphql HTTP/1.1\r\nhost: x\r\n\r\n',
      'OPTIONS /graphql HTTP/1.1\r\nhost: x\r\n\r\n',
      'GET /graphql HTTP/9.9\r\nhost: x\r\n\r\n',
      'GET /graphql\r\n\r\n',
      'GET /graphql HTTP/1.1\r\nhost: x\r\nbad header\r\n\r\n',
      'GET /graphql HTTP/1.1\r\nhost: x\r\nx-a: \u0001\u0002\r\n\r\n',
      'GET /graphql HTTP/1.1\r\nhost: x\r\nx-utf8: ありがとう\r\n\r\n',
      'GET /graphql HTTP/1.1\nhost: x\n\n',
      `GET /graphql HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`,
      `GET /graphql HTTP/1.1\r\nhost: x\r\n${Array.from({ length: 3_000 }, (_, i) => `x-h${i}: v`).join('\r\n')}\r\n\r\n`,
      'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-length: 5\r\ncontent-length: 6\r\n\r\nhello!',
      'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-length: -1\r\n\r\n',
      'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-length: 99999999999999999999\r\n\r\n',
      'POST /graphql HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\ncontent-length: 3\r\n\r\n0\r\n\r\n',
      'POST /graphql HTTP/1.1\r\nhost: x\r\ntransfer-encoding: gzip, chunked\r\n\r\n0\r\n\r\n',
      'POST /graphql HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n',
      `POST /graphql HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n1;${'e'.repeat(20_000)}\r\na\r\n0\r\n\r\n`,
      'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 4\r\n\r\nnull',
      'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json; charset=latin1\r\ncontent-length: 2\r\n\r\n\xff\xfe',
      'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: text/plain\r\ncontent-length: 2\r\n\r\n{}',
      'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 7\r\n\r\n[1,2,3]',
    ];
    for (const request of requests) {
      const answer = await raw(port, [Buffer.from(request, 'latin1')], { end: true });
      expect({
        request: request.slice(0, 80),
        ok: answer.statuses.length === 0 || answer.statuses.every((s) => s < 500),
      }).toEqual({
        request: request.slice(0, 80),
        ok: true,
      });
    }
    await expectHealthy();
  });

  it('answers a chunked body and pipelined requests, each in turn', async () => {
    const half = Math.floor(QUERY.length / 2);
    const chunked = [
      'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n',
      `${half.toString(16)}\r\n${QUERY.slice(0, half)}\r\n`,
      `${(QUERY.length - half).toString(16)}\r\n${QUERY.slice(half)}\r\n0\r\n\r\n`,
    ];
    const answer = await raw(port, chunked, { pauseMs: 50, waitMs: 3_000 });
    expect(answer.statuses).toEqual([200]);
    expect(answer.text).toContain('"number":44');

    const pipelined = await raw(
      port,
      [
        post(QUERY) +
          'GET /health/live HTTP/1.1\r\nhost: x\r\n\r\n' +
          'GET /// HTTP/1.1\r\nhost: x\r\n\r\n' +
          post(QUERY, ['connection: close']),
      ],
      {
        waitMs: 5_000,
      },
    );
    expect(pipelined.statuses).toEqual([200, 200, 400, 200]);
    await expectHealthy();
  });

  it('survives truncated requests and clients that leave mid-body, logging them at debug without a stack', async () => {
    const request = post(QUERY);
    for (let cut = 1; cut < request.length; cut += 7) {
      await raw(port, [request.slice(0, cut)], { end: true, waitMs: 200 });
    }
    const lines = server.logs.join('');
    expect(lines).not.toMatch(/"level":50/);
    await expectHealthy();
  });

  it(`answers 408 to a body that stalls, within the request timeout (${REQUEST_TIMEOUT_MS} ms) plus one check`, async () => {
    const head =
      'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"query":';
    const answer = await raw(port, [head], { waitMs: REQUEST_TIMEOUT_MS * 4 });
    expect(answer.statuses).toEqual([408]);
    expect(answer.closed).toBe(true);
    expect(answer.ms).toBeLessThan(REQUEST_TIMEOUT_MS * 2);

    // A body trickled a byte every 100 ms is cut off the same way.
    const bytes = Array.from({ length: 100 }, () => ' ');
    const trickled = await raw(port, [head, ...bytes], { pauseMs: 100, waitMs: REQUEST_TIMEOUT_MS * 4 });
    expect(trickled.statuses).toEqual([408]);
    expect(trickled.ms).toBeLessThan(REQUEST_TIMEOUT_MS * 2);

    const headers = await raw(port, ['GET /health/live HTTP/1.1\r\nhost: x\r\n'], { waitMs: HEADERS_TIMEOUT_MS * 4 });
    expect(headers.statuses).toEqual([408]);

    // An idle kept-alive connection is closed after the keep-alive timeout.
    const idle = await raw(port, ['GET /health/live HTTP/1.1\r\nhost: x\r\n\r\n'], {
      waitMs: KEEP_ALIVE_TIMEOUT_MS * 10,
    });
    expect(idle.statuses).toEqual([200]);
    expect(idle.closed).toBe(true);
    expect(idle.ms).toBeLessThan(KEEP_ALIVE_TIMEOUT_MS * 5);
    await expectHealthy();
  }, 60_000);

  it('survives 300 generated requests from a fixed seed', async () => {
    const next = random(11);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
    const targets = [
      '/graphql',
      '/health/ready',
      '/health/live',
      '//',
      '/%',
      '/graphql?query=%7B',
      '/x'.repeat(50),
      '/\u00ff',
      '/graphql?extensions=%7B%7D',
    ];
    const methods = ['GET', 'POST', 'PUT', 'HEAD', 'PATCH', 'G\u00e9T', '', 'POST /x'];
    const bodies = [
      QUERY,
      '{',
      '{"query":1}',
      '{"query":"{ __schema { types { name } } }"}',
      '{"extensions":{"persistedQuery":{"version":99}}}',
      '[]',
      'null',
      '',
    ];
    for (let i = 0; i < 300; i += 1) {
      const body = next() < 0.2 ? bytes(Math.floor(next() * 300)).toString('latin1') : pick(bodies);
      const lines = [`${pick(methods)} ${pick(targets)} HTTP/1.${next() < 0.9 ? 1 : 0}`, 'host: x'];
      if (next() < 0.7)
        lines.push(
          `content-type: ${pick(['application/json', 'text/plain', 'application/graphql-response+json', '\u0000'])}`,
        );
      const framing = next();
      if (framing < 0.5)
        lines.push(`content-length: ${pick([body.length, body.length + 10, 0, Math.max(0, body.length - 3)])}`);
      else if (framing < 0.75) lines.push('transfer-encoding: chunked');
      if (next() < 0.3) lines.push('apollo-require-preflight: 1');
      if (next() < 0.1)
        lines.push(
          `x-noise: ${bytes(50)
            .toString('latin1')
            .replace(/[\r\n]/g, '')}`,
        );
      let text = `${lines.join('\r\n')}\r\n\r\n${body}`;
      if (next() < 0.2) text = text.slice(0, Math.floor(next() * text.length));
      const answer = await raw(port, [Buffer.from(text, 'latin1')], { end: next() < 0.5, waitMs: 300 });
      expect({ i, statuses: answer.statuses.filter((s) => s >= 500) }).toEqual({ i, statuses: [] });
    }
    await expectHealthy();
  }, 120_000);
});
