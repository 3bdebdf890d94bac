/**
 * The any-shape stream of target 1: distinct valid selections generated from the schema over the
 * root fields, seeded (the same seed gives the same stream), so that a run measures what a
 * client's first-seen selection costs rather than the seven shapes the server has always seen.
 *
 * Each shape is one root field with literal arguments that name data of the seed (Resolution 44
 * and what it cites), and a random selection below it: at every object type each leaf field is
 * taken with some probability (at least one always), and each object field, while the nesting
 * allows, with a lower one; fields with a language argument get ZH or EN; lists with a page size
 * get a small one; interfaces and unions get `__typename`, `id` and inline fragments on some of
 * their types. Sizes stay well inside the API's limits (depth, cost, node budget).
 *
 * Half of the shapes (chosen by the seed) are **portable**: only roots and fields that
 * @neo4j/graphql's type definitions (neo4j-graphql/type-defs.graphql) also have, so that the same
 * selection can be sent to both. For those the generator writes the equivalent query beside ours
 * (`title(lang: ZH)` → `titleZh`, `resolution(id:)` → `resolutions(where: { id: { eq: } })`,
 * ordered lists with the same `sort`). The other half use everything the schema offers.
 */
import {
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  parse,
  validate,
} from 'graphql';

export interface Shape {
  /** `Shape007`: the operation name. */
  name: string;
  root: string;
  /** Our query. */
  query: string;
  /** The same selection for @neo4j/graphql; null when it cannot express it. */
  neo4jGraphQL: string | null;
  /** Fields selected (leaves and objects), a measure of its size. */
  fields: number;
}

interface Root {
  field: string;
  args: string;
  /** @neo4j/graphql's root for the same argument; absent: not portable. */
  neo4jGraphQL?: string;
}

const ROOTS: Root[] = [
  { field: 'resolution', args: '(id: "WTSA-44")', neo4jGraphQL: 'resolutions(where: { id: { eq: "WTSA-44" } })' },
  { field: 'resolution', args: '(id: "PP-123")', neo4jGraphQL: 'resolutions(where: { id: { eq: "PP-123" } })' },
  { field: 'actor', args: '(id: "TSB-DIRECTOR")', neo4jGraphQL: 'actors(where: { id: { eq: "TSB-DIRECTOR" } })' },
  { field: 'actor', args: '(id: "ITU-T")', neo4jGraphQL: 'actors(where: { id: { eq: "ITU-T" } })' },
  { field: 'resolutions', args: '(first: 5)' },
  { field: 'obligations', args: '(filter: { actor: "TSB-DIRECTOR" }, first: 5)' },
  { field: 'obligationFacets', args: '(actor: "TSB-DIRECTOR")' },
  { field: 'citations', args: '(filter: { citingResolution: "WTSA-44" }, first: 5)' },
  { field: 'citationChains', args: '(from: "WTSA-44", to: "PP-71", direction: BOTH)' },
  { field: 'search', args: '(text: "发展中国家", first: 5)' },
  { field: 'actors', args: '(first: 5)' },
  { field: 'node', args: '(id: "WTSA-44/s8")' },
  { field: 'nodes', args: '(ids: ["WTSA-44", "TSB-DIRECTOR", "WTSA-44/s1/a"])' },
  { field: 'neighborhood', args: '(id: "WTSA-44", limit: 20)' },
  { field: 'graph', args: '' },
];

/**
 * The fields a portable shape may use, per type: ours (with the language, for fields that take
 * one) → @neo4j/graphql's, as its type definitions name them (with the ordering our API applies).
 */
