/**
 * The read-only SPARQL endpoint: answers as GraphQL does, refuses updates, stops a query that
 * runs too long (and answers the next one), cuts results at the row limit, and follows the graph
 * when a new version is loaded.
 */
import { writeGraph } from '../../src/graph/write-graph';
import { syntheticResolution } from '../../src/synthetic/corpus';
import { createLogger } from '../../src/logger';
import { startServer, type RunningServer } from '../../src/server';
import { useSeededServer } from './neo4j-env';

const PREFIXES = 'PREFIX dct: <http://purl.org/dc/terms/> PREFIX eli: <http://data.europa.eu/eli/ontology#>';

interface Results {
  head: { vars?: string[] };
  results?: { bindings: Record<string, { type: string; value: string }>[] };
  boolean?: boolean;
}

describe('/sparql', () => {
  let running: RunningServer | undefined;
  const server = {
    start: async () => {
      running = await startServer({
        db: database(),
        logger: createLogger('silent'),
        port: 0,
        host: '127.0.0.1',
        sparql: { timeoutMs: 2_000, maxRows: 50 },
      });
    },
    stop: async () => {
      await running?.stop();
    },
  };
  const database = useSeededServer(server);
  const base = () => `http://localhost:${running!.port}`;

  async function sparql(query: string, method: 'GET' | 'POST' = 'GET') {
    const response =
      method === 'GET'
        ? await fetch(`${base()}/sparql?query=${encodeURIComponent(query)}`)
        : await fetch(`${base()}/sparql`, {
            method: 'POST',
            headers: { 'content-type': 'application/sparql-query' },
            body: query,
          });
    const text = await response.text();
    return {
      status: response.status,
      truncated: response.headers.get('x-sparql-truncated'),
      type: response.headers.get('content-type'),
      body: JSON.parse(text) as Results & { reason?: string },
    };
  }

  it('answers the twelve works Resolution 44 cites (as GraphQL and the export test give them), and ASK', async () => {
    const answer = await sparql(
      `${PREFIXES} SELECT DISTINCT ?id WHERE { ?e eli:realizes/dct:identifier "WTSA-44" ; eli:cites/dct:identifier ?id }`,
      'POST',
    );
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('application/sparql-results+json; charset=utf-8');
    expect(answer.body.results!.bindings.map((b) => b.id!.value).sort()).toEqual(
      [
        'COUNCIL-1353',
        'PP-123',
        'PP-139',
        'PP-154',
        'PP-169',
        'PP-191',
        'PP-195',
        'PP-197',
        'PP-71',
        'WTSA-34',
        'WTSA-54',
        'WTSA-67',
      ].sort(),
    );
    expect((await sparql(`${PREFIXES} ASK { ?x dct:identifier "TSB-DIRECTOR" }`)).body.boolean).toBe(true);
  });

  it('refuses updates and malformed queries with the reason', async () => {
    const update = await sparql('INSERT DATA { <http://a> <http://b> <http://c> }', 'POST');
    expect(update.status).toBe(400);
    expect(update.body.reason).toContain('read-only');
    expect((await sparql('SELECT WHERE {')).status).toBe(400);
    expect((await fetch(`${base()}/sparql`)).status).toBe(400);
    expect(
      (await fetch(`${base()}/sparql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }))
        .status,
    ).toBe(415);
  });

  it('cuts results at the row limit and says so', async () => {
    const answer = await sparql('SELECT * WHERE { ?s ?p ?o }');
    expect(answer.body.results!.bindings).toHaveLength(50);
    expect(answer.truncated).toBe('results cut at 50 rows');
  });

  it('stops a query that runs past the timeout, and answers the next one', async () => {
    const slow = await sparql('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }');
    expect(slow.status).toBe(503);
    expect(slow.body.reason).toBe('the query ran longer than 2000 ms and was stopped');
    expect((await sparql(`${PREFIXES} ASK { ?x dct:identifier "WTSA-44" }`)).body.boolean).toBe(true);
  }, 60_000);

  it('rebuilds its store when a new graph version is loaded', async () => {
    const ask = `${PREFIXES} ASK { ?x dct:identifier "WTSA-1001" }`;
    expect((await sparql(ask)).body.boolean).toBe(false);
    await writeGraph(database(), syntheticResolution(0, 1), { version: 'with-a-synthetic-resolution' });
    expect((await sparql(ask)).body.boolean).toBe(true);
  }, 60_000);
});
