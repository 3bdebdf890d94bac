/**
 * The seven contract operations (shared/contract or its copy, see test/contract/read-contract.ts) and, for each, the
 * closest @neo4j/graphql equivalent (neo4j-graphql/operations/, compared in equivalents.md):
 * the request body each target is sent, and a check that an answer is right and non-empty,
 * reduced to a few numbers so that our API's and @neo4j/graphql's answers can be compared.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type SelectionSetNode } from 'graphql';
import { CONTRACT_DIRS, readContract } from '../../test/contract/read-contract';

const EQUIVALENTS_DIR = path.join(__dirname, 'neo4j-graphql', 'operations');

type Variables = Record<string, unknown>;
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Body {
  query: string;
  variables: Variables;
}

/** A few numbers that say what an answer holds; a check throws when it is empty or wrong. */
export type Summary = Record<string, number | string | boolean | null>;

export interface Operation {
  /** The contract file's name without extension, e.g. `03-obligations`. */
  name: string;
  /** How deep the selection nests (root field = 1): the bound on round trips per request. */
  depth: number;
  /** Whether the operation reads one resolution (the floor target applies to these). */
  singleResolution: boolean;
  /** Whether an @neo4j/graphql equivalent is written (neo4j-graphql/operations/); without, our API only. */
  hasEquivalent: boolean;
  api(variables: Variables): Body;
  neo4jGraphQL(variables: Variables): Body;
  checkApi(data: Data): Summary;
  checkNeo4jGraphQL(data: Data): Summary;
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function nonEmpty<T>(list: T[] | null | undefined, what: string): T[] {
  expect(Array.isArray(list) && list.length > 0, `expected a non-empty ${what}, got ${JSON.stringify(list)}`);
  return list;
}

function one<T>(list: T[] | null | undefined, what: string): T {
  expect(
    Array.isArray(list) && list.length === 1,
    `expected exactly one ${what}, got ${JSON.stringify(list)?.slice(0, 200)}`,
  );
  return list[0];
}

function read(dir: string, file: string): string {
  return fs.readFileSync(path.join(dir, file), 'utf8');
}

/**
 * How deep the operation's object fields nest (a root field with only scalars: 1), inline
 * fragments not counted: the most batches a fully batched server needs, one per level.
 */
export function selectionDepth(query: string): number {
  const depthOf = (set: SelectionSetNode | undefined): number =>
    set
      ? Math.max(
          0,
          ...set.selections.map((s) =>
            s.kind === Kind.FIELD
              ? s.selectionSet
                ? 1 + depthOf(s.selectionSet)
                : 0
              : s.kind === Kind.INLINE_FRAGMENT
                ? depthOf(s.selectionSet)
                : 0,
          ),
        )
      : 0;
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('expected an operation, found none');
  return depthOf(operation.selectionSet);
}

function contract(name: string): { query: string; variables: Variables[] } {
  const operation = readContract().find((op) => op.name === name);
  if (!operation)
    throw new Error(`expected the contract operation ${name} in ${CONTRACT_DIRS.join(' and ')}, found none`);
  return { query: operation.query, variables: operation.variableSets };
}

interface Spec {
  name: string;
  singleResolution: boolean;
  toNeo4jGraphQL(variables: Variables): Variables;
  checkApi(data: Data): Summary;
  checkNeo4jGraphQL(data: Data): Summary;
}

const countProvisions = (sections: Data[]) =>
  sections.reduce(
    (sum, s) => sum + s.provisions.length + s.provisions.reduce((k: number, p: Data) => k + p.children.length, 0),
    0,
  );

const SPECS: Spec[] = [
  {
    name: '01-resolution',
    singleResolution: true,
    toNeo4jGraphQL: (v) => ({ id: v.id }),
    checkApi: (d) => {
      const r = d.resolution;
      expect(r, 'expected a resolution, got null');
      const sections = nonEmpty<Data>(r.sections, 'resolution.sections');
      return {
        sections: sections.length,
        provisions: countProvisions(sections),
        programmes: nonEmpty<Data>(r.annex?.programmes, 'annex.programmes').length,
        latestYear: r.latestKnownRevision?.year ?? null,
      };
    },
    checkNeo4jGraphQL: (d) => {
      const r = one<Data>(d.resolutions, 'resolution');
      const sections = nonEmpty<Data>(r.sections, 'resolution.sections');
      return {
        sections: sections.length,
        provisions: countProvisions(sections),
        programmes: nonEmpty<Data>(one<Data>(r.annex, 'annex').programmes, 'annex.programmes').length,
        latestYear: r.latestKnownRevision?.year ?? null,
      };
    },
  },
  {
    name: '02-citations',
    singleResolution: true,
    toNeo4jGraphQL: (v) => ({ id: v.id }),
    checkApi: (d) => {
      const r = d.resolution;
      expect(r, 'expected a resolution, got null');
      const total = r.cites.length + r.citedBy.length;
      expect(total > 0, 'expected citations one way or the other, got none');
      return {
        cites: r.cites.length,
        citedBy: r.citedBy.length,
        outdated: r.cites.filter((c: Data) => c.outdated).length,
      };
    },
    checkNeo4jGraphQL: (d) => {
      const r = one<Data>(d.resolutions, 'resolution');
      expect(r.cites.length + r.citedBy.length > 0, 'expected citations one way or the other, got none');
      return {
        cites: r.cites.length,
        citedBy: r.citedBy.length,
        outdated: r.cites.filter((c: Data) => c.outdated).length,
      };
    },
  },
  {
    name: '03-obligations',
    singleResolution: false,
    toNeo4jGraphQL: (v) => ({ actor: v.actor, modalities: v.modalities, first: v.first }),
    checkApi: (d) => {
      const c = d.obligations;
      const edges = nonEmpty<Data>(c.edges, 'obligations.edges');
      expect(
        edges.every((e) => e.node.citation),
        'expected every obligation to have a citation',
      );
      return { totalCount: c.totalCount, edges: edges.length };
    },
    checkNeo4jGraphQL: (d) => {
      const c = d.obligationsConnection;
      const edges = nonEmpty<Data>(c.edges, 'obligationsConnection.edges');
      expect(
        edges.every((e) => e.node.citationEn),
        'expected every obligation to have a citation',
      );
      return { totalCount: c.totalCount, edges: edges.length };
    },
  },
  {
    name: '04-actor',
    singleResolution: false,
    toNeo4jGraphQL: (v) => ({ id: v.id }),
    checkApi: (d) => {
      const a = d.actor;
      expect(a, 'expected an actor, got null');
      return {
        ancestors: nonEmpty<Data>(a.ancestors, 'actor.ancestors').length,
        children: a.children.length,
        obligations: a.obligations.totalCount,
      };
    },
    checkNeo4jGraphQL: (d) => {
      const a = one<Data>(d.actors, 'actor');
      return {
        ancestors: nonEmpty<Data>(a.ancestors, 'actor.ancestors').length,
        children: a.children.length,
        obligations: a.obligationsConnection.totalCount,
      };
    },
  },
  {
    name: '05-search',
    singleResolution: false,
    toNeo4jGraphQL: (v) => ({ phrase: `"${String(v.text)}"`, first: v.first }),
    checkApi: (d) => {
      const edges = nonEmpty<Data>(d.search.edges, 'search.edges');
      expect(
        edges.some((e) => typeof e.highlight === 'string' && e.highlight.includes('<em>')),
        'expected highlighted hits',
      );
      return {
        totalCount: d.search.totalCount,
        provisionHits: edges.filter((e) => e.node.__typename === 'Provision').length,
      };
    },
    checkNeo4jGraphQL: (d) => {
      const edges = nonEmpty<Data>(d.provisionsFulltext.edges, 'provisionsFulltext.edges');
      return { totalCount: d.provisionsFulltext.totalCount, provisionHits: edges.length };
    },
  },
  {
    name: '06-neighborhood',
    singleResolution: true,
    toNeo4jGraphQL: (v) => ({ id: v.id, limit: v.limit }),
    checkApi: (d) => {
      const n = d.neighborhood;
      expect(n, 'expected a neighborhood, got null');
      return {
        nodes: nonEmpty<Data>(n.nodes, 'neighborhood.nodes').length,
        edges: nonEmpty<Data>(n.edges, 'neighborhood.edges').length,
        truncated: n.truncated,
      };
    },
    checkNeo4jGraphQL: (d) => {
      const n = d.neighborhood;
      expect(n, 'expected a neighborhood, got null');
      return {
        nodes: nonEmpty<Data>(n.nodes, 'neighborhood.nodes').length,
        edges: nonEmpty<Data>(n.edges, 'neighborhood.edges').length,
        truncated: n.truncated,
      };
    },
  },
  {
    name: '07-node-and-lists',
    singleResolution: false,
    toNeo4jGraphQL: (v) => ({ id: v.id, assembly: v.assembly }),
    checkApi: (d) => {
      expect(d.node?.id, 'expected a node, got null');
      return {
        node: d.node.__typename,
        totalCount: d.resolutions.totalCount,
        edges: nonEmpty<Data>(d.resolutions.edges, 'resolutions.edges').length,
      };
    },
    checkNeo4jGraphQL: (d) => {
      const node = one<Data>(d.entities, 'entity');
      return {
        node: node.__typename,
        totalCount: d.resolutionsConnection.totalCount,
        edges: nonEmpty<Data>(d.resolutionsConnection.edges, 'resolutionsConnection.edges').length,
      };
    },
  },
];

/** The contract operations, each with its variable set number `variableSet` (0: the first). */
export function loadOperations(variableSet = 0): (Operation & { variables: Variables })[] {
  return SPECS.map((spec) => {
    const { query, variables } = contract(spec.name);
    const equivalent = read(EQUIVALENTS_DIR, `${spec.name}.graphql`);
    return {
      name: spec.name,
      depth: selectionDepth(query),
      singleResolution: spec.singleResolution,
      hasEquivalent: true,
      variables: variables[variableSet] ?? variables[0],
      api: (v) => ({ query, variables: v }),
      neo4jGraphQL: (v) => ({ query: equivalent, variables: spec.toNeo4jGraphQL(v) }),
      checkApi: spec.checkApi,
      checkNeo4jGraphQL: spec.checkNeo4jGraphQL,
    };
  });
}

/** What a root value holds, in one number or word: a list's length, a connection's totalCount. */
function summarize(value: unknown): number | string | boolean | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'object') {
    const total = (value as Data).totalCount;
    return typeof total === 'number' ? total : 'object';
  }
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value).slice(0, 40);
}

