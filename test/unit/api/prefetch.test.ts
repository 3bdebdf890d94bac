import { buildSchema, isObjectType, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { loadTypeDefs } from '../../../src/api';
import { ACTOR_FIELD_RELATIONS } from '../../../src/api/resolvers/actors';
import { selectedFieldNames } from '../../../src/api/resolvers/load';
import { RESOLUTION_FIELD_RELATIONS } from '../../../src/api/resolvers/resolutions';
import { RELATIONS } from '../../../src/graph/queries/related';

/** The info graphql-js gives the resolver of the operation's first root field. */
function rootInfo(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('look-ahead for lookups by id', () => {
  it('sees the fields selected directly, through aliases, fragment spreads and inline fragments', () => {
    const info = rootInfo(`{ resolution(id: "WTSA-44") { id t: title(lang: EN) ...F ... on Resolution { annex { id } } } }
      fragment F on Resolution { sections { provisions { id } } ...G }
      fragment G on Resolution { cites { id } ...F }`);
    expect([...selectedFieldNames(info)].sort()).toEqual(['annex', 'cites', 'id', 'sections', 'title']);
  });

  it('does not see fields nested deeper', () => {
    expect(selectedFieldNames(rootInfo('{ actor(id: "ITU-T") { children { parent { id } } } }'))).toEqual(new Set(['children']));
  });

  it('maps only real fields to real relations', () => {
    const schema = buildSchema(loadTypeDefs());
    for (const [typeName, map] of [['Resolution', RESOLUTION_FIELD_RELATIONS], ['Actor', ACTOR_FIELD_RELATIONS]] as const) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`expected an object type ${typeName}`);
      for (const [field, relations] of Object.entries(map)) {
        expect([typeName, field, Boolean(type.getFields()[field])]).toEqual([typeName, field, true]);
        for (const relation of relations) expect(Object.keys(RELATIONS)).toContain(relation);
      }
    }
  });
});
