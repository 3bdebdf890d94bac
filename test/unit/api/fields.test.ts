/**
 * Every field that needs data is declared once (src/api/fields.ts): its loads, what it reads, its
 * resolver. A field of an object type, or a field with arguments, cannot be answered by reading
 * the row's property of its name, so it must have a declaration; this test names any that lacks one.
 */
import { buildSchema, getNamedType, isInterfaceType, isLeafType, isObjectType, type GraphQLSchema } from 'graphql';
import { loadTypeDefs, resolvers } from '../../../src/api';
import { declaredRelations, FIELDS, type FieldTable } from '../../../src/api/fields';

const schema = buildSchema(loadTypeDefs());

/** `Type.field` of every field that needs a declaration and has none in `table`. */
function undeclaredFields(schema: GraphQLSchema, table: FieldTable): string[] {
  const declared = table as Record<string, Record<string, unknown> | undefined>;
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getQueryType()) continue;
    for (const field of Object.values(type.getFields())) {
      const needsData = !isLeafType(getNamedType(field.type)) || field.args.length > 0;
      if (needsData && !declared[type.name]?.[field.name]) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing;
}

describe('field declarations', () => {
  it('declare every field of an object type and every field with arguments', () => {
    expect(undeclaredFields(schema, FIELDS)).toEqual([]);
  });

  it('name the field that lacks one', () => {
    const { anchor: _anchor, ...footnote } = FIELDS.Footnote!;
    expect(undeclaredFields(schema, { ...FIELDS, Footnote: footnote })).toEqual(['Footnote.anchor']);
  });

  it('name only types and fields of the schema', () => {
    for (const [typeName, fields] of Object.entries(FIELDS)) {
      const type = schema.getType(typeName);
      expect([typeName, isObjectType(type) || isInterfaceType(type)]).toEqual([typeName, true]);
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.keys(fields))
        expect(`${typeName}.${field}: ${Boolean(type.getFields()[field])}`).toBe(`${typeName}.${field}: true`);
    }
  });

  it('are where every resolver of an object type comes from', () => {
    for (const [typeName, fields] of Object.entries(resolvers)) {
      if (typeName === 'Query' || typeName === 'Node') continue;
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        const declared = (FIELDS as Record<string, Record<string, { resolve?: unknown }>>)[typeName]?.[field];
        expect([`${typeName}.${field}`, declared?.resolve === resolver]).toEqual([`${typeName}.${field}`, true]);
      }
    }
  });

  it('load relations of unique names', () => {
    const names = declaredRelations().map((relation) => relation.name);
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});
