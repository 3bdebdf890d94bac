import { EventEmitter } from 'node:events';
import type http from 'node:http';
import { chainMiddleware, type Middleware, runMiddleware } from '../../../src/http/middleware';

function fakeExchange() {
  const req = {} as http.IncomingMessage;
  const res = Object.assign(new EventEmitter(), {
    end() {
      res.emit('finish');
    },
  }) as unknown as http.ServerResponse;
  return { req, res };
}

const handsOn =
  (name: string, seen: string[]): Middleware =>
  (_req, _res, next) => {
    seen.push(name);
    next();
  };

describe('chainMiddleware with runMiddleware', () => {
  it('runs the middlewares in order and resolves true when the last hands on', async () => {
    const { req, res } = fakeExchange();
    const seen: string[] = [];
    const chain = chainMiddleware(handsOn('cors', seen), handsOn('compression', seen));
    await expect(runMiddleware(chain, req, res)).resolves.toBe(true);
    expect(seen).toEqual(['cors', 'compression']);
    expect(res.listenerCount('finish')).toBe(0);
  });

  it('stops at a middleware that answers (a preflight) and resolves false', async () => {
    const { req, res } = fakeExchange();
    const seen: string[] = [];
    const answers: Middleware = (_req, response) => {
      seen.push('cors');
      response.end();
    };
    await expect(runMiddleware(chainMiddleware(answers, handsOn('compression', seen)), req, res)).resolves.toBe(false);
    expect(seen).toEqual(['cors']);
  });

  it('stops at a middleware that fails and rejects with its error', async () => {
    const { req, res } = fakeExchange();
    const seen: string[] = [];
    const fails: Middleware = (_req, _res, next) => next(new Error('expected a valid origin, got none'));
    await expect(runMiddleware(chainMiddleware(fails, handsOn('compression', seen)), req, res)).rejects.toThrow(
      'expected a valid origin, got none',
    );
    expect(seen).toEqual([]);
  });
});
