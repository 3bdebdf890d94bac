/**
 * A read-only SPARQL endpoint over the same RDF as the exports, answered by Oxigraph (its
 * WebAssembly build, `oxigraph` on npm) in a worker thread: the store is rebuilt from the graph
 * when the graph version changes, a query that runs past the timeout has its worker terminated
 * (Oxigraph's evaluation cannot be interrupted from inside) and a fresh one started, and results
 * beyond the row limit are cut. `Store.query` evaluates queries only — updates are a separate
 * call that is never made — so the endpoint is read-only by construction.
 */
import { Worker } from 'node:worker_threads';
import { Writer } from 'n3';
import type { Database } from '../graph/database';
import { readExportRows } from '../graph/queries/export';
import { graphQuads } from '../export/rdf';

/** The worker's code, evaluated as a CommonJS script (so that it needs no build step of its own). */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const oxigraph = require('oxigraph');
let store = new oxigraph.Store();
parentPort.on('message', (message) => {
  try {
    if (message.type === 'load') {
      const next = new oxigraph.Store();
      next.load(message.nquads, { format: 'application/n-quads' });
      store = next;
      parentPort.postMessage({ id: message.id, ok: true, size: next.size });
    } else {
      const body = store.query(message.query, { results_format: 'application/sparql-results+json' });
      parentPort.postMessage({ id: message.id, ok: true, body });
    }
  } catch (error) {
    parentPort.postMessage({ id: message.id, ok: false, error: String((error && error.message) || error) });
  }
});
`;

export interface SparqlOptions {
  /** How long one query may run (ms). */
  timeoutMs: number;
  /** The most result rows answered; more are cut and the answer says so. */
  maxRows: number;
}

export type SparqlAnswer =
  | { kind: 'results'; body: string; truncated: boolean; rows: number }
  | { kind: 'invalid'; message: string }
  | { kind: 'timeout'; message: string };

interface Reply {
  id: number;
  ok: boolean;
  body?: string;
  size?: number;
  error?: string;
}

export class SparqlEndpoint {
  private worker: Worker | null = null;
  private loadedVersion: string | null = null;
  private nextId = 0;
  private pending = new Map<number, (reply: Reply) => void>();
  /** One query or load at a time: the worker evaluates them in order anyway. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly baseUri: () => string,
    private readonly options: SparqlOptions,
  ) {}

  private start(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', (reply: Reply) => {
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
    worker.on('error', () => this.reset());
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private reset(): void {
    void this.worker?.terminate();
    this.worker = null;
    this.loadedVersion = null;
    for (const resolve of this.pending.values()) resolve({ id: -1, ok: false, error: 'the SPARQL worker stopped' });
    this.pending.clear();
  }

  private send(message: Record<string, unknown>, timeoutMs: number): Promise<Reply | 'timeout'> {
    const worker = this.worker ?? this.start();
    const id = (this.nextId += 1);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.reset();
        resolve('timeout');
      }, timeoutMs);
      this.pending.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      worker.postMessage({ ...message, id });
    });
  }

  /** Rebuilds the store when the graph version differs from the one loaded. */
  private async ensureLoaded(): Promise<void> {
    const rows = await this.db.read({
      cypher: "OPTIONAL MATCH (m:GraphMeta {id: 'graph'}) RETURN m.version AS version",
      params: {},
    });
    const version = (rows[0]?.version as string | null | undefined) ?? null;
    if (this.worker && version !== null && version === this.loadedVersion) return;
    const graph = await readExportRows(this.db, null);
    if (!graph) return;
    const writer = new Writer({ format: 'N-Quads' });
    writer.addQuads(graphQuads({ scope: 'graph', baseUri: this.baseUri(), ...graph }));
    let nquads = '';
    writer.end((error, result) => {
      if (error) throw error;
      nquads = result;
    });
    const reply = await this.send({ type: 'load', nquads }, 60_000);
    if (reply === 'timeout' || !reply.ok)
      throw new Error(`could not load the SPARQL store: ${reply === 'timeout' ? 'timeout' : reply.error}`);
    this.loadedVersion = version;
  }

  /** Answers one query (SELECT or ASK) as SPARQL 1.1 Query Results JSON. */
  query(query: string): Promise<SparqlAnswer> {
    const run = async (): Promise<SparqlAnswer> => {
      await this.ensureLoaded();
      const reply = await this.send({ type: 'query', query }, this.options.timeoutMs);
      if (reply === 'timeout')
        return { kind: 'timeout', message: `the query ran longer than ${this.options.timeoutMs} ms and was stopped` };
      if (!reply.ok || reply.body === undefined)
        return { kind: 'invalid', message: reply.error ?? 'the query could not be answered' };
      return this.limit(reply.body);
    };
    const answer = this.queue.then(run, run);
    this.queue = answer.catch(() => undefined);
    return answer;
  }

  private limit(body: string): SparqlAnswer {
    const parsed = JSON.parse(body) as { results?: { bindings: unknown[] } };
    const rows = parsed.results?.bindings.length ?? 0;
    if (!parsed.results || rows <= this.options.maxRows) return { kind: 'results', body, truncated: false, rows };
    parsed.results.bindings = parsed.results.bindings.slice(0, this.options.maxRows);
    return { kind: 'results', body: JSON.stringify(parsed), truncated: true, rows: this.options.maxRows };
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
