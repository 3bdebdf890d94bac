/**
 * The naive variant of our API: the same server and resolvers, with every DataLoader built
 * with `{ batch: false }` (each load is its own query; the per-request cache still dedupes
 * equal keys). Stands in for `createContext(db, version, { batching: false })` until the API
 * offers that switch: it replaces the `dataloader` module in this process's require cache, so
 * it must run before anything imports src/graph/loaders.
 */
import DataLoader from 'dataloader';

export function disableDataLoaderBatching(): void {
  class UnbatchedDataLoader<K, V, C = K> extends DataLoader<K, V, C> {
    constructor(batchLoadFn: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V, C>) {
      super(batchLoadFn, { ...options, batch: false });
    }
  }
  const resolved = require.resolve('dataloader');
  const cached = require.cache[resolved];
  if (!cached) throw new Error(`expected dataloader in the require cache at ${resolved}, found none`);
  cached.exports = UnbatchedDataLoader;
}
