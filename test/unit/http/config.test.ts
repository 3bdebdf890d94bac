import { ConfigError, readConfig, redactUri } from '../../../src/config';

describe('the HTTP and Neo4j settings from the environment', () => {
  it('listens on every interface unless HOST says otherwise', () => {
    expect(readConfig({}).host).toBe('0.0.0.0');
    expect(readConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
  });

  it('reads the timeouts, the budget, the admission queue and the response cap, with defaults', () => {
    const config = readConfig({
      HTTP_REQUEST_TIMEOUT_MS: '2000',
      DB_MAX_HEAVY: '3',
      REQUEST_BUDGET_MS: '500',
      HTTP_MAX_RESPONSE_BYTES: '5000',
    });
    expect(config.timeouts).toEqual({ headersMs: 10_000, requestMs: 2_000, keepAliveMs: 5_000 });
    expect(config.admission).toEqual({
      maxConcurrent: 16,
      maxHeavy: 3,
      maxHeavyNodes: 1_024,
      maxQueued: 64,
      maxWaitMs: 8_000,
      schemaRest: 19,
    });
    expect(readConfig({ DB_MAX_HEAVY_NODES: '500' }).admission).toMatchObject({ maxHeavy: 2, maxHeavyNodes: 500 });
    expect(readConfig({ INTROSPECTION_REST: '0' }).admission.schemaRest).toBe(0);
    expect(config.requestBudgetMs).toBe(500);
    expect(config.maxResponseBytes).toBe(5_000);
    expect(() => readConfig({ DB_MAX_CONCURRENT: '0' })).toThrow(
      'DB_MAX_CONCURRENT must be an integer from 1 to 1000, got "0"',
    );
  });

  it('never repeats the credentials of a NEO4J_URI, not even in the error about it', () => {
    expect(redactUri('bolt://neo4j:s3cret@db.example:7687')).toBe('bolt://***@db.example:7687');
    expect(redactUri('neo4j+s://user@db.example')).toBe('neo4j+s://***@db.example');
    expect(redactUri('bolt://db.example:7687/x@y')).toBe('bolt://db.example:7687/x@y');
    expect(() => readConfig({ NEO4J_URI: 'http://neo4j:s3cret@db.example' })).toThrow(ConfigError);
    expect(() => readConfig({ NEO4J_URI: 'http://neo4j:s3cret@db.example' })).toThrow(/"http:\/\/\*\*\*@db\.example"/);
  });
});
