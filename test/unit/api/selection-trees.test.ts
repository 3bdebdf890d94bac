import type { GraphQLResolveInfo } from 'graphql';
import { rootFieldInfo } from './parse-operation';
import { prefetchTree } from '../../../src/api/prefetch';
import { selectionTree } from '../../../src/api/selection-trees';
import { treeKey } from '../../../src/api/statement-cache';

/** The info of a root field as its resolver gets it, with the parent type and field name the key reads. */
function infoOf(query: string, variables: Record<string, unknown> = {}): GraphQLResolveInfo {
  const info = rootFieldInfo(query, variables);
  const parentType = info.schema.getQueryType()!;
  return { ...info, parentType, fieldName: info.fieldNodes[0]!.name.value };
}

describe('prefetch trees kept per selection and variables', () => {
  const paged = `query ($first: Int) { actor(id: "TSB") { id obligations(first: $first) { totalCount edges { node { provision { id } } } } } }`;

  it('are the tree and key the walk of the selection gives, computed once for the same field nodes and variables', () => {
    const first = infoOf(paged, { first: 5 });
    const kept = selectionTree(first);
    expect(kept.key).toBe(treeKey(prefetchTree(first)));
    expect(kept.tree).toEqual(prefetchTree(first));
    // the same parsed document, as Apollo keeps it, in a later request with equal variables
    const again = { ...first, variableValues: { first: 5 } };
    expect(selectionTree(again)).toBe(kept);
  });

  it('follow the variable values the selection reads', () => {
    const five = infoOf(paged, { first: 5 });
    const six = { ...five, variableValues: { first: 6 } };
    expect(selectionTree(six).key).toBe(treeKey(prefetchTree(six)));
    expect(selectionTree(six).key).not.toBe(selectionTree(five).key);
  });

  it('are not shared between documents, even of the same text', () => {
    const one = infoOf(paged, { first: 5 });
    const other = infoOf(paged, { first: 5 });
    expect(selectionTree(other)).not.toBe(selectionTree(one));
    expect(selectionTree(other).key).toBe(selectionTree(one).key);
    const fewer = infoOf(`{ actor(id: "TSB") { id } }`);
    expect(selectionTree(fewer).key).toBe(treeKey(prefetchTree(fewer)));
  });
});
