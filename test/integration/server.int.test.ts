import http from 'node:http';
import { testDatabase, seedCleanGraph } from './neo4j-env';
import { type ServerProcess, startServerProcess } from './server-process';

describe('the service as `npm start` runs it', () => {
  const db = testDatabase();
  let server: ServerProcess;

  beforeAll(async () => {
    await seedCleanGraph(db);
    // NODE_ENV=production as deployed (jest sets NODE_ENV=test, which changes Apollo's signal handling).
    server = await startServerProcess(process.env.NEO4J_URI as string, { NODE_ENV: 'production' });
  }, 180_000);

  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await db.close();
  });

  it('answers { __typename } over HTTP', async () => {
    const { status, body } = await server.post('{ __typename }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('reports live and ready, with the graph version', async () => {
    const live = await fetch(`${server.baseUrl}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${server.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; graphVersion: string };
    expect(body.status).toBe('ready');
    expect(body.graphVersion).toMatch(/^[0-9a-f]{16}$/);
  });

  it('hides field suggestions in production', async () => {
    const { status, body } = await server.post('{ resolutio(id: "WTSA-44") { id } }');
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toContain('resolutio');
    expect(body.errors[0].message).not.toMatch(/did you mean/i);
  });

  it('completes in-flight requests on SIGTERM and exits 0', async () => {
    // Each request is truly in flight when SIGTERM arrives: its headers have reached the
    // server, but the rest of its body is only sent after the signal.
    const body = JSON.stringify({
      query: 'query($id: ID!) { resolution(id: $id) { id sections { id provisions { id children { id } } } } }',
      variables: { id: 'WTSA-44' },
    });
    const split = Math.floor(body.length / 2);
    const url = new URL(`${server.baseUrl}/graphql`);
    const requests = Array.from({ length: 10 }, () => {
      const req = http.request({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON response body
      const response = new Promise<{ status: number; body: any }>((resolve, reject) => {
        req.on('error', reject);
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()) }),
          );
          res.on('error', reject);
        });
      });
      req.write(body.slice(0, split));
      return { req, response };
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.child.exitCode).toBeNull();
    for (const { req } of requests) req.end(body.slice(split));
    const responses = await Promise.all(requests.map(({ response }) => response));
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(response.body.data.resolution.id).toBe('WTSA-44');
    }
    expect(await server.exited).toBe(0);
    expect(server.logs.join('')).toContain('"msg":"stopped"');
  }, 60_000);

  it('refuses new connections once it has stopped', async () => {
    await expect(fetch(`${server.baseUrl}/health/live`)).rejects.toThrow();
  });
});
