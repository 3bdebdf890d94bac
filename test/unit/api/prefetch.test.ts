import {
  buildSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { loadTypeDefs } from '../../../src/api';
import { FIELD_LOADS, prefetchTree } from '../../../src/api/prefetch';
import {
  addLoad,
  emptyTree,
  limitTree,
  nodeWithPrefetchQuery,
  prefetchProjection,
  relationCypher,
  type PrefetchTree,
} from '../../../src/graph/queries/prefetch';
import { RELATIONS, type Relation } from '../../../src/graph/queries/related';

const schema = buildSchema(loadTypeDefs());

/** The info graphql-js gives the resolver of the operation's first root field. */
function rootInfo(query: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const fieldNode = operation.selectionSet.selections[0] as FieldNode;
  const returnType = schema.getQueryType()!.getFields()[fieldNode.name.value].type;
  return { schema, fragments, fieldNodes: [fieldNode], returnType, variableValues } as unknown as GraphQLResolveInfo;
}

/** The tree as nested plain objects, by load name, for readable expectations. */
function shape(tree: PrefetchTree): Record<string, unknown> {
  return Object.fromEntries([...tree.loads].map(([name, entry]) => [name, shape(entry.tree)]));
}

describe('the prefetch tree of a root field', () => {
  it('follows fields at every level, through aliases, fragment spreads and inline fragments', () => {
    const info =
      rootInfo(`{ resolution(id: "WTSA-44") { id t: title(lang: EN) ...F ... on Resolution { annex { programmes { id } } } } }
      fragment F on Resolution { sections { provisions { children { id } } } ...G }
      fragment G on Resolution { adopted { year } ...F }`);
    expect(shape(prefetchTree(info))).toEqual({
      sections: { provisions: { provisions: {} } },
      annex: { programmes: {} },
      adopted: {},
    });
  });

  it('loads through the ids a row holds, and what scalar fields need, by their arguments', () => {
    const info = rootInfo(
      `query ($lang: Lang) { resolution(id: "WTSA-44") {
      reference(lang: EN)
      sections { heading(lang: $lang) resolution { id } }
      cites { target { latestKnownRevision { year } } outdated citedRevision { meeting { id } } }
    } }`,
      { lang: 'EN' },
    );
    expect(shape(prefetchTree(info))).toEqual({
      textAdoptedBy: {},
      adopted: {},
      sections: { addressees: {}, collaborators: {}, 'self@resolutionId': {} },
      cites: { 'self@targetId': { latestKnownRevision: {} }, 'latestKnownRevision@targetId': {}, citedMeeting: {} },
    });
    const zh = rootInfo('{ resolution(id: "WTSA-44") { sections { heading(lang: ZH) } } }');
    expect(shape(prefetchTree(zh))).toEqual({ sections: {} });
  });

  it('goes through connections and edges to their nodes, and through interfaces to each type named', () => {
    const obligations = rootInfo(
      '{ obligations(filter: { actor: "ITU-T" }) { totalCount edges { cursor node { provision { id } citation(lang: EN) } } } }',
    );
    expect(shape(prefetchTree(obligations))).toEqual({ 'self@sourceId': {}, obligationCitation: {} });
    const search = rootInfo(
      '{ search(text: "口译") { edges { node { id ... on Provision { section { id } } ... on AnnexItem { programme { id } } } } } }',
    );
    expect(shape(prefetchTree(search))).toEqual({ 'self@sectionId': {}, 'self@programmeId': {} });
  });

  it('names the properties each row is read for, and reads whole rows where a field is computed from a load', () => {
    const tree = prefetchTree(
      rootInfo(
        `{ resolution(id: "WTSA-44") { number title(lang: EN) sections { kind heading(lang: EN) addressees { id } } } }`,
      ),
    );
    expect([...tree.props].sort()).toEqual(['id', 'number', 'titleEn', 'titleZh']);
    const sections = tree.loads.get('sections')!.tree;
    expect([...sections.props].sort()).toEqual(['further', 'headingZh', 'id', 'kind']);
    expect(sections.loads.get('addressees')!.tree.all).toBe(true);
    expect(sections.loads.get('collaborators')!.tree.all).toBe(true);
    expect(sections.all).toBe(false);
  });

  it('keeps the loads nearest the root when a selection asks for too many, and the ids they go through', () => {
    const info = rootInfo(
      '{ resolution(id: "WTSA-44") { sections { provisions { children { id } section { id } } } annex { id } adopted { year } } }',
    );
    const tree = prefetchTree(info, 4);
    expect(shape(tree)).toEqual({ sections: { provisions: {} }, annex: {}, adopted: {} });
    expect([...tree.loads.get('sections')!.tree.loads.get('provisions')!.tree.props]).toEqual(['id', 'sectionId']);
    const all = prefetchTree(info);
    expect(limitTree(all, 2)).toBe(4);
    expect(shape(all)).toEqual({ sections: {}, annex: {} });
  });

  it('fetches the pages of obligations a connection field asks for, with what their nodes load', () => {
    const info = rootInfo(
      '{ actor(id: "ITU-T") { obligations(first: 1, includeSubordinates: true, modalities: [RESOLVES, INSTRUCTS, RESOLVES]) { totalCount edges { node { addressees { id } } } } } }',
    );
    expect(shape(prefetchTree(info))).toEqual({
      'obligations:actor:ADDRESSEE:true:INSTRUCTS+RESOLVES:0:1': { addressees: {} },
    });
    const invalid = rootInfo('{ actor(id: "ITU-T") { obligations(first: 1000) { totalCount } } }');
    expect(shape(prefetchTree(invalid))).toEqual({});
  });

  it('is empty when nothing below loads', () => {
    expect(shape(prefetchTree(rootInfo('{ node(id: "WTSA-44") { __typename id } }')))).toEqual({});
    expect(shape(prefetchTree(rootInfo('{ actor(id: "ITU-T") { id name(lang: EN) } }')))).toEqual({});
  });

  it('names only real types, fields and relations', () => {
    for (const [typeName, fields] of Object.entries(FIELD_LOADS)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`expected an object type ${typeName}`);
      for (const [field, loads] of Object.entries(fields)) {
        expect([typeName, field, Boolean(type.getFields()[field])]).toEqual([typeName, field, true]);
        const value = typeof loads.value === 'function' ? loads.value({ first: 5 }) : loads.value;
        for (const load of [value, ...(loads.uses?.({ lang: 'EN' }) ?? [])]) {
          if (load?.kind === 'relation') expect(Object.keys(RELATIONS)).toContain(load.rel);
        }
      }
    }
  });
});

