import { buildSchema, parse, validate } from 'graphql';
import { loadTypeDefs } from '../../../src/api';
import { generateShapes } from '../../../bench/api/shapes';

const schema = buildSchema(loadTypeDefs());

describe('the any-shape stream', () => {
  const shapes = generateShapes(schema, 300, 17);

  it('gives the same distinct, valid shapes for the same seed, and others for another', () => {
    expect(shapes).toHaveLength(300);
    expect(new Set(shapes.map((s) => s.query)).size).toBe(300);
    for (const shape of shapes) expect(validate(schema, parse(shape.query))).toEqual([]);
    expect(generateShapes(schema, 300, 17)).toEqual(shapes);
    expect(generateShapes(schema, 20, 18).map((s) => s.query)).not.toEqual(shapes.slice(0, 20).map((s) => s.query));
  });

  it('covers the root fields, and writes a portable half for @neo4j/graphql with its field names', () => {
    expect(new Set(shapes.map((s) => s.root)).size).toBeGreaterThanOrEqual(10);
    const portable = shapes.filter((s) => s.neo4jGraphQL !== null);
    expect(portable.length).toBeGreaterThan(60);
    for (const shape of portable) {
      expect(['resolution', 'actor']).toContain(shape.root);
      expect(shape.neo4jGraphQL).toMatch(/^query Shape\d{3} \{ (resolutions|actors)\(where: \{ id: \{ eq: "/);
      // Their schema has no language arguments: every field that takes one here has a suffixed name there.
      expect(shape.neo4jGraphQL).not.toMatch(/lang:/);
      expect(() => parse(shape.neo4jGraphQL as string)).not.toThrow();
    }
  });
});
