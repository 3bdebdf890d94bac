/**
 * How many relationships of each kind the ingest reads from Resolution 44, per type and end
 * labels. A change here is a change of reading: it must come with its entry in
 * src/ingest/README.md and a test on the lines of the text that it reads differently.
 */
import { ingestRes44 } from './real-text';

function countRelationships(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of ingestRes44().relationships) {
    const key = `${r.type} ${r.fromLabel}→${r.toLabel}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('Resolution 44: relationships read, by kind', () => {
  it('counts every relationship type between each pair of labels', () => {
    expect(countRelationships()).toEqual({
      'ADOPTED_AT Resolution→Meeting': 9,
      'REVISED_AT Resolution→Meeting': 29,
      'TEXT_ADOPTED_BY Resolution→Meeting': 1,
      'HAS_SECTION Resolution→Section': 13,
      'HAS_PROVISION Section→Provision': 83,
      'HAS_PROVISION Provision→Provision': 7,
      'ADDRESSED_TO Section→Actor': 11,
      'IN_COLLABORATION_WITH Section→Actor': 2,
      'HAS_ANNEX Resolution→Annex': 1,
      'HAS_PROGRAMME Annex→Programme': 4,
      'HAS_ITEM Programme→AnnexItem': 9,
      'HAS_ITEM AnnexItem→AnnexItem': 42,
      'HAS_FOOTNOTE Resolution→Footnote': 1,
      'HAS_CITATION Provision→Citation': 13,
      'HAS_CITATION Annex→Citation': 1,
      'CITES Citation→Resolution': 14,
      'CITES_REVISION Citation→Meeting': 13,
      'REFERS_TO Provision→Annex': 6,
      'REFERS_TO Provision→Provision': 1,
      'MENTIONS Section→Actor': 13,
      'MENTIONS Provision→Actor': 179,
      'MENTIONS AnnexItem→Actor': 67,
      'HAS_OBLIGATION Resolution→Obligation': 50,
      'STATED_IN Obligation→Provision': 48,
      'STATED_IN Obligation→AnnexItem': 2,
      'ADDRESSED_TO Obligation→Actor': 56,
      'IN_COLLABORATION_WITH Obligation→Actor': 42,
      'PART_OF Actor→Actor': 20,
    });
  });
});
