import type { RpcEndpoint } from './endpoint';
import { isRpcRequest, rpcTag, toWireError, type RpcHandlers, type RpcMethods, type RpcReply } from './protocol';

/**
 * The answering side: each request runs the handler of that name and posts one reply with the
 * request's id, the value or the error. A method that is not one of the handlers' own is
 * refused, so a request can never reach `toString` or anything else on the prototype.
 * Returns a function that stops serving.
 */
export function serveRpc<Api extends RpcMethods<Api>>(endpoint: RpcEndpoint, handlers: RpcHandlers<Api>): () => void {
  const table = handlers as unknown as Record<string, (...args: unknown[]) => unknown>;

  const reply = (message: RpcReply): void => {
    try {
      endpoint.postMessage(message);
    } catch (error) {
      // A value that cannot be cloned still gets an answer, so the caller does not wait for its timeout.
      if (message.ok) endpoint.postMessage({ rpc: rpcTag, id: message.id, ok: false, error: toWireError(error) } satisfies RpcReply);
    }
  };

  return endpoint.onMessage((message) => {
    if (!isRpcRequest(message)) return;
    const { id, method, args } = message;
    const handler = Object.hasOwn(table, method) ? table[method] : undefined;
    if (typeof handler !== 'function') {
      reply({ rpc: rpcTag, id, ok: false, error: { name: 'RpcUnknownMethod', message: `unknown method ${method}` } });
      return;
    }
    // Promise.try-style: a handler that throws synchronously is answered like one that rejects.
    new Promise<unknown>((resolve) => resolve(handler.apply(handlers, args))).then(
      (value) => reply({ rpc: rpcTag, id, ok: true, value }),
      (error: unknown) => reply({ rpc: rpcTag, id, ok: false, error: toWireError(error) }),
    );
  });
}
