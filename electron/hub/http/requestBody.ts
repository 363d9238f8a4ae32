/**
 * Reads a small JSON request body: undefined when it is too large, unreadable or not JSON, so a
 * handler answers 400 and nothing a client sends can grow the hub's memory.
 */
import type { IncomingMessage } from 'node:http';

export const maxBodyBytes = 4096;

export function readBody(request: IncomingMessage, limit = maxBodyBytes): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(undefined);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => resolve(undefined));
  });
}

export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const body = await readBody(request);
  if (body === undefined || body === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
