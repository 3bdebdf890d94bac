import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { startRequestBudget } from '../../../src/http/request-budget';

function fakeResponse(): http.ServerResponse {
  return Object.assign(new EventEmitter(), { writableFinished: false }) as unknown as http.ServerResponse;
}

describe('startRequestBudget', () => {
  // In a process of its own: Node warns of a possible leak from the eleventh listener on, on stderr.
  it('lets any number of reads in flight watch the signal without a leak warning', async () => {
    const budgetModule = path.resolve(__dirname, '../../../src/http/request-budget.ts');
    const script = `
      const { EventEmitter } = require('node:events');
      const { startRequestBudget } = require(${JSON.stringify(budgetModule)});
      const res = Object.assign(new EventEmitter(), { writableFinished: false });
      const budget = startRequestBudget(res, 10000);
      const listeners = Array.from({ length: 50 }, () => () => {});
      for (const listener of listeners) budget.signal.addEventListener('abort', listener);
      for (const listener of listeners) budget.signal.removeEventListener('abort', listener);
      setImmediate(() => budget.done());`;
    const { stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '-e', script]);
    expect(stderr).not.toMatch(/MaxListenersExceededWarning/);
  });

  it('aborts with the client gone when the connection closes before the answer', () => {
    const res = fakeResponse();
    const budget = startRequestBudget(res, 10_000);
    res.emit('close');
    expect(budget.signal.aborted).toBe(true);
    expect(String(budget.signal.reason)).toMatch(/closed the connection/);
    budget.done();
  });
});
