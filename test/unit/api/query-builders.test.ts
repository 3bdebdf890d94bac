import { chainSteps, citationPairsQuery, findChains } from '../../../src/graph/queries/citation-chains';
import { actorsQuery, resolutionsQuery } from '../../../src/graph/queries/lists';
import { neighborhoodQuery } from '../../../src/graph/queries/neighborhood';
import {
  MODALITY_ORDER,
  obligationCitationQuery,
  obligationFacetsQuery,
  obligationPageKey,
  obligationPagesQuery,
} from '../../../src/graph/queries/obligations';
import { RELATIONS, relatedKey, relatedQuery, type Relation } from '../../../src/graph/queries/related';
import { escapeLucene, luceneQuery, searchQuery, searchWords } from '../../../src/graph/queries/search';

describe('relatedQuery', () => {
  it('batches every key into one UNWIND and writes one guarded branch per relation asked', () => {
    const { cypher, params } = relatedQuery([
      { id: 'WTSA-44', rel: 'sections' },
      { id: 'WTSA-44/s8', rel: 'addressees' },
      { id: 'WTSA-44/s9', rel: 'addressees' },
    ]);
    expect(cypher.startsWith('UNWIND $keys AS key')).toBe(true);
    expect(cypher.match(/WHERE key\.rel = /g)).toHaveLength(2);
    expect(cypher).toContain("key.rel = 'addressees'");
    expect(cypher).toContain("key.rel = 'sections'");
    expect(cypher).not.toContain("key.rel = 'provisions'");
    expect(cypher.match(/\bUNION\b/g)).toHaveLength(1);
    expect(params).toEqual({
      keys: [
        { id: 'WTSA-44', rel: 'sections' },
        { id: 'WTSA-44/s8', rel: 'addressees' },
        { id: 'WTSA-44/s9', rel: 'addressees' },
      ],
    });
  });

  it('gives the same Cypher for the same relations whatever the order of the keys', () => {
    const a = relatedQuery([
      { id: 'x', rel: 'sections' },
      { id: 'y', rel: 'annex' },
    ]);
    const b = relatedQuery([
      { id: 'y', rel: 'annex' },
      { id: 'x', rel: 'sections' },
    ]);
    expect(a.cypher).toBe(b.cypher);
  });

  it('rejects a relation it does not know', () => {
    expect(() => relatedQuery([{ id: 'x', rel: 'siblings' as Relation }])).toThrow(
      /expected a relation of .*got "siblings"/,
    );
  });

  it('keys the rows as rel:id, as the loader looks them up', () => {
    expect(relatedKey({ id: 'WTSA-44', rel: 'cites' })).toBe('cites:WTSA-44');
    expect(relatedQuery([{ id: 'a', rel: 'cites' }]).cypher).toContain("RETURN key.rel + ':' + key.id AS key");
  });

  it('orders addressees by the order the text gives them', () => {
    expect(RELATIONS.addressees.cypher).toContain('r.order');
    expect(RELATIONS.sections.cypher).toContain('m.ordinal');
  });
});

