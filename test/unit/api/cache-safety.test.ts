/**
 * Types safe for normalized caches (Apollo Client's InMemoryCache, urql's Graphcache): objects
 * with an `id` are stored once per __typename and id, so no field of such an object may depend
 * on where it was reached from. Node types answer from the node alone; GraphNode and GraphEdge
 * keep only what belongs to the node or relationship (a neighbourhood's distances live on
 * Neighborhood, which has no id).
 */
import { buildSchema, isInterfaceType, isObjectType } from 'graphql';
import { loadTypeDefs } from '../../../src/api';

const schema = buildSchema(loadTypeDefs());

describe('types with an id, for normalized caches', () => {
  const withId = Object.values(schema.getTypeMap()).filter(
    (type) => isObjectType(type) && !type.name.startsWith('__') && 'id' in type.getFields(),
  );

  it('are the Node types and the drawing types GraphNode and GraphEdge only', () => {
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('expected a Node interface');
    const nodeTypes = schema.getPossibleTypes(node).map((type) => type.name);
    expect(
      withId
        .map((type) => type.name)
        .filter((name) => !nodeTypes.includes(name))
        .sort(),
    ).toEqual(['GraphEdge', 'GraphNode']);
  });

  it('GraphNode and GraphEdge hold only what belongs to the node or relationship', () => {
    const fields = (name: string) => Object.keys((schema.getType(name) as { getFields(): object }).getFields()).sort();
    expect(fields('GraphNode')).toEqual(['id', 'kind', 'label', 'type']);
    expect(fields('GraphEdge')).toEqual(['id', 'source', 'target', 'type']);
  });

  it('types without an id that hold per-context data are not given one', () => {
    for (const name of [
      'Neighborhood',
      'NodeDistance',
      'CitedRevision',
      'CitationChain',
      'SearchEdge',
      'ObligationEdge',
    ]) {
      expect(Object.keys((schema.getType(name) as { getFields(): object }).getFields())).not.toContain('id');
    }
  });
});
