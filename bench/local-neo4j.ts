/**
 * The benches' own local Neo4j (when NEO4J_URI is unset): data in neo4j-local/data-bench, Bolt on
 * NEO4J_BENCH_PORT (default 7689), apart from `npm start`'s and the tests' so that a bench never
 * clears their data.
 */
export const BENCH_DATA_DIR = 'data-bench';
export const BENCH_LOCAL_PORT = Number(process.env.NEO4J_BENCH_PORT ?? 7689);