describe('obligationPagesQuery', () => {
  const request = {
    actor: 'TSB-DIRECTOR',
    includeSubordinates: false,
    role: 'ADDRESSEE' as const,
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
    expect(cypher.startsWith('UNWIND $requests AS req')).toBe(true);
    expect(params.requests).toEqual([
      { key: obligationPageKey(request), ...request, relationships: ['ADDRESSED_TO'] },
      { key: obligationPageKey(other), ...other, relationships: ['ADDRESSED_TO'] },
    ]);
  });

  it('matches the actor through the relationships of its role, and conditions as parameters', () => {
    const either = { ...request, role: 'EITHER' as const, conditional: true, condition: '可用资源' };
    const { cypher, params } = obligationPagesQuery([either]);
    expect(cypher).toBe(obligationPagesQuery([request]).cypher);
    expect(params.requests).toEqual([
      expect.objectContaining({
        relationships: ['ADDRESSED_TO', 'IN_COLLABORATION_WITH'],
        conditional: true,
        condition: '可用资源',
      }),
    ]);
    expect(cypher).toContain('any(c IN o.conditionsZh WHERE c CONTAINS req.condition)');
    expect(obligationPageKey(either)).not.toBe(obligationPageKey(request));
  });

  it('counts obligations by modality and role in one statement, every value a parameter', () => {
    const { cypher, params } = obligationFacetsQuery({
      actor: 'BDT-DIRECTOR',
      includeSubordinates: false,
      resolution: null,
    });
    expect(cypher).toContain("CASE type(r) WHEN 'ADDRESSED_TO' THEN 'ADDRESSEE' ELSE 'COLLABORATOR' END AS role");
    expect(params).toEqual({ actor: 'BDT-DIRECTOR', includeSubordinates: false, resolution: null });
  });

  it('orders by modality strength: resolves, instructs, requests, urges, invites, encourages, then the action plan', () => {
    const { cypher } = obligationPagesQuery([request]);
    const ranks = MODALITY_ORDER.map((modality) => cypher.indexOf(`WHEN '${modality}'`));
    expect(ranks.every((rank, i) => rank > 0 && (i === 0 || rank > ranks[i - 1]))).toBe(true);
    expect(MODALITY_ORDER[MODALITY_ORDER.length - 1]).toBe('ACTION_PLAN');
    expect(cypher).toMatch(/ORDER BY CASE o\.modality .* END, o\.resolutionId, o\.ordinal, o\.id/);
  });

  it('walks PART_OF down from the actor only when subordinates are included', () => {
    const { cypher } = obligationPagesQuery([request]);
    expect(cypher).toContain('<-[:PART_OF*0..20]-(a:Actor)');
    expect(cypher).toContain('WHERE req.includeSubordinates OR a.id = req.actor');
  });

  it('gives different keys to different pages and equal keys to equal requests', () => {
    expect(obligationPageKey(request)).toBe(obligationPageKey({ ...request }));
    expect(obligationPageKey(request)).not.toBe(obligationPageKey({ ...request, offset: 5 }));
  });

  it('reads what an obligation citation needs in one query for all ids', () => {
    const { cypher, params } = obligationCitationQuery(['a#o', 'b#o']);
    expect(cypher.startsWith('UNWIND $ids AS id')).toBe(true);
    expect(params).toEqual({ ids: ['a#o', 'b#o'] });
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
    expect(zh.params).toMatchObject({ index: 'text_zh', query: '"口译"', offset: 20, limit: 10 });
    expect(zh.params.searchable).toEqual([
      'Resolution',
      'Section',
      'Provision',
      'Footnote',
      'Annex',
      'Programme',
      'AnnexItem',
      'Actor',
    ]);
    expect(zh.params).toMatchObject({ labels: null, resolution: null });
    expect(searchQuery({ lang: 'EN', text: 'gap', offset: 0, limit: 5 }).params.index).toBe('text_en');
    expect(zh.cypher).toContain('db.index.fulltext.queryNodes($index, $query)');
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
    expect(filtered.params).toMatchObject({
      query: '"可用 资源"',
      labels: ['Section', 'Footnote'],
      resolution: 'WTSA-44',
      offset: 40,
      limit: 1,
    });
  });
});

describe('neighborhoodQuery', () => {
  it('writes one breadth-first step per level of depth', () => {
    expect(neighborhoodQuery({ id: 'PP-123', depth: 0, limit: 10 }).cypher).not.toContain('CALL (seen, frontier)');
    expect(
      neighborhoodQuery({ id: 'PP-123', depth: 3, limit: 10 }).cypher.match(/CALL \(seen, frontier\)/g),
    ).toHaveLength(3);
    expect(neighborhoodQuery({ id: 'PP-123', depth: 2, limit: 10 }).params).toMatchObject({ id: 'PP-123', limit: 10 });
  });

  it('rejects a depth that is not a non-negative integer', () => {
    expect(() => neighborhoodQuery({ id: 'x', depth: -1, limit: 10 })).toThrow('expected a depth >= 0, got -1');
  });
});

describe('lists', () => {
  it('filters resolutions by assembly through a parameter', () => {
    const { cypher, params } = resolutionsQuery({ assembly: 'PP', textLoaded: null }, 0, 50);
    expect(params).toEqual({ assembly: 'PP', textLoaded: null, offset: 0, limit: 50 });
    expect(cypher).toContain('ORDER BY r.assembly, r.number');
  });

  it('filters actors by kind through a parameter', () => {
    expect(actorsQuery({ kind: 'BUREAU' }, 10, 10).params).toEqual({ kind: 'BUREAU', offset: 10, limit: 10 });
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

  it('expands the reach one level per step of depth', () => {
    expect(citationPairsQuery('WTSA-44', 1).cypher).not.toContain('CALL (reached)');
    expect(citationPairsQuery('WTSA-44', 3).cypher.match(/CALL \(reached\)/g)).toHaveLength(2);
    expect(citationPairsQuery('WTSA-44', 3).params).toEqual({ from: 'WTSA-44', out: true, in: false });
    expect(citationPairsQuery('PP-71', 2, 'BOTH').params).toEqual({ from: 'PP-71', out: true, in: true });
    expect(citationPairsQuery('PP-71', 2, 'IN').cypher).toBe(citationPairsQuery('WTSA-44', 2, 'OUT').cypher);
  });
});
