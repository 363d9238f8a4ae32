/**
 * The messages of a request/response protocol between two processes that share only a message
 * port (the Electron main process and the hub's utility process). A request names a method and
 * carries its arguments; the reply carries the same id and either the value or the error.
 * Everything else arriving on the port is not ours and is ignored.
 */
export const rpcTag = 'baraza-rpc/1';

export interface RpcRequest {
  rpc: typeof rpcTag;
  id: number;
  method: string;
  args: unknown[];
}

/** An error as it crosses the port: structured clone keeps neither the class nor custom fields reliably. */
export interface RpcWireError {
  name: string;
  message: string;
  code?: string;
}

export type RpcReply = { rpc: typeof rpcTag; id: number; ok: true; value: unknown } | { rpc: typeof rpcTag; id: number; ok: false; error: RpcWireError };

/** The methods one side offers: each takes cloneable arguments and returns a cloneable value. */
export type RpcMethods<Api> = { [K in keyof Api]: (...args: never[]) => unknown };

/** What the serving side implements for an API: the same methods, synchronous or not. */
export type RpcHandlers<Api extends RpcMethods<Api>> = {
  [K in keyof Api]: (...args: Parameters<Api[K]>) => Awaited<ReturnType<Api[K]>> | Promise<Awaited<ReturnType<Api[K]>>>;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isRpcRequest(message: unknown): message is RpcRequest {
  return isRecord(message) && message.rpc === rpcTag && Number.isSafeInteger(message.id) && typeof message.method === 'string' && Array.isArray(message.args);
}

export function isRpcReply(message: unknown): message is RpcReply {
  if (!isRecord(message) || message.rpc !== rpcTag || !Number.isSafeInteger(message.id)) return false;
  if (message.ok === true) return 'value' in message;
  return message.ok === false && isRecord(message.error) && typeof message.error.message === 'string' && typeof message.error.name === 'string';
}

export function toWireError(thrown: unknown): RpcWireError {
  if (thrown instanceof Error) {
    const code = (thrown as NodeJS.ErrnoException).code;
    return { name: thrown.name, message: thrown.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { name: 'Error', message: String(thrown) };
}

/** An error the other side threw, rebuilt with its name, message and code. */
export class RpcRemoteError extends Error {
  readonly code: string | undefined;

  constructor(readonly method: string, wire: RpcWireError) {
    super(wire.message);
    this.name = wire.name;
    this.code = wire.code;
  }
}