const PORTABLE: Record<string, Record<string, string>> = {
  Resolution: {
    id: 'id',
    assembly: 'assembly',
    number: 'number',
    'title:ZH': 'titleZh',
    'title:EN': 'titleEn',
    textLoaded: 'textLoaded',
    factsSource: 'factsSource',
    adopted: 'adopted',
    revisions: 'revisions(sort: [{ year: ASC }])',
    latestKnownRevision: 'latestKnownRevision',
    textAdoptedBy: 'textAdoptedBy',
    sections: 'sections(sort: [{ ordinal: ASC }])',
    annex: 'annex',
    cites: 'cites',
    citedBy: 'citedBy',
  },
  Section: {
    id: 'id',
    part: 'part',
    kind: 'kind',
    further: 'further',
    'heading:ZH': 'headingZh',
    'conditions:ZH': 'conditionsZh',
    addressees: 'addressees',
    collaborators: 'collaborators',
    provisions: 'provisions(sort: [{ ordinal: ASC }])',
  },
  Provision: {
    id: 'id',
    label: 'label',
    level: 'level',
    ordinal: 'ordinal',
    'text:ZH': 'textZh',
    children: 'children(sort: [{ ordinal: ASC }])',
    citations: 'citations',
    mentions: 'mentions',
  },
  Annex: {
    id: 'id',
    'title:ZH': 'titleZh',
    programmes: 'programmes(sort: [{ number: ASC }])',
    citations: 'citations',
  },
  Programme: { id: 'id', number: 'number', 'title:ZH': 'titleZh', items: 'items(sort: [{ ordinal: ASC }])' },
  AnnexItem: {
    id: 'id',
    kind: 'kind',
    label: 'label',
    level: 'level',
    ordinal: 'ordinal',
    'text:ZH': 'textZh',
    children: 'children(sort: [{ ordinal: ASC }])',
    citations: 'citations',
    mentions: 'mentions',
  },
  Meeting: { id: 'id', assembly: 'assembly', year: 'year', 'city:ZH': 'cityZh', 'city:EN': 'cityEn' },
  Actor: {
    id: 'id',
    kind: 'kind',
    acronym: 'acronym',
    'name:ZH': 'nameZh',
    'name:EN': 'nameEn',
    'aliases:ZH': 'aliasesZh',
    parent: 'parent',
    children: 'children(sort: [{ id: ASC }])',
    ancestors: 'ancestors',
  },
  Citation: {
    id: 'id',
    outdated: 'outdated',
    'span:ZH': 'spanZh',
    'description:ZH': 'descriptionZh',
    target: 'target',
  },
};

/** Values for required arguments the generator meets below the root, by argument name. */
const ARGUMENT_VALUES: Record<string, string[]> = {
  lang: ['ZH', 'EN'],
  actor: ['"TSB-DIRECTOR"', '"BDT-DIRECTOR"'],
};

/** Page sizes for lists that take one. */
const PAGE_SIZES = [2, 3, 5];
const MAX_DEPTH = 4;
const MAX_FIELDS = 45;

