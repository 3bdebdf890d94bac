/**
 * Prefetching must never change an answer: every field of every type, reached from each root
 * field that prefetches, is answered the same with prefetching (one statement per root field,
 * rows holding only the properties the fields' declarations read) and without it (the loaders,
 * full rows).
 * The queries are generated from the schema, so that a field added later is covered too.
 */
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { createApolloServer, createContext, loadTypeDefs } from '../../src/api';
import { obligationScope } from '../../src/api/arguments';
import { encodeCursor } from '../../src/api/pagination';
import { useSeededServer } from './neo4j-env';

/** The cursor of the second obligation addressed to ITU-T and its parts, instructed or invited. */
const SUBORDINATES_CURSOR = encodeCursor(
  obligationScope({
    actor: 'ITU-T',
    includeSubordinates: true,
    modalities: ['INSTRUCTS', 'INVITES'],
    resolution: null,
  }),
  1,
);

/** Values for required arguments, by name: each answers differently on the seed for different rows. */
const REQUIRED_VALUES: Readonly<Record<string, readonly string[]>> = {
  actor: ['"TSB-DIRECTOR"', '"BDT-DIRECTOR"', '"ITU-REGIONAL-OFFICES"'],
};

/**
 * Arguments for a field: every value of `lang`, every value of a required argument that
 * REQUIRED_VALUES names (a field with another required argument is left out); other arguments
 * left to their defaults.
 */
function variants(field: GraphQLField<unknown, unknown>): { alias: string; args: string }[] {
  const required = field.args.filter(
    (arg) => arg.name !== 'lang' && isNonNullType(arg.type) && arg.defaultValue === undefined,
  );
  if (required.some((arg) => !REQUIRED_VALUES[arg.name]) || required.length > 1) return [];
  const [arg] = required;
  if (arg) {
    return (REQUIRED_VALUES[arg.name] ?? []).map((value, k) => ({
      alias: `${field.name}${k}: `,
      args: `(${arg.name}: ${value})`,
    }));
  }
  if (field.args.some((a) => a.name === 'lang')) {
    return ['ZH', 'EN'].map((lang) => ({ alias: `${field.name}${lang}: `, args: `(lang: ${lang})` }));
  }
  return [{ alias: '', args: '' }];
}

/**
 * Every field of `type`, objects down to `depth` more levels (interfaces through each of their
 * types, whose fields get `prefix` in their aliases so that same names of other types do not clash).
 */
function selection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number, prefix = ''): string {
  if (isInterfaceType(type)) {
    const own = [
      '__typename',
      ...Object.values(type.getFields())
        .filter((f) => isLeafType(getNamedType(f.type)))
        .map((f) => f.name),
    ].join(' ');
    if (depth <= 0) return own;
    return `${own} ${schema
      .getPossibleTypes(type)
      .map((t) => `... on ${t.name} { ${selection(schema, t, depth, `${t.name}_`)} }`)
      .join(' ')}`;
  }
  if (!isObjectType(type)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const fieldType = getNamedType(field.type);
    for (const variant of variants(field)) {
      const args = variant.args;
      const alias = prefix ? `${prefix}${variant.alias || `${field.name}: `}` : variant.alias;
      if (isLeafType(fieldType)) parts.push(`${alias}${field.name}${args}`);
      else if (depth > 0) parts.push(`${alias}${field.name}${args} { ${selection(schema, fieldType, depth - 1)} }`);
    }
  }
  return parts.join(' ');
}

describe('prefetching', () => {
  const schema = buildSchema(loadTypeDefs());
  // Generated queries are far bigger than what the limits let clients send.
  const server = createApolloServer({
    limits: {
      maxDepth: 50,
      maxAliases: 100_000,
      maxDirectives: 50,
      maxTokens: 1_000_000,
      maxCost: 1e12,
      maxNodes: 1e12,
      heavyNodes: 1e12,
    },
  });
  // Each look-ahead here selects every field of every type four levels down: one statement of
  // hundreds of nested subqueries, whose planning took over the default 10 s at load average 17.
  const database = useSeededServer(server, 60_000);

  async function answer(query: string, prefetch: boolean) {
    const contextValue = createContext(database(), undefined, {}, { prefetch });
    const response = await server.executeOperation({ query }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { ...response.body.singleResult, roundTrips: contextValue.roundTrips.count };
  }

  const roots: [string, string, number][] = [
    ['resolution', 'resolution(id: "WTSA-44")', 2],
    ['resolution (cited)', 'resolution(id: "PP-123")', 2],
    ['actor', 'actor(id: "ITU-T")', 2],
    [
      'actor (subordinates, a page)',
      `actor(id: "ITU-T") { sub: obligations(includeSubordinates: true, modalities: [INSTRUCTS, INVITES], first: 3, after: "${SUBORDINATES_CURSOR}") { totalCount edges { cursor node { id modality provision { id } } } pageInfo { hasNextPage endCursor } } } other: actor(id: "TSB-DIRECTOR")`,
      2,
    ],
    ['node (a provision)', 'node(id: "WTSA-44/s8/1")', 2],
    ['node (an annex item)', 'node(id: "WTSA-44/annex/p2/i2/i2")', 2],
    ['obligations', 'obligations(filter: { actor: "TSB-DIRECTOR" }, first: 20)', 4],
    ['search', 'search(text: "口译", first: 10)', 4],
    [
      'obligations (a collaborator, conditional)',
      'obligations(filter: { actor: "BDT-DIRECTOR", role: COLLABORATOR, conditional: true }, first: 20)',
      4,
    ],
    [
      'actor (a page as collaborator)',
      'actor(id: "BDT-DIRECTOR") { collab: obligations(role: EITHER, first: 5) { totalCount edges { node { id roleOf(actor: "BDT-DIRECTOR") } } } } other: actor(id: "TSB-DIRECTOR")',
      2,
    ],
    [
      'search (sections, footnotes, provisions)',
      'search(text: "发展中国家", filter: { kinds: [SECTION, FOOTNOTE, PROVISION] }, first: 10)',
      4,
    ],
  ];

  it.each(roots)(
    'answers every field below %s the same with and without it',
    async (_, root, depth) => {
      const rootField = root.slice(0, root.indexOf('('));
      const type = getNamedType(schema.getQueryType()!.getFields()[rootField].type);
      const query = `{ ${root} { ${selection(schema, type, depth)} } }`;
      const prefetched = await answer(query, true);
      const loaded = await answer(query, false);
      expect(prefetched.errors).toBeUndefined();
      expect(loaded.errors).toBeUndefined();
      expect(prefetched.data).toEqual(loaded.data);
      expect(JSON.stringify(prefetched.data).length).toBeGreaterThan(500);
      expect(prefetched.roundTrips).toBeLessThan(loaded.roundTrips);
    },
    180_000,
  );
});
