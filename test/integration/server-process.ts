/**
 * Runs the real service (`src/main.ts`) as a child process, as `npm start` would, against a
 * given Neo4j, on a free port; resolves once it logs the URL it serves.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  logs: string[];
  exited: Promise<number | null>;
  post(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
    // Response bodies are JSON, read by the tests' assertions.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<{ status: number; body: any }>;
}

/** The server as `npm start` runs it (src/main.ts through tsx), or as compiled (`entry` a .js file). */
export async function startServerProcess(
  neo4jUri: string,
  env: Record<string, string> = {},
  entry = path.join(ROOT, 'src', 'main.ts'),
): Promise<ServerProcess> {
  // `node --import tsx` rather than the tsx CLI, so that child.pid is the server itself
  // (signals reach it directly and its memory can be read from /proc).
  const args = entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [entry];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: neo4jUri, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in time:\n${logs.join('')}`)), 120_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      logs.push(text);
      const match = /"url":"(http:\/\/localhost:\d+)\/graphql"/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before it served:\n${logs.join('')}`));
    });
  });
  return {
    child,
    baseUrl,
    logs,
    exited,
    async post(query, variables = {}, headers = {}) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: keep the text for the assertion message
      }
      return { status: response.status, body };
    },
  };
}
