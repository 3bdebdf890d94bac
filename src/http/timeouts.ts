/**
 * The HTTP server's own timeouts, set explicitly rather than left to Node's defaults (whose
 * request timeout is five minutes and whose checks run every 30 s):
 *
 * - `headersMs`: the request line and headers must arrive within it (slowloris);
 * - `requestMs`: the whole request, body included; a body that stalls or trickles is answered
 *   408 and its connection closed, within the limit plus one check interval;
 * - `keepAliveMs`: an idle kept-alive connection is closed after it.
 *
 * The execution of a request has its own budget (request-budget.ts); these bound how long a
 * client may take to send one.
 */
import type http from 'node:http';
import type net from 'node:net';
import type { Logger } from '../logger';

export interface HttpTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };

/** Options for http.createServer: Node checks these timeouts only every connectionsCheckingInterval. */
export function timeoutServerOptions(timeouts: HttpTimeouts): http.ServerOptions {
  return {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(timeouts.headersMs / 4))),
  };
}

/** What Node's HTTP parser reports, as the status a client should get. */
const CLIENT_ERROR_STATUS: Record<string, [number, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout'],
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'Payload Too Large'],
};

/**
 * Answers what Node's parser rejects before any route sees it (a malformed request line or
 * header, headers too large, a request too slow) with its status and closes the connection;
 * logged at debug, since it is the client's doing.
 */
export function answerClientErrors(server: http.Server, logger: Logger): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: net.Socket) => {
    const [status, reason] = CLIENT_ERROR_STATUS[error.code ?? ''] ?? [400, 'Bad Request'];
    logger.debug({ code: error.code, status }, 'http client error');
    const answering = (socket as net.Socket & { _httpMessage?: http.ServerResponse })._httpMessage;
    if (!socket.writable || error.code === 'ECONNRESET' || answering?.headersSent) {
      socket.destroy();
      return;
    }
    const body = JSON.stringify({
      errors: [
        { message: reason.toLowerCase(), extensions: { code: status === 408 ? 'REQUEST_TIMEOUT' : 'BAD_REQUEST' } },
      ],
    });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  });
}
