import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, validate } from 'graphql';
import { loadTypeDefs } from '../../../src/api';
import { readContract } from '../../contract/read-contract';

const schema = buildSchema(loadTypeDefs());

describe('the schema', () => {
  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()))
          if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(readContract().map((op) => [op.file, op.query]))(
    'validates the contract operation %s unchanged',
    (_file, query) => {
      const document = parse(query);
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    },
  );

  it('offers the six official languages of ITU as Lang', () => {
    const lang = schema.getType('Lang');
    if (!isEnumType(lang)) throw new Error('expected Lang to be an enum');
    expect(lang.getValues().map((v) => v.name)).toEqual(['AR', 'ZH', 'EN', 'FR', 'RU', 'ES']);
  });
});
