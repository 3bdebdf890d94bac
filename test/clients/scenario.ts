/**
 * What a web app does with the API, through the clients frontends use, each with its default
 * settings: Apollo Client (InMemoryCache with relayStylePagination and the published
 * possibleTypes; POST), urql (its default exchanges; queries as GET) and graphql-request
 * (POST). Each pages through obligations to the end and loads a neighbourhood into
 * cytoscape.js and a graphology MultiDirectedGraph. Apollo Client also reads two
 * neighbourhoods back from its normalized cache, a fragment on the Node interface, and sends a
 * query as an automatic persisted query (hash in a GET URL).
 *
 * The same code runs in Node (bundled by test/clients/bundle.ts, run in a child process) and in
 * a page in Chromium; `runClients` returns plain JSON for the test to check.
 */
import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';
import { cacheExchange, Client, fetchExchange } from '@urql/core';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { GraphQLClient } from 'graphql-request';
import introspection from '../../src/api/__generated__/possible-types.json';
import OBLIGATIONS_SOURCE from '../contract/operations/03-obligations.graphql';

/** The neighbourhood as a graph-drawing frontend asks for it: ids, kinds, captions, edge ids. */
export const NEIGHBORHOOD_SOURCE = `query Drawing($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    nodes { id kind type label(lang: EN) }
    edges { id source target type }
    distances { node distance }
    truncated
  }
}`;

const NODE_FRAGMENT_SOURCE = `query NodeWithFragment($id: ID!) {
  node(id: $id) { ...NodeFields }
}
fragment NodeFields on Node { id ... on Resolution { number } ... on Actor { acronym } }`;

export interface Sent {
  method: string;
  url: string;
  status: number;
  /** The parsed body the server sent (null for a 304). */
  body: unknown;
}

export interface Drawing {
  nodes: { id: string; kind: string; type: string; label: string | null }[];
  edges: { id: string; source: string; target: string; type: string }[];
  distances: { node: string; distance: number }[];
  truncated: boolean;
}

export interface ClientReport {
  client: string;
  totalCount: number;
  obligationIds: string[];
  pages: number;
  methods: string[];
  drawing: Drawing;
  cytoscape: { nodes: number; edges: number };
  graphology: { order: number; size: number };
}

export interface ScenarioReport {
  reports: ClientReport[];
  apolloCache: { sent: unknown[]; readBack: unknown[] };
  nodeFragment: unknown;
  persisted: { methods: string[]; statuses: number[]; codes: (string | null)[] };
}

export interface ScenarioOptions {
  actor: string;
  pageSize: number;
  drawingOf: { id: string; depth: number; limit: number };
  /** Two neighbourhoods that share nodes, read back from Apollo Client's cache. */
  cacheCentres: [string, string];
  /** Names the persisted operation, so that each run sends a document the server has not seen. */
  runTag: string;
}

/** A fetch that records every answer the server sent. */
function recordingFetch(log: Sent[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const text = await response.clone().text();
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    log.push({ method: init?.method ?? 'GET', url, status: response.status, body: text ? JSON.parse(text) : null });
    return response;
  };
}

/** The neighbourhood in cytoscape.js and graphology, each with the documented one-line mapping. */
function loadIntoGraphLibraries(drawing: Drawing): Pick<ClientReport, 'cytoscape' | 'graphology'> {
  const cy = cytoscape({
    headless: true,
    elements: { nodes: drawing.nodes.map((data) => ({ data })), edges: drawing.edges.map((data) => ({ data })) },
  });
  const graph = new MultiDirectedGraph();
  graph.import({
    nodes: drawing.nodes.map((node) => ({ key: node.id, attributes: node })),
    edges: drawing.edges.map((edge) => ({ key: edge.id, source: edge.source, target: edge.target, attributes: edge })),
  });
  const counts = {
    cytoscape: { nodes: cy.nodes().length, edges: cy.edges().length },
    graphology: { order: graph.order, size: graph.size },
  };
  cy.destroy();
  return counts;
}

