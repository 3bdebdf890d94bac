import { isInt } from 'neo4j-driver';
import { chainSteps, citationPairsQuery, findChains } from '../../../src/graph/queries/citation-chains';
import { citationPagesQuery } from '../../../src/graph/queries/citation-list';
import { actorsQuery, resolutionsQuery } from '../../../src/graph/queries/lists';
import { CAPTION_READS, neighborhoodOf, neighborhoodQuery, TYPE_ORDER } from '../../../src/graph/queries/neighborhood';
import { caption } from '../../../src/api/resolvers/neighborhood';
import { mentionPagesQuery } from '../../../src/graph/queries/mentions';
import {
  indexedObligationPageQuery,
  obligationCitationQuery,
  obligationFacetsQuery,
  obligationPageKey,
  obligationPagesQuery,
} from '../../../src/graph/queries/obligations';
import { declaredRelations } from '../../../src/api/fields';
import { relatedKey, relatedQuery, SELF, type Relation } from '../../../src/graph/queries/related';
import { escapeLucene, luceneQuery, searchQuery, searchWords } from '../../../src/graph/queries/search';

/** A declared relation by name. */
function relation(name: string): Relation {
  const found = declaredRelations().find((r) => r.name === name);
  if (!found) throw new Error(`expected a declared relation "${name}", found none`);
  return found;
}

describe('relatedQuery', () => {
  it('batches every key into one UNWIND and writes one guarded branch per relation asked', () => {
    const query = relatedQuery([
      { id: 'WTSA-44', relation: relation('sections') },
      { id: 'WTSA-44/s8', relation: relation('addressees') },
      { id: 'WTSA-44/s9', relation: relation('addressees') },
    ]);
    expect(query).toMatchSnapshot();
    expect(query.cypher.match(/\bUNION\b/g)).toHaveLength(1);
  });

  it('gives the same Cypher for the same relations whatever the order of the keys or their ids', () => {
    const a = relatedQuery([
      { id: 'x', relation: relation('sections') },
      { id: 'y', relation: relation('annex') },
    ]);
    const b = relatedQuery([
      { id: 'z', relation: relation('annex') },
      { id: 'x', relation: relation('sections') },
    ]);
    expect(a.cypher).toBe(b.cypher);
  });

  it('keys the rows as relation:id, as the loader looks them up', () => {
    expect(relatedKey({ id: 'WTSA-44', relation: relation('cites') })).toBe('cites:WTSA-44');
    expect(relatedQuery([{ id: 'a', relation: SELF }]).params).toMatchObject({
      param0: [{ id: 'a', relation: 'self', key: 'self:a' }],
    });
  });
});