/**
 * The contract operations with no @neo4j/graphql equivalent written (those the API added after the
 * first seven): measured on our API only, cached and uncached. Their check: every root field
 * answered, at least one with something in it.
 */
export function loadApiOnlyOperations(): (Operation & { variables: Variables })[] {
  const covered = new Set(SPECS.map((spec) => spec.name));
  return readContract()
    .filter((op) => !covered.has(op.name))
    .map((op) => ({
      name: op.name,
      depth: selectionDepth(op.query),
      singleResolution: false,
      hasEquivalent: false,
      variables: op.variableSets[0] ?? {},
      api: (v) => ({ query: op.query, variables: v }),
      neo4jGraphQL: () => {
        throw new Error(`expected an @neo4j/graphql equivalent of ${op.name}, found none`);
      },
      checkApi: (d) => {
        const summary: Summary = {};
        for (const [key, value] of Object.entries(d)) summary[key] = summarize(value);
        const values = Object.values(summary);
        expect(
          values.some((v) => v !== null && v !== 0),
          `expected an answer with something in it, got ${JSON.stringify(d).slice(0, 200)}`,
        );
        return summary;
      },
      checkNeo4jGraphQL: () => {
        throw new Error(`expected an @neo4j/graphql equivalent of ${op.name}, found none`);
      },
    }));
}
