import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createRpcClient, RpcTimeoutError } from '../../../electron/rpc/client';
import { emitterEndpoint } from '../../../electron/rpc/endpoint';
import { RpcRemoteError, rpcTag } from '../../../electron/rpc/protocol';
import { serveRpc } from '../../../electron/rpc/server';

type TestApi = {
  add(a: number, b: number): number;
  later(ms: number, value: string): string;
  fail(message: string): void;
  failWithCode(): void;
  never(): void;
  unclonable(): unknown;
};

const handlers = {
  add: (a: number, b: number) => a + b,
  later: (ms: number, value: string) => new Promise<string>((resolve) => setTimeout(() => resolve(value), ms)),
  fail: (message: string) => {
    throw new RangeError(message);
  },
  failWithCode: async () => {
    throw Object.assign(new Error('folder is locked'), { code: 'ELOCKED' });
  },
  never: () => new Promise<void>(() => {}),
  unclonable: () => ({ callback: () => 1 }),
};

describe('RPC between two processes over a message port', () => {
  const ports: MessagePort[] = [];
  afterEach(() => {
    for (const port of ports.splice(0)) port.close();
  });

  function connect(timeoutMs = 2_000) {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    serveRpc<TestApi>(emitterEndpoint(port2), handlers);
    return { client: createRpcClient<TestApi>(emitterEndpoint(port1), { timeoutMs, timeoutsMs: { later: 5_000 } }), callerPort: port1, serverPort: port2 };
  }

  it('a call gets the value its handler returns', async () => {
    const { client } = connect();
    await expect(client.call('add', 2, 3)).resolves.toBe(5);
  });

  it('replies find their calls by id, whatever order they come back in', async () => {
    const { client } = connect();
    const slow = client.call('later', 80, 'slow');
    const fast = client.call('later', 5, 'fast');
    expect(await Promise.all([slow, fast, client.call('add', 1, 1)])).toEqual(['slow', 'fast', 2]);
  });

  it('an error thrown or rejected on the other side arrives with its name, message and code', async () => {
    const { client } = connect();
    const thrown = await client.call('fail', 'too deep').catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(RpcRemoteError);
    expect(thrown).toMatchObject({ name: 'RangeError', message: 'too deep', method: 'fail' });
    await expect(client.call('failWithCode')).rejects.toMatchObject({ message: 'folder is locked', code: 'ELOCKED' });
  });

  it('refuses methods it does not offer, including what every object inherits', async () => {
    const { client } = connect();
    const untyped = client as unknown as { call(method: string): Promise<unknown> };
    for (const method of ['missing', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      await expect(untyped.call(method)).rejects.toMatchObject({ name: 'RpcUnknownMethod' });
    }
  });

  it('a call nobody answers fails after its timeout, and a reply after that is dropped', async () => {
    const { client, serverPort } = connect(50);
    await expect(client.call('never')).rejects.toBeInstanceOf(RpcTimeoutError);
    // The late reply for that id, and messages that are not replies at all, change nothing.
    serverPort.postMessage({ rpc: rpcTag, id: 1, ok: true, value: 'late' });
    serverPort.postMessage({ something: 'else' });
    serverPort.postMessage(null);
    await expect(client.call('add', 20, 22)).resolves.toBe(42);
  });

  it('failAll ends every waiting call at once, as when the answering process exits', async () => {
    const { client } = connect(10_000);
    const waiting = [client.call('never'), client.call('never')];
    client.failAll(new Error('the hub process exited (code 1)'));
    for (const call of waiting) await expect(call).rejects.toThrow('the hub process exited');
  });

  it('a value that cannot cross the port becomes an error instead of a silent wait', async () => {
    const { client } = connect();
    await expect(client.call('unclonable')).rejects.toThrow();
  });

  it('the server ignores messages that are not requests', async () => {
    const { client, callerPort } = connect();
    callerPort.postMessage({ rpc: rpcTag, id: 'x', method: 'add', args: [1, 2] });
    callerPort.postMessage({ rpc: 'other/1', id: 99, method: 'add', args: [1, 2] });
    callerPort.postMessage('add');
    await expect(client.call('add', 1, 2)).resolves.toBe(3);
  });

  it('a call the port refuses to send fails at once, not after its timeout', async () => {
    const refusing = {
      postMessage: () => {
        throw new Error('channel closed');
      },
      onMessage: () => () => {},
    };
    const client = createRpcClient<TestApi>(refusing, { timeoutMs: 60_000 });
    await expect(client.call('add', 1, 2)).rejects.toThrow('channel closed');
  });
});
