import type { RpcEndpoint } from './endpoint';
import { isRpcReply, RpcRemoteError, rpcTag, type RpcMethods, type RpcRequest } from './protocol';

/**
 * The calling side: `call('openRoom', id)` sends a request with a fresh id and settles with the
 * reply that carries the same id, or fails after a timeout, or at once when the other process is
 * known to be gone (`failAll`). A reply that comes after its call gave up is dropped.
 */
export interface RpcClient<Api extends RpcMethods<Api>> {
  call<M extends keyof Api & string>(method: M, ...args: Parameters<Api[M]>): Promise<Awaited<ReturnType<Api[M]>>>;
  /** Fails every call still waiting, for example because the process that would answer has exited. */
  failAll(reason: Error): void;
  /** Stops listening and fails what is still waiting. */
  dispose(): void;
}

export interface RpcClientOptions<Api> {
  timeoutMs: number;
  /** Methods that may take longer than `timeoutMs`, such as starting a server. */
  timeoutsMs?: Partial<Record<keyof Api, number>>;
}

export class RpcTimeoutError extends Error {
  override readonly name = 'RpcTimeoutError';

  constructor(readonly method: string, timeoutMs: number) {
    super(`no answer to ${method} within ${timeoutMs} ms`);
  }
}

interface Pending {
  method: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export function createRpcClient<Api extends RpcMethods<Api>>(endpoint: RpcEndpoint, options: RpcClientOptions<Api>): RpcClient<Api> {
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const settle = (id: number): Pending | undefined => {
    const waiting = pending.get(id);
    if (!waiting) return undefined;
    pending.delete(id);
    clearTimeout(waiting.timer);
    return waiting;
  };

  const stopListening = endpoint.onMessage((message) => {
    if (!isRpcReply(message)) return;
    const waiting = settle(message.id);
    if (!waiting) return;
    if (message.ok) waiting.resolve(message.value);
    else waiting.reject(new RpcRemoteError(waiting.method, message.error));
  });

  // Own entries only: a method named like something every object inherits gets the default.
  const timeoutFor = (method: string): number => {
    const special = options.timeoutsMs && Object.hasOwn(options.timeoutsMs, method) ? (options.timeoutsMs as Record<string, unknown>)[method] : undefined;
    return typeof special === 'number' ? special : options.timeoutMs;
  };

  const failAll = (reason: Error): void => {
    for (const id of [...pending.keys()]) settle(id)?.reject(reason);
  };

  return {
    call(method, ...args) {
      const id = nextId++;
      const timeoutMs = timeoutFor(method);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => settle(id)?.reject(new RpcTimeoutError(method, timeoutMs)), timeoutMs);
        pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject, timer });
        const request: RpcRequest = { rpc: rpcTag, id, method, args };
        try {
          endpoint.postMessage(request);
        } catch (error) {
          settle(id)?.reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    failAll,
    dispose() {
      stopListening();
      failAll(new Error('the connection to the other process was closed'));
    },
  };
}
