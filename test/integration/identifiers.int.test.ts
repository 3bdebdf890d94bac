/**
 * Every URI of the seeded graph dereferenced over HTTP in the three media types, what a URI
 * that names nothing answers, and the promise of the scheme: a URI of a revision keeps naming
 * the same text after a later revision of the same resolution is loaded.
 */
import { Parser } from 'n3';
import { clearDatabase } from '../../src/graph/clear';
import { ensureSchema } from '../../src/graph/schema';
import { writeGraph } from '../../src/graph/write-graph';
import type { GraphNode, NormalizedGraph } from '../../src/ingest/types';
import { syntheticResolution } from '../../src/synthetic/corpus';
import { httpServer } from './http-client';
import { useSeededServer } from './neo4j-env';

const DCT_IDENTIFIER = 'http://purl.org/dc/terms/identifier';

describe('URIs on the seeded graph', () => {
  const server = httpServer(() => database());
  const database = useSeededServer(server);

  async function get(path: string, accept?: string, redirect: 'follow' | 'manual' = 'follow') {
    const response = await fetch(`${server.base()}${path}`, { headers: accept ? { accept } : {}, redirect });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      location: response.headers.get('location'),
      url: response.url,
      body: await response.text(),
    };
  }

  it('answers every node in HTML, JSON-LD and Turtle, each naming the node by its URI and id', async () => {
    const nodes = await database().read({
      cypher: 'MATCH (n:Entity) RETURN n.id AS id, n.uriPath AS path ORDER BY n.id',
      params: {},
    });
    expect(nodes.length).toBeGreaterThan(250);
    const failures: string[] = [];
    for (const { id, path } of nodes as { id: string; path: string }[]) {
      const html = await get(path, 'text/html');
      // A work with a loaded text redirects to its latest expression, which then names it.
      const uri = html.url;
      if (html.status !== 200 || !html.type.startsWith('text/html') || !html.body.includes(uri))
        failures.push(`${id} html ${html.status}`);
      const jsonld = await get(path, 'application/ld+json');
      const doc =
        jsonld.status === 200
          ? (JSON.parse(jsonld.body) as { '@graph': { '@id': string; 'dct:identifier'?: { '@value': string }[] }[] })
          : null;
      const subject = doc?.['@graph'].find((n) => n['@id'] === uri);
      if (!subject || !jsonld.type.startsWith('application/ld+json')) failures.push(`${id} jsonld ${jsonld.status}`);
      const turtle = await get(path, 'text/turtle');
      const quads = new Parser({ format: 'text/turtle' }).parse(turtle.body);
      const identifiers = quads
        .filter((q) => q.subject.value === uri && q.predicate.value === DCT_IDENTIFIER)
        .map((q) => q.object.value);
      const expected = uri.endsWith(path) ? id : 'WTSA-44/2022/zh';
      if (turtle.status !== 200 || !turtle.type.startsWith('text/turtle') || !identifiers.includes(expected))
        failures.push(`${id} turtle ${turtle.status} ${identifiers}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('gives the URIs GraphQL gives, and redirects the work to its latest revision', async () => {
    const data = await server.graphql(
      '{ resolution(id: "WTSA-44") { uri citation(lang: ZH) sections { uri provisions { id uri citation } } } }',
    );
    expect(data.resolution.uri).toBe(`${server.base()}/id/WTSA-44`);
    expect(data.resolution.citation).toBe('第44号决议（2022年，日内瓦，修订版）');
    expect(data.resolution.sections[0].provisions[0]).toEqual({
      id: 'WTSA-44/s1/a',
      uri: `${server.base()}/id/WTSA-44/2022/zh/s1/a`,
      citation: 'Resolution 44 (Rev. Geneva, 2022), considering a)',
    });
    const work = await get('/id/WTSA-44', 'text/turtle', 'manual');
    expect(work.status).toBe(303);
    expect(work.location).toBe('/id/WTSA-44/2022/zh');
    const revision = await get('/id/WTSA-44/2022', 'text/turtle', 'manual');
    expect([revision.status, revision.location]).toEqual([303, '/id/WTSA-44/2022/zh']);
  });

  it('answers a citation at its percent-encoded URI, and redirects a needlessly encoded spelling', async () => {
    const citation = await get('/id/WTSA-44/2022/zh/s1/a%23c1', 'text/turtle');
    expect(citation.status).toBe(200);
    expect(citation.body).toContain('全权代表大会第71号决议（2018年，迪拜，修订版）');
    const spelled = await get('/id/WTSA-44/2022/zh/%73%31/a%23c1?format=turtle', undefined, 'manual');
    expect([spelled.status, spelled.location]).toEqual([301, '/id/WTSA-44/2022/zh/s1/a%23c1?format=turtle']);
  });

  it('answers what names nothing with a 404 that says why, in the requested type', async () => {
    const missing = await get('/id/WTSA-44/2022/zh/s99/1', 'application/ld+json');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({
      error: 'not found',
      uri: `${server.base()}/id/WTSA-44/2022/zh/s99/1`,
      reason: 'the text of WTSA-44 (revision 2022, zh) has no part WTSA-44/s99/1',
    });
    const otherRevision = await get('/id/WTSA-44/2018/zh/s1/a', 'text/turtle');
    expect(otherRevision.status).toBe(404);
    expect(JSON.parse(otherRevision.body).reason).toBe(
      'WTSA-44 has no text of revision 2018 in language zh; loaded: /id/WTSA-44/2022/zh',
    );
    const page = await get('/id/actor/NOBODY', 'text/html');
    expect([page.status, page.type]).toEqual([404, 'text/html; charset=utf-8']);
    expect(page.body).toContain('no actor has the id NOBODY');
    expect((await get('/id/PP-999')).status).toBe(404);
    // a part of another resolution's text is not part of this one's
    expect((await get('/id/WTSA-44/2022/zh/..%2Fs1', 'text/turtle')).status).toBe(400);
  });

  it('refuses what cannot be answered: no acceptable type, a broken encoding, a bad format, a POST', async () => {
    const png = await get('/id/actor/TSB-DIRECTOR', 'image/png');
    expect(png.status).toBe(406);
    expect(png.body).toContain('text/html, application/ld+json or text/turtle');
    const broken = await get('/id/WTSA-44/2022/zh/s8/%E0%A4%A');
    expect(broken.status).toBe(400);
    expect(broken.body).toContain('is not valid percent-encoded UTF-8');
    expect((await get('/id/actor/TSB-DIRECTOR?format=pdf')).status).toBe(400);
    const post = await fetch(`${server.base()}/id/actor/TSB-DIRECTOR`, { method: 'POST', body: 'x' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    // q-values are honoured
    const preferred = await get('/id/actor/TSB-DIRECTOR', 'text/html;q=0.5, text/turtle;q=0.9');
    expect(preferred.type).toBe('text/turtle; charset=utf-8');
  });

  it('publishes the vocabulary and the JSON-LD context', async () => {
    const vocabulary = await get('/ns/itu', 'text/turtle');
    const quads = new Parser({ format: 'text/turtle' }).parse(vocabulary.body);
    const terms = new Set(quads.map((q) => q.subject.value));
    for (const term of ['modality', 'addressee', 'collaborator', 'condition', 'INSTRUCTS', 'Obligation'])
      expect(terms).toContain(`${server.base()}/ns/itu#${term}`);
    const context = await get('/ns/context.jsonld');
    expect(JSON.parse(context.body)['@context'].eli).toBe('http://data.europa.eu/eli/ontology#');
  });
});

/** Revision 2 of a synthetic resolution: adopted in 2026, other texts, section 1 gone. */
function secondRevision(first: NormalizedGraph): NormalizedGraph {
  const id = first.resolutions[0]!;
  const gone = (nodeId: string) => nodeId.startsWith(`${id}/s1/`);
  const meeting: GraphNode = {
    label: 'Meeting',
    id: 'MEETING-WTSA-2026',
    props: { assembly: 'WTSA', year: 2026, cityZh: '日内瓦', cityEn: 'Geneva' },
  };
  return {
    resolutions: first.resolutions,
    nodes: [
      ...first.nodes
        .filter((node) => !gone(node.id))
        .map((node) =>
          'textZh' in node.props
            ? ({ ...node, props: { ...node.props, textZh: `${node.props.textZh}（2026年修订）` } } as GraphNode)
            : node,
        ),
      meeting,
    ],
    relationships: [
      ...first.relationships
        .filter((rel) => !gone(rel.from) && !gone(rel.to))
        .map((rel) => (rel.type === 'TEXT_ADOPTED_BY' ? { ...rel, to: meeting.id } : rel)),
    ],
  };
}

describe('URIs across revisions', () => {
  const server = httpServer(() => database());
  const database = useSeededServer(server);

  it('keeps every URI of the first revision naming the same text after the second is loaded', async () => {
    const db = database();
    await clearDatabase(db);
    await ensureSchema(db);
    const first = syntheticResolution(0, 1);
    const id = first.resolutions[0]!;
    await writeGraph(db, first);
    const owned = await db.read({
      cypher: 'MATCH (n:Entity) WHERE n.resolutionId = $id RETURN n.id AS id, n.uriPath AS path ORDER BY n.id',
      params: { id },
    });
    expect(owned.length).toBeGreaterThan(100);
    expect(owned.every((row) => (row.path as string).startsWith(`/id/${id}/2022/zh/`))).toBe(true);
    const fetchAll = async () => {
      const bodies = new Map<string, string>();
      for (const { path } of owned as { path: string }[]) {
        for (const format of ['turtle', 'jsonld']) {
          const response = await fetch(`${server.base()}${path}?format=${format}`);
          bodies.set(`${path} ${format}`, `${response.status} ${await response.text()}`);
        }
      }
      return bodies;
    };
    const before = await fetchAll();
    expect([...before.values()].every((body) => body.startsWith('200 '))).toBe(true);
    expect(before.get(`/id/${id}/2022/zh/s1/a turtle`)).toContain('itu:text');

    await writeGraph(db, secondRevision(first));
    const after = await fetchAll();
    expect([...after.entries()].filter(([key, body]) => before.get(key) !== body).map(([key]) => key)).toEqual([]);

    const work = await fetch(`${server.base()}/id/${id}`, { redirect: 'manual' });
    expect(work.headers.get('location')).toBe(`/id/${id}/2026/zh`);
    const revised = await fetch(`${server.base()}/id/${id}/2026/zh/s2/a?format=turtle`);
    expect(await revised.text()).toContain('（2026年修订）');
    expect((await fetch(`${server.base()}/id/${id}/2026/zh/s1/a`)).status).toBe(404);
    const data = await server.graphql(`{ node(id: "${id}/s2/a") { uri } }`);
    expect(data.node.uri).toBe(`${server.base()}/id/${id}/2026/zh/s2/a`);
  }, 600_000);
});
