/**
 * Citations of every unit of WTSA Resolution 44 (Rev. Geneva, 2022), composed from the real text.
 * Expected strings follow the ITU's way of citing (formula, then paragraph) and were written by
 * reading the text's sections, not copied from output.
 */
import { unitCitations } from '../../../src/identifiers/unit-citations';
import { ingestRes44 } from '../ingest/real-text';

const graph = ingestRes44();
const citations = unitCitations(graph);
const cite = (id: string) => citations.get(id);

describe('unit citations of WTSA-44', () => {
  it('cites the resolution by its loaded revision', () => {
    expect(cite('WTSA-44')).toEqual({
      en: 'Resolution 44 (Rev. Geneva, 2022)',
      zh: '第44号决议（2022年，日内瓦，修订版）',
    });
  });

  it('cites preamble paragraphs by formula and letter', () => {
    expect(cite('WTSA-44/s1/a')).toEqual({
      en: 'Resolution 44 (Rev. Geneva, 2022), considering a)',
      zh: '第44号决议（2022年，日内瓦，修订版），考虑到a)',
    });
    expect(cite('WTSA-44/s3/l')?.en).toBe('Resolution 44 (Rev. Geneva, 2022), recognizing further l)');
  });

  it('cites operative paragraphs and their sub-items, with the addressee where the heading names one', () => {
    expect(cite('WTSA-44/s5/2/ii')).toEqual({
      en: 'Resolution 44 (Rev. Geneva, 2022), resolves 2 ii)',
      zh: '第44号决议（2022年，日内瓦，修订版），做出决议第2段第ii)项',
    });
    expect(cite('WTSA-44/s8/3')).toEqual({
      en: 'Resolution 44 (Rev. Geneva, 2022), instructs the Director of the Telecommunication Standardization Bureau, 3',
      zh: '第44号决议（2022年，日内瓦，修订版），责成电信标准化局主任，第3段',
    });
  });

  it('cites the footnote, the annex, its programmes, items and nested bullets', () => {
    expect(cite('WTSA-44/fn1')?.en).toBe('Resolution 44 (Rev. Geneva, 2022), footnote 1');
    expect(cite('WTSA-44/annex')?.zh).toBe('第44号决议（2022年，日内瓦，修订版），附件');
    expect(cite('WTSA-44/annex/p2')?.en).toBe('Resolution 44 (Rev. Geneva, 2022), Annex, Programme 2');
    expect(cite('WTSA-44/annex/p2/i2')?.en).toBe('Resolution 44 (Rev. Geneva, 2022), Annex, Programme 2, item 2');
    expect(cite('WTSA-44/annex/p2/i2/i2/i1')).toEqual({
      en: 'Resolution 44 (Rev. Geneva, 2022), Annex, Programme 2, item 2, bullet 2.1',
      zh: '第44号决议（2022年，日内瓦，修订版），附件，项目2，第2项，第2.1点',
    });
    expect(cite('WTSA-44/annex/p1/i2/i2/i3')).toEqual({
      en: 'Resolution 44 (Rev. Geneva, 2022), Annex, Programme 1, item 2, bullet 2 (iii)',
      zh: '第44号决议（2022年，日内瓦，修订版），附件，项目1，第2项，第2点(iii)',
    });
  });

  it('gives every unit of the text a citation in both languages, and none to what is not a unit', () => {
    const units = graph.nodes.filter((node) =>
      ['Section', 'Provision', 'Footnote', 'Annex', 'Programme', 'AnnexItem'].includes(node.label),
    );
    expect(units.length).toBe(13 + 90 + 1 + 1 + 4 + 51);
    for (const unit of units) {
      expect(cite(unit.id)?.en).toMatch(/^Resolution 44 \(Rev\. Geneva, 2022\), /);
      expect(cite(unit.id)?.zh).toMatch(/^第44号决议（2022年，日内瓦，修订版），/);
    }
    expect(cite('TSB-DIRECTOR')).toBeUndefined();
    expect(cite('PP-123')).toBeUndefined();
  });
});