/** mulberry32: a small seeded generator, enough for choosing fields. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Selection {
  ours: string;
  theirs: string | null;
  fields: number;
}

class ShapeBuilder {
  private fields = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: () => number,
    private readonly portable: boolean,
  ) {}

  private pick<T>(list: T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  /**
   * Our arguments for a field below the root, and the key that names it in PORTABLE (with its
   * language); null: a required argument the generator has no value for, so the field is skipped.
   * A portable shape takes a language the other side has for that field.
   */
  private argumentsOf(
    field: GraphQLField<unknown, unknown>,
    portableFields: Record<string, string> | undefined,
  ): { text: string; key: string } | null {
    const parts: string[] = [];
    let key = field.name;
    for (const arg of field.args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (arg.name === 'first') {
        parts.push(`first: ${this.pick(PAGE_SIZES)}`);
      } else if (arg.name === 'lang') {
        const langs = this.portable
          ? (ARGUMENT_VALUES.lang ?? []).filter((lang) => `${field.name}:${lang}` in (portableFields ?? {}))
          : (ARGUMENT_VALUES.lang ?? []);
        if (langs.length === 0) return null;
        const lang = this.pick(langs);
        parts.push(`lang: ${lang}`);
        key = `${field.name}:${lang}`;
      } else if (required) {
        const values = ARGUMENT_VALUES[arg.name];
        if (!values) return null;
        parts.push(`${arg.name}: ${this.pick(values)}`);
      }
    }
    return { text: parts.length ? `(${parts.join(', ')})` : '', key };
  }

  /** A selection set on `type` at `depth` (the root field's own set is depth 2). */
  selectionOn(type: GraphQLNamedType, depth: number): Selection {
    if (isAbstractType(type)) return this.abstractSelection(type, depth);
    if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`expected an object type, got ${type.name}`);
    const portableFields = PORTABLE[type.name];
    if (this.portable && !portableFields) throw new Error(`expected ${type.name} in the portable map`);
    const ours: string[] = [];
    const theirs: string[] = [];
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const objects = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    const take = (field: GraphQLField<unknown, unknown>, leaf: boolean): void => {
      if (this.fields >= MAX_FIELDS) return;
      const args = this.argumentsOf(field, portableFields);
      if (!args) return;
      const equivalent = portableFields?.[args.key];
      if (this.portable && !equivalent) return;
      if (leaf) {
        this.fields += 1;
        ours.push(`${field.name}${args.text}`);
        theirs.push(equivalent ?? '');
        return;
      }
      const child = getNamedType(getNullableType(field.type));
      if (this.portable && !PORTABLE[child.name] && !isAbstractType(child)) return;
      if (this.portable && isAbstractType(child)) return;
      this.fields += 1;
      const below = this.selectionOn(child, depth + 1);
      ours.push(`${field.name}${args.text} ${below.ours}`);
      theirs.push(`${equivalent ?? ''} ${below.theirs ?? ''}`);
    };
    const leafChance = 0.25 + this.random() * 0.5;
    for (const field of leaves) if (this.random() < leafChance) take(field, true);
    if (ours.length === 0) {
      // At least one leaf: the id where there is one.
      const id = leaves.find((f) => f.name === 'id') ?? leaves.find((f) => !this.portable || portableFields?.[f.name]);
      if (id) take(id, true);
    }
    if (depth < MAX_DEPTH) {
      const objectChance = depth === 2 ? 0.35 : 0.2;
      for (const field of objects) if (this.random() < objectChance) take(field, false);
    }
    if (ours.length === 0) {
      this.fields += 1;
      ours.push('__typename');
      theirs.push('__typename');
    }
    return { ours: `{ ${ours.join(' ')} }`, theirs: `{ ${theirs.join(' ')} }`, fields: this.fields };
  }

  /** `__typename id` and inline fragments on one or two of the possible types. */
  private abstractSelection(type: GraphQLNamedType, depth: number): Selection {
    if (!isAbstractType(type)) throw new Error(`expected an abstract type, got ${type.name}`);
    const possible = [...this.schema.getPossibleTypes(type)];
    const parts = ['__typename'];
    if (isInterfaceType(type) && type.getFields().id) parts.push('id');
    this.fields += parts.length;
    const chosen = new Set<string>();
    const n = 1 + Math.floor(this.random() * 2);
    for (let i = 0; i < n && depth < MAX_DEPTH; i++) {
      const member = this.pick(possible);
      if (chosen.has(member.name)) continue;
      chosen.add(member.name);
      parts.push(`... on ${member.name} ${this.selectionOn(member, depth + 1).ours}`);
    }
    return { ours: `{ ${parts.join(' ')} }`, theirs: null, fields: this.fields };
  }
}

/** `count` distinct shapes from `seed`, each of which validates against `schema`. */
export function generateShapes(schema: GraphQLSchema, count: number, seed: number): Shape[] {
  const random = seededRandom(seed);
  const queryType = schema.getQueryType();
  if (!queryType) throw new Error('expected a Query type, found none');
  const seen = new Set<string>();
  const shapes: Shape[] = [];
  for (let attempt = 0; shapes.length < count; attempt++) {
    if (attempt > count * 50) throw new Error(`expected ${count} distinct shapes, found only ${shapes.length}`);
    const portable = random() < 0.5;
    const roots = portable ? ROOTS.filter((r) => r.neo4jGraphQL) : ROOTS;
    const root = roots[Math.floor(random() * roots.length)] as Root;
    const field = queryType.getFields()[root.field];
    if (!field) throw new Error(`expected the root field ${root.field} in the schema, found none`);
    const builder = new ShapeBuilder(schema, random, portable);
    const type = getNamedType(field.type);
    const selection = isLeafType(type) ? { ours: '', theirs: '', fields: 1 } : builder.selectionOn(type, 2);
    const body = `${root.field}${root.args} ${selection.ours}`;
    if (seen.has(body)) continue;
    seen.add(body);
    const name = `Shape${String(shapes.length + 1).padStart(3, '0')}`;
    const query = `query ${name} { ${body} }`;
    // Fragments on two types may select one field name with two types (`kind` of a Section and of
    // an AnnexItem), which GraphQL refuses: such a draw is dropped, and the next one is taken.
    if (validate(schema, parse(query)).length > 0) continue;
    shapes.push({
      name,
      root: root.field,
      query,
      neo4jGraphQL:
        portable && root.neo4jGraphQL && selection.theirs !== null
          ? `query ${name} { ${root.neo4jGraphQL} ${selection.theirs} }`
          : null,
      fields: selection.fields,
    });
  }
  return shapes;
}