describe('obligationPagesQuery', () => {
  const request = {
    actor: 'TSB-DIRECTOR',
    role: 'ADDRESSEE' as const,
    includeSubordinates: false,
    modalities: ['INSTRUCTS' as const],
    conditional: null,
    condition: null,
    resolution: null,
    offset: 0,
    limit: 5,
  };

  it('sends every page request of the tick in one query, each with its key', () => {
    const other = { ...request, actor: 'COUNCIL', modalities: null };
    const { cypher, params } = obligationPagesQuery([request, other]);
    expect(cypher.startsWith('UNWIND $param0 AS var0')).toBe(true);
    expect(params.param0).toEqual([
      { key: obligationPageKey(request), ...request, relationships: ['ADDRESSED_TO'] },
      { key: obligationPageKey(other), ...other, relationships: ['ADDRESSED_TO'] },
    ]);
  });

  it('matches the actor through the relationships of its role, and conditions as parameters', () => {
    const either = { ...request, role: 'EITHER' as const, conditional: true, condition: '可用资源' };
    const { cypher, params } = obligationPagesQuery([either]);
    expect(cypher).toBe(obligationPagesQuery([request]).cypher);
    expect(params.param0).toEqual([
      expect.objectContaining({
        relationships: ['ADDRESSED_TO', 'IN_COLLABORATION_WITH'],
        conditional: true,
        condition: '可用资源',
      }),
    ]);
    expect(obligationPageKey(either)).not.toBe(obligationPageKey(request));
  });

  it('counts obligations by modality and role in one statement, every value a parameter', () => {
    const bdt = obligationFacetsQuery({ actor: 'BDT-DIRECTOR', includeSubordinates: true, resolution: null });
    const tsb = obligationFacetsQuery({ actor: 'TSB-DIRECTOR', includeSubordinates: true, resolution: 'WTSA-44' });
    expect(tsb.cypher).toBe(bdt.cypher);
    expect(bdt.params).toMatchObject({
      param0: 'BDT-DIRECTOR',
      param1: true,
      param2: null,
      roleOfType: { ADDRESSED_TO: 'ADDRESSEE', IN_COLLABORATION_WITH: 'COLLABORATOR' },
    });
    expect(bdt).toMatchSnapshot();
  });

  it("reads one actor's facets from the tallies in one statement for any actor, every value a parameter", () => {
    const bdt = obligationFacetsQuery({ actor: 'BDT-DIRECTOR', includeSubordinates: false, resolution: null });
    const tsb = obligationFacetsQuery({ actor: 'TSB-DIRECTOR', includeSubordinates: false, resolution: null });
    expect(tsb.cypher).toBe(bdt.cypher);
    expect(bdt.cypher).toContain(':ObligationTally');
    expect(bdt.cypher).not.toMatch(/BDT|ADDRESSEE|INSTRUCTS/);
    expect(Object.values(bdt.params)).toContainEqual(expect.arrayContaining(['BDT-DIRECTOR ADDRESSEE INSTRUCTS']));
  });

  it('orders by modality strength: resolves, instructs, requests, urges, invites, encourages, then the action plan', () => {
    const { cypher, params } = obligationPagesQuery([request]);
    expect(params.modalityRank).toEqual({
      RESOLVES: 0,
      INSTRUCTS: 1,
      REQUESTS: 2,
      URGES: 3,
      INVITES: 4,
      ENCOURAGES: 5,
      ACTION_PLAN: 6,
    });
    expect(cypher).toMatch(
      /ORDER BY coalesce\(\$modalityRank\[(\w+)\.modality\], \$otherModalityRank\) ASC, \1\.resolutionId ASC, \1\.ordinal ASC, \1\.id ASC/,
    );
  });

  it('is one statement, whole', () => {
    expect(obligationPagesQuery([request])).toMatchSnapshot();
  });

  it('gives different keys to different pages and equal keys to equal requests', () => {
    expect(obligationPageKey(request)).toBe(obligationPageKey({ ...request }));
    expect(obligationPageKey(request)).not.toBe(obligationPageKey({ ...request, offset: 5 }));
  });

  it("reads one actor's page from the keys of the role asked only, one text per role", () => {
    const page = (role: 'ADDRESSEE' | 'COLLABORATOR' | 'EITHER') =>
      indexedObligationPageQuery({ ...request, role }).cypher;
    expect(page('ADDRESSEE')).toContain(':ADDRESSED_TO]');
    expect(page('ADDRESSEE')).not.toMatch(/IN_COLLABORATION_WITH]|UNION/);
    expect(page('COLLABORATOR')).toContain(':IN_COLLABORATION_WITH]');
    expect(page('COLLABORATOR')).not.toMatch(/ADDRESSED_TO]|UNION/);
    expect(page('EITHER')).toMatch(/:ADDRESSED_TO][\s\S]*UNION[\s\S]*:IN_COLLABORATION_WITH]/);
    expect(indexedObligationPageQuery({ ...request, actor: 'COUNCIL', modalities: null, limit: 50 }).cypher).toBe(
      page('ADDRESSEE'),
    );
  });

  it('reads what an obligation citation needs in one query for all ids', () => {
    const { cypher, params } = obligationCitationQuery(['a#o', 'b#o']);
    expect(cypher.startsWith('UNWIND $param0 AS var0')).toBe(true);
    expect(params).toMatchObject({ param0: ['a#o', 'b#o'] });
    expect(cypher).toMatchSnapshot();
  });
});

