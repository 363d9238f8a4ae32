import { afterEach, describe, expect, it } from 'vitest';

type Handler = ((event: { data: unknown }) => void) | null;

/** A stand-in for the browser's WebSocket: an onmessage accessor, close, and a way to receive. */
class FakeSocket {
  #handler: Handler = null;
  closed: number | undefined;
  get onmessage(): Handler {
    return this.#handler;
  }
  set onmessage(handler: Handler) {
    this.#handler = handler;
  }
  /** What the browser does with an incoming frame: call the handler it holds. */
  receive(data: unknown) {
    this.#handler?.({ data });
  }
  close(code?: number) {
    this.closed = code;
  }
}

const realWebSocket = globalThis.WebSocket;
afterEach(() => {
  globalThis.WebSocket = realWebSocket;
});

async function guarded(limit: number) {
  globalThis.WebSocket = FakeSocket as unknown as typeof WebSocket;
  const { guardedWebSocket } = await import('../../../renderer/src/sync/guardedSocket');
  const refused: string[] = [];
  const Socket = guardedWebSocket(limit, (reason) => refused.push(reason));
  return { socket: new (Socket as unknown as new () => FakeSocket)(), refused };
}

describe('the client socket guard', () => {
  it('passes ordinary frames to the handler', async () => {
    const { socket, refused } = await guarded(16);
    const seen: number[] = [];
    socket.onmessage = (event) => seen.push((event.data as ArrayBuffer).byteLength);
    socket.receive(new ArrayBuffer(8));
    expect(seen).toEqual([8]);
    expect(refused).toEqual([]);
    expect(socket.closed).toBeUndefined();
  });

  it('drops a frame over the limit and closes with a retryable code', async () => {
    const { socket, refused } = await guarded(16);
    const seen: number[] = [];
    socket.onmessage = (event) => seen.push((event.data as ArrayBuffer).byteLength);
    socket.receive(new ArrayBuffer(17));
    expect(seen).toEqual([]);
    expect(refused).toHaveLength(1);
    expect(socket.closed).toBe(4000);
  });

  it('keeps a handler error (a bad update) inside and closes instead', async () => {
    const { socket, refused } = await guarded(16);
    socket.onmessage = () => {
      throw new Error('Unexpected end of array');
    };
    expect(() => socket.receive(new ArrayBuffer(4))).not.toThrow();
    expect(refused).toEqual(['Unexpected end of array']);
    expect(socket.closed).toBe(4000);
  });
});
