import { rootFieldInfo } from './parse-operation';
import { prefetchTree } from '../../../src/api/prefetch';
import { declaredRelations } from '../../../src/api/fields';
import { mentionPageLoad, obligationPageLoad } from '../../../src/api/resolvers/connections';
import { Cypher } from '../../../src/graph/queries/cypher';
import {
  addLoad,
  emptyTree,
  limitTree,
  NODE_LABEL,
  nodeWithPrefetchQuery,
  prefetchProjection,
  type PrefetchTree,
} from '../../../src/graph/queries/prefetch';
import type { ObligationPageRequest } from '../../../src/graph/queries/obligations';
import { SELF, type Relation } from '../../../src/graph/queries/related';

/** The tree as nested plain objects, by load name, for readable expectations. */
function shape(tree: PrefetchTree): Record<string, unknown> {
  return Object.fromEntries([...tree.loads].map(([name, entry]) => [name, shape(entry.tree)]));
}

describe('the prefetch tree of a root field', () => {
  it('follows fields at every level, through aliases, fragment spreads and inline fragments', () => {
    const info =
      rootFieldInfo(`{ resolution(id: "WTSA-44") { id t: title(lang: EN) ...F ... on Resolution { annex { programmes { id } } } } }
      fragment F on Resolution { sections { provisions { children { id } } } ...G }
      fragment G on Resolution { adopted { year } ...F }`);
    expect(shape(prefetchTree(info))).toEqual({
      sections: { provisions: { provisions: {} } },
      annex: { programmes: {} },
      adopted: {},
    });
  });

  it('loads through the ids a row holds, and what scalar fields need, by their arguments', () => {
    const info = rootFieldInfo(
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
      sections: { addressees: {}, collaborators: {}, 'Resolution@resolutionId': {} },
      cites: { 'Resolution@targetId': { latestKnownRevision: {} }, citedMeeting: {} },
    });
    const zh = rootFieldInfo('{ resolution(id: "WTSA-44") { sections { heading(lang: ZH) } } }');
    expect(shape(prefetchTree(zh))).toEqual({ sections: {} });
  });

  it('goes through connections and edges to their nodes, and through interfaces to each type named', () => {
    const obligations = rootFieldInfo(
      '{ obligations(filter: { actor: "ITU-T" }) { totalCount edges { cursor node { provision { id } citation(lang: EN) } } } }',
    );
    expect(shape(prefetchTree(obligations))).toEqual({ 'Provision@sourceId': {}, 'obligationCitation:EN': {} });
    const search = rootFieldInfo(
      '{ search(text: "口译") { edges { node { id ... on Provision { section { id } } ... on AnnexItem { programme { id } } } } } }',
    );
    expect(shape(prefetchTree(search))).toEqual({ 'Section@sectionId': {}, 'Programme@programmeId': {} });
  });

  it('names the properties each row is read for, and reads whole rows where a field is computed from a load', () => {
    const tree = prefetchTree(
      rootFieldInfo(
        `{ resolution(id: "WTSA-44") { number title(lang: EN) sections { kind heading(lang: EN) addressees { id } } } }`,
      ),
    );
    // a text reads only the language asked
    expect([...tree.props].sort()).toEqual(['number', 'titleEn']);
    const sections = tree.loads.get('sections')!.tree;
    expect([...sections.props].sort()).toEqual(['further', 'kind']);
    expect(sections.loads.get('addressees')!.tree.all).toBe(true);
    expect(sections.loads.get('collaborators')!.tree.all).toBe(true);
    expect(sections.all).toBe(false);
    const zh = prefetchTree(
      rootFieldInfo(
        `query ($lang: Lang!) { resolution(id: "WTSA-44") { title(lang: $lang) sections { heading(lang: ZH) } adopted { city(lang: FR) } } }`,
        { lang: 'ZH' },
      ),
    );
    expect([...zh.props]).toEqual(['titleZh']);
    expect([...zh.loads.get('sections')!.tree.props]).toEqual(['headingZh']);
    expect([...zh.loads.get('adopted')!.tree.props]).toEqual([]);
  });

  it('reads the label of a row only for an interface or a URI made from it, and matches the label a resolver expects', () => {
    const tree = prefetchTree(
      rootFieldInfo(
        '{ obligations(filter: { actor: "ITU-T" }) { edges { node { resolution { id } source { id } addressees { id uri } } } } }',
      ),
    );
    expect(tree.props.has(NODE_LABEL)).toBe(false);
    // the ids the loads go through: not projected while the loads are prefetched
    expect([...tree.props]).toEqual([]);
    expect(tree.loads.get('Resolution@resolutionId')!.tree.props.has(NODE_LABEL)).toBe(false);
    expect(tree.loads.get('self@sourceId')!.tree.props.has(NODE_LABEL)).toBe(true);
    const v = new Cypher.Variable();
    const { cypher } = new Cypher.Return(prefetchProjection(v, tree)).build();
    expect(cypher).toMatch(/MATCH \(this\d+:Resolution \{ id: var\d+\.resolutionId \}\)\n\s+RETURN this\d+ \{ \.id \}/);
    expect(cypher).toMatch(/MATCH \(this\d+:Entity \{ id: var\d+\.sourceId \}\)/);
    expect([...tree.loads.get('addressees')!.tree.props].sort()).toEqual(['id', NODE_LABEL, 'uriPath']);
    const sections = prefetchTree(rootFieldInfo('{ resolution(id: "WTSA-44") { sections { id addressees { id } } } }'));
    expect(sections.loads.get('sections')!.tree.props.has(NODE_LABEL)).toBe(false);
    expect(sections.loads.get('sections')!.tree.loads.get('addressees')!.tree.props.has(NODE_LABEL)).toBe(false);
    expect(lookup(sections).cypher).toMatch(/^RETURN this0 \{ \.id, nodeLabel: /m);
  });

  it('keeps the loads nearest the root when a selection asks for too many, and the ids they go through', () => {
    const info = rootFieldInfo(
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
    const info = rootFieldInfo(
      '{ actor(id: "ITU-T") { obligations(first: 1, includeSubordinates: true, modalities: [RESOLVES, INSTRUCTS, RESOLVES]) { totalCount edges { node { addressees { id } } } } } }',
    );
    expect(shape(prefetchTree(info))).toEqual({
      'obligations:actor:ADDRESSEE:true:INSTRUCTS+RESOLVES:0:1': { addressees: {} },
    });
    const invalid = rootFieldInfo('{ actor(id: "ITU-T") { obligations(first: 1000) { totalCount } } }');
    expect(shape(prefetchTree(invalid))).toEqual({});
  });

  it('is empty when nothing below loads', () => {
    expect(shape(prefetchTree(rootFieldInfo('{ node(id: "WTSA-44") { __typename id } }')))).toEqual({});
    expect(shape(prefetchTree(rootFieldInfo('{ actor(id: "ITU-T") { id name(lang: EN) } }')))).toEqual({});
  });
});

/** A declared relation by name. */
function relation(name: string): Relation {
  const found = declaredRelations().find((r) => r.name === name);
  if (!found) throw new Error(`expected a declared relation "${name}", found none`);
  return found;
}

/** The statement text of one lookup with `tree` below it, and its parameters. */
function lookup(tree: PrefetchTree) {
  return nodeWithPrefetchQuery('WTSA-44', tree);
}

describe('the prefetch statement', () => {
  it('is the plain row projection without loads', () => {
    expect(lookup(emptyTree())).toMatchSnapshot();
    expect(lookup({ ...emptyTree(), all: true })).toMatchSnapshot();
  });

  it('nests one COLLECT per load, each with variables of its own, the same relation twice included', () => {
    const tree = emptyTree();
    addLoad(addLoad(tree, { kind: 'relation', relation: relation('sections'), key: 'id' }), {
      kind: 'relation',
      relation: relation('provisions'),
      key: 'id',
    }).props.add('textZh');
    addLoad(tree, { kind: 'relation', relation: SELF, key: 'resolutionId' });
    addLoad(tree, { kind: 'relation', relation: relation('latestKnownRevision'), key: 'id' });
    addLoad(tree, { kind: 'relation', relation: relation('provisions'), key: 'id' });
    expect(lookup(tree)).toMatchSnapshot();
  });

  const request = {
    actor: 'ITU-T',
    role: 'ADDRESSEE' as const,
    includeSubordinates: true,
    modalities: ['INSTRUCTS' as const],
    conditional: null,
    condition: null,
    resolution: null,
    offset: 5,
    limit: 10,
  };

  it('fetches pages of obligations and of mentions and a citation in one language, every value a parameter', () => {
    const tree = emptyTree();
    addLoad(addLoad(tree, obligationPageLoad('actor', request)), { kind: 'obligationCitation', lang: 'EN' });
    addLoad(tree, mentionPageLoad({ first: 3 })).props.add('textZh');
    expect(lookup(tree)).toMatchSnapshot();
  });

  it('has one text per shape, whatever the values', () => {
    const statement = (offset: number, limit: number, modalities: ('INSTRUCTS' | 'INVITES')[] | null) => {
      const tree = emptyTree();
      addLoad(tree, obligationPageLoad('resolution', { ...request, actor: null, modalities, offset, limit }));
      addLoad(tree, mentionPageLoad({ first: limit }));
      return nodeWithPrefetchQuery(`id-${offset}`, tree);
    };
    const a = statement(0, 5, ['INSTRUCTS']);
    const b = statement(20, 100, ['INSTRUCTS', 'INVITES']);
    expect(a.cypher).toBe(b.cypher);
    expect(statement(0, 5, null).cypher).toBe(a.cypher);
    expect(a.params).not.toEqual(b.params);
  });

  it('has one text for the obligations of an actor, whatever its role, subordinates and modalities', () => {
    const statement = (page: Partial<ObligationPageRequest>) => {
      const tree = emptyTree();
      addLoad(tree, obligationPageLoad('actor', { ...request, ...page }));
      return nodeWithPrefetchQuery('ITU-T', tree).cypher;
    };
    const addressee = statement({});
    expect(statement({ role: 'COLLABORATOR' })).toBe(addressee);
    expect(statement({ role: 'EITHER', includeSubordinates: false, modalities: null })).toBe(addressee);
  });

  it('builds every declared relation from a source, with names of its own', () => {
    for (const rel of declaredRelations()) {
      const source = new Cypher.NamedNode('source');
      const { clauses, target, sort } = rel.match(source);
      const { cypher } = Cypher.utils.concat(...clauses, new Cypher.Return(target, sort)).build();
      expect([rel.name, cypher]).toMatchSnapshot();
    }
  });
});