describe('search', () => {
  it('escapes every Lucene special character', () => {
    const special = '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /';
    expect(escapeLucene(special)).toBe(
      '\\+ \\- \\&\\& \\|\\| \\! \\( \\) \\{ \\} \\[ \\] \\^ \\" \\~ \\* \\? \\: \\\\ \\/',
    );
  });

  it('quotes each word so that Chinese matches as written and all words must match', () => {
    expect(luceneQuery('区域组')).toBe('"区域组"');
    expect(luceneQuery('  口译  远程参会 ')).toBe('"口译" AND "远程参会"');
    expect(luceneQuery('ITU-T AND (x)')).toBe('"ITU\\-T" AND "AND" AND "\\(x\\)"');
    expect(luceneQuery(' bridging  the "gap" ', 'PHRASE')).toBe('"bridging the \\"gap\\""');
    expect(searchWords(' a  b ')).toEqual(['a', 'b']);
  });

  it('uses the CJK index for ZH and the English one for EN, with the page window as parameters', () => {
    const zh = searchQuery({ lang: 'ZH', text: '口译', offset: 20, limit: 10 });
    expect(Object.values(zh.params)).toEqual(expect.arrayContaining(['text_zh', '"口译"', 20, 10]));
    expect(Object.values(zh.params)).toContainEqual([
      'Resolution',
      'Section',
      'Provision',
      'Footnote',
      'Annex',
      'Programme',
      'AnnexItem',
      'Actor',
    ]);
    const en = searchQuery({ lang: 'EN', text: 'gap', offset: 0, limit: 5 });
    expect(Object.values(en.params)).toContain('text_en');
    expect(en.cypher).toBe(zh.cypher);
    expect(zh).toMatchSnapshot();
  });

  it('counts the facets only when asked, in the same statement text', () => {
    const counted = searchQuery({ lang: 'ZH', text: '口译', offset: 0, limit: 5 });
    const uncounted = searchQuery({ lang: 'ZH', text: '口译', offset: 0, limit: 5, facets: false });
    expect(uncounted.cypher).toBe(counted.cypher);
    expect(Object.values(counted.params)).toContain(true);
    expect(Object.values(uncounted.params)).toContain(false);
    expect(Object.values(uncounted.params)).not.toContain(true);
  });

  it('keeps filters, mode and page in parameters: one statement text for every search', () => {
    const plain = searchQuery({ lang: 'ZH', text: '口译', offset: 0, limit: 5 });
    const filtered = searchQuery({
      lang: 'ZH',
      text: '可用 资源',
      mode: 'PHRASE',
      labels: ['Section', 'Footnote'],
      resolution: 'WTSA-44',
      offset: 40,
      limit: 1,
    });
    expect(filtered.cypher).toBe(plain.cypher);
    expect(Object.values(filtered.params)).toEqual(
      expect.arrayContaining(['"可用 资源"', ['Section', 'Footnote'], 'WTSA-44', 40, 1]),
    );
  });
});

describe('pages of mentions and of citations', () => {
  it('sends every page request of the tick in one statement, whole, its values parameters', () => {
    const mentions = mentionPagesQuery([
      { actor: 'TSB-DIRECTOR', offset: 0, limit: 5 },
      { actor: 'ITU-T', offset: 10, limit: 1 },
    ]);
    expect(mentions.cypher).toBe(mentionPagesQuery([{ actor: 'x', offset: 3, limit: 3 }]).cypher);
    expect(mentions).toMatchSnapshot();
    const citations = citationPagesQuery([
      { target: 'PP-123', citingResolution: null, outdated: true, offset: 0, limit: 20 },
    ]);
    expect(citations.cypher).toBe(
      citationPagesQuery([{ target: null, citingResolution: 'WTSA-44', outdated: null, offset: 5, limit: 5 }]).cypher,
    );
    expect(citations).toMatchSnapshot();
  });
});

describe('neighborhoodQuery', () => {
  it('writes one breadth-first step per level of depth', () => {
    expect(neighborhoodQuery({ id: 'PP-123', depth: 0, limit: 10 }).cypher).not.toContain('CALL (s, f)');
    expect(neighborhoodQuery({ id: 'PP-123', depth: 3, limit: 10 }).cypher.match(/CALL \(s, f\)/g)).toHaveLength(3);
    expect(neighborhoodQuery({ id: 'PP-123', depth: 2, limit: 10 }).params).toMatchObject({ id: 'PP-123', limit: 10 });
  });

  it('walks a level beyond the first only while it has seen no more nodes than the limit keeps', () => {
    const guard = /CASE WHEN size\(s\) > \$limit THEN \[\] ELSE f END/g;
    expect(neighborhoodQuery({ id: 'PP-123', depth: 1, limit: 10 }).cypher).not.toMatch(guard);
    expect(neighborhoodQuery({ id: 'PP-123', depth: 3, limit: 10 }).cypher.match(guard)).toHaveLength(2);
  });

  it('rejects a depth that is not a non-negative integer', () => {
    expect(() => neighborhoodQuery({ id: 'x', depth: -1, limit: 10 })).toThrow('expected a depth >= 0, got -1');
  });

  it.each(TYPE_ORDER)('returns what the caption of a %s reads, in either language', (label) => {
    const read = new Set<string>();
    const row = new Proxy({} as Record<string, unknown>, {
      get: (_, name) => {
        read.add(String(name));
        return name === 'nodeLabel' ? label : 'WTSA';
      },
    });
    expect(caption(row as never, 'EN')).not.toBeUndefined();
    expect(caption(row as never, 'ZH')).not.toBeUndefined();
    read.delete('nodeLabel');
    expect([...read].filter((name) => !CAPTION_READS[label].includes(name))).toEqual([]);
    const { facts, separator } = neighborhoodQuery({ id: 'x', depth: 1, limit: 10 }).params as {
      facts: Record<string, string>;
      separator: string;
    };
    const [rank, ...reads] = facts[label]?.split(separator) ?? [];
    expect(reads).toEqual(CAPTION_READS[label]);
    expect(Number(rank)).toBe(TYPE_ORDER.indexOf(label));
  });

  it('names the values of a node row after what its caption reads, null where the node has none', () => {
    expect(
      neighborhoodOf({
        nodes: [
          ['WTSA-44', 'Resolution', 0, ['WTSA', 44]],
          ['WTSA-44-s1', 'Section', 1, ['决议', 'PREAMBLE', null]],
          ['odd', 'Unknown', 1, null],
        ],
        edges: [['WTSA-44-s1', 'WTSA-44', 'PART_OF']],
        truncated: true,
      }),
    ).toEqual({
      nodes: [
        { node: { id: 'WTSA-44', nodeLabel: 'Resolution', assembly: 'WTSA', number: 44 }, distance: 0 },
        {
          node: { id: 'WTSA-44-s1', nodeLabel: 'Section', headingZh: '决议', kind: 'PREAMBLE', further: null },
          distance: 1,
        },
        { node: { id: 'odd', nodeLabel: 'Unknown' }, distance: 1 },
      ],
      edges: [{ source: 'WTSA-44-s1', target: 'WTSA-44', type: 'PART_OF' }],
      truncated: true,
    });
  });

  it('fits a request for one level in one Bolt chunk of 1,400 bytes, parameters included', () => {
    // Measured as JSON, which takes more bytes than Bolt's PackStream for these values
    // (quotes and a comma around each string where PackStream writes one marker byte).
    const { cypher, params } = neighborhoodQuery({ id: 'PP-123', depth: 1, limit: 100 });
    const json = JSON.stringify(params, (_, value: unknown) => (isInt(value) ? Number(value) : value));
    expect(Buffer.byteLength(cypher) + Buffer.byteLength(json)).toBeLessThan(1_400);
  });
});