interface ObligationPage {
  obligations: {
    totalCount: number;
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function withApollo(
  url: string,
  options: ScenarioOptions,
): Promise<{ report: ClientReport; cache: ScenarioReport['apolloCache']; nodeFragment: unknown }> {
  const sent: Sent[] = [];
  const client = new ApolloClient({
    link: new HttpLink({ uri: url, fetch: recordingFetch(sent) }),
    cache: new InMemoryCache({
      possibleTypes: introspection.possibleTypes,
      typePolicies: { Query: { fields: { obligations: relayStylePagination(['filter']) } } },
    }),
  });
  const query = gql(OBLIGATIONS_SOURCE);
  const variables = { actor: options.actor, first: options.pageSize };
  let page = (await client.query<ObligationPage>({ query, variables })).data!;
  let pages = 1;
  while (page.obligations.pageInfo.hasNextPage) {
    const next = { ...variables, after: page.obligations.pageInfo.endCursor };
    page = (await client.query<ObligationPage>({ query, variables: next, fetchPolicy: 'network-only' })).data!;
    pages += 1;
  }
  // relayStylePagination has merged every page into one list under the filter's key.
  const merged = client.readQuery<ObligationPage>({ query, variables })!;

  const drawingQuery = gql(NEIGHBORHOOD_SOURCE);
  const drawing = (await client.query<{ neighborhood: Drawing }>({ query: drawingQuery, variables: options.drawingOf }))
    .data!.neighborhood;

  // Two neighbourhoods sharing nodes, then both read back from the normalized cache.
  const before = sent.length;
  const cacheVariables = options.cacheCentres.map((id) => ({ id, depth: 1, limit: 100 }));
  for (const v of cacheVariables) await client.query({ query: drawingQuery, variables: v });
  const cacheSent = sent.slice(before).map((s) => (s.body as { data: unknown }).data);
  const readBack = cacheVariables.map((v) => client.readQuery({ query: drawingQuery, variables: v }));

  const nodeQuery = gql(NODE_FRAGMENT_SOURCE);
  await client.query({ query: nodeQuery, variables: { id: 'WTSA-44' } });
  const nodeFragment = client.readQuery({ query: nodeQuery, variables: { id: 'WTSA-44' } });

  return {
    report: {
      client: 'Apollo Client',
      totalCount: merged.obligations.totalCount,
      obligationIds: merged.obligations.edges.map((edge) => edge.node.id),
      pages,
      methods: [...new Set(sent.map((s) => s.method))],
      drawing,
      ...loadIntoGraphLibraries(drawing),
    },
    cache: { sent: cacheSent, readBack },
    nodeFragment,
  };
}

async function withUrql(url: string, options: ScenarioOptions): Promise<ClientReport> {
  const sent: Sent[] = [];
  const client = new Client({ url, exchanges: [cacheExchange, fetchExchange], fetch: recordingFetch(sent) });
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount: number;
  let pages = 0;
  do {
    const result: { data?: ObligationPage; error?: Error } = await client
      .query<ObligationPage>(OBLIGATIONS_SOURCE, { actor: options.actor, first: options.pageSize, after })
      .toPromise();
    if (result.error) throw result.error;
    const connection: ObligationPage['obligations'] = result.data!.obligations;
    ids.push(...connection.edges.map((edge) => edge.node.id));
    totalCount = connection.totalCount;
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    pages += 1;
  } while (after);
  const result = await client.query<{ neighborhood: Drawing }>(NEIGHBORHOOD_SOURCE, options.drawingOf).toPromise();
  if (result.error) throw result.error;
  const drawing = result.data!.neighborhood;
  return {
    client: 'urql',
    totalCount,
    obligationIds: ids,
    pages,
    methods: [...new Set(sent.map((s) => s.method))],
    drawing,
    ...loadIntoGraphLibraries(drawing),
  };
}

async function withGraphqlRequest(url: string, options: ScenarioOptions): Promise<ClientReport> {
  const sent: Sent[] = [];
  const client = new GraphQLClient(url, { fetch: recordingFetch(sent) });
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount: number;
  let pages = 0;
  do {
    const data: ObligationPage = await client.request<ObligationPage>(OBLIGATIONS_SOURCE, {
      actor: options.actor,
      first: options.pageSize,
      after,
    });
    ids.push(...data.obligations.edges.map((edge) => edge.node.id));
    totalCount = data.obligations.totalCount;
    after = data.obligations.pageInfo.hasNextPage ? data.obligations.pageInfo.endCursor : null;
    pages += 1;
  } while (after);
  const { neighborhood: drawing } = await client.request<{ neighborhood: Drawing }>(
    NEIGHBORHOOD_SOURCE,
    options.drawingOf,
  );
  return {
    client: 'graphql-request',
    totalCount,
    obligationIds: ids,
    pages,
    methods: [...new Set(sent.map((s) => s.method))],
    drawing,
    ...loadIntoGraphLibraries(drawing),
  };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** An automatic persisted query, hash in a GET URL: unknown, registered, then found by a new client. */
async function withPersistedQueries(url: string, options: ScenarioOptions): Promise<ScenarioReport['persisted']> {
  const sent: Sent[] = [];
  const newClient = () =>
    new ApolloClient({
      link: ApolloLink.from([
        createPersistedQueryLink({ sha256: sha256Hex, useGETForHashedQueries: true }),
        new HttpLink({ uri: url, fetch: recordingFetch(sent) }),
      ]),
      cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes }),
    });
  const query = gql(NEIGHBORHOOD_SOURCE.replace('query Drawing(', `query PersistedDrawing${options.runTag}(`));
  await newClient().query({ query, variables: options.drawingOf });
  await newClient().query({ query, variables: options.drawingOf });
  return {
    methods: sent.map((s) => s.method),
    statuses: sent.map((s) => s.status),
    codes: sent.map(
      (s) =>
        (s.body as { errors?: { extensions?: { code?: string } }[] } | null)?.errors?.[0]?.extensions?.code ?? null,
    ),
  };
}

export async function runClients(url: string, options: ScenarioOptions): Promise<ScenarioReport> {
  const apollo = await withApollo(url, options);
  const urql = await withUrql(url, options);
  const graphqlRequest = await withGraphqlRequest(url, options);
  const persisted = await withPersistedQueries(url, options);
  return {
    reports: [apollo.report, urql, graphqlRequest],
    apolloCache: apollo.cache,
    nodeFragment: apollo.nodeFragment,
    persisted,
  };
}