describe('the prefetch projection', () => {
  it('renames every variable of a relation, the source to the given one', () => {
    for (const rel of Object.keys(RELATIONS) as Relation[]) {
      const { cypher, m, sort } = relationCypher(rel, 'src', 7);
      expect(cypher).toMatch(/RETURN /);
      expect(cypher).toContain(m);
      expect(cypher).toContain(sort);
      expect(cypher).not.toMatch(/(?<![\w.:`$])(n|m|r|s|x|p|distance|sort)\b/);
    }
    expect(relationCypher('sections', 'v', 3).cypher).toBe(
      'MATCH (v)-[:HAS_SECTION]->(m_3:Section) RETURN m_3, [m_3.ordinal] AS sort_3',
    );
  });

  it('is the plain row projection without loads, and nests one COLLECT per load with its own names', () => {
    expect(prefetchProjection('v', emptyTree())).toBe(
      "v {.`id`, nodeLabel: head([l IN labels(v) WHERE l <> 'Entity'])}",
    );
    expect(prefetchProjection('v', { ...emptyTree(), all: true })).toBe(
      "v {.*, nodeLabel: head([l IN labels(v) WHERE l <> 'Entity'])}",
    );
    const tree = emptyTree();
    addLoad(addLoad(tree, { kind: 'relation', rel: 'sections', key: 'id' }), {
      kind: 'relation',
      rel: 'provisions',
      key: 'id',
    });
    addLoad(tree, { kind: 'relation', rel: 'self', key: 'resolutionId' });
    const { cypher, params } = nodeWithPrefetchQuery('WTSA-44', tree);
    expect(params).toEqual({ id: 'WTSA-44' });
    expect(cypher).toContain(
      '`sections`: COLLECT { MATCH (v)-[:HAS_SECTION]->(m_1:Section) WITH m_1, [m_1.ordinal] AS sort_1 ORDER BY sort_1 RETURN m_1 {',
    );
    expect(cypher).toContain('`provisions`: COLLECT { MATCH (m_1)-[:HAS_PROVISION]->(m_2:Provision)');
    expect(cypher).toContain('`self@resolutionId`: COLLECT { MATCH (m_3:Entity {id: v.resolutionId}) RETURN m_3 {');
  });
});