describe('lists', () => {
  it('filters resolutions by assembly through a parameter', () => {
    const { cypher, params } = resolutionsQuery({ assembly: 'PP', textLoaded: null }, 0, 50);
    expect(Object.values(params)).toEqual(expect.arrayContaining(['PP', null, 0, 50, 'Entity']));
    expect(cypher).toBe(resolutionsQuery({ assembly: null, textLoaded: true }, 50, 10).cypher);
    expect(cypher).toMatchSnapshot();
  });

  it('filters actors by kind through a parameter', () => {
    expect(Object.values(actorsQuery({ kind: 'BUREAU' }, 10, 10).params)).toEqual(
      expect.arrayContaining(['BUREAU', 10, 10]),
    );
  });
});

describe('citation chains', () => {
  const pairs = [
    { from: 'A', to: 'B' },
    { from: 'A', to: 'C' },
    { from: 'B', to: 'C' },
    { from: 'C', to: 'A' },
    { from: 'C', to: 'D' },
  ];

  it('finds every simple chain up to the depth, shortest first', () => {
    expect(findChains(pairs, 'A', 'C', 3)).toEqual([
      ['A', 'C'],
      ['A', 'B', 'C'],
    ]);
    expect(findChains(pairs, 'A', 'D', 2)).toEqual([['A', 'C', 'D']]);
    expect(findChains(pairs, 'A', 'D', 3)).toEqual([
      ['A', 'C', 'D'],
      ['A', 'B', 'C', 'D'],
    ]);
  });

  it('finds nothing beyond the depth, from a resolution to itself, or when unconnected', () => {
    expect(findChains(pairs, 'A', 'D', 1)).toEqual([]);
    expect(findChains(pairs, 'A', 'A', 5)).toEqual([]);
    expect(findChains(pairs, 'D', 'A', 5)).toEqual([]);
  });

  it('goes against citations with IN and either way with BOTH, and says which way each step went', () => {
    expect(findChains(pairs, 'D', 'A', 5, 100, 'IN')).toEqual([
      ['D', 'C', 'A'],
      ['D', 'C', 'B', 'A'],
    ]);
    expect(findChains(pairs, 'B', 'D', 2, 100, 'BOTH')).toEqual([['B', 'C', 'D']]);
    expect(chainSteps(['D', 'C', 'A'], pairs)).toEqual([
      { from: 'D', to: 'C', direction: 'IN' },
      { from: 'C', to: 'A', direction: 'OUT' },
    ]);
  });

  it('expands the reach one level per step of depth, the direction a parameter', () => {
    const one = citationPairsQuery('WTSA-44', 1).cypher;
    const three = citationPairsQuery('WTSA-44', 3).cypher;
    expect(three.match(/\bCALL \(/g)!.length - one.match(/\bCALL \(/g)!.length).toBe(4);
    expect(Object.values(citationPairsQuery('WTSA-44', 3).params)).toEqual(['WTSA-44', true, false, 1, 0, 'Entity']);
    expect(citationPairsQuery('PP-71', 2, 'IN').cypher).toBe(citationPairsQuery('WTSA-44', 2, 'OUT').cypher);
    expect(citationPairsQuery('WTSA-44', 2)).toMatchSnapshot();
  });
});
