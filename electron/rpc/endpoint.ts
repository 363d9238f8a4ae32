/**
 * What the RPC layer needs of a message port: send a message, hear messages. Electron's
 * UtilityProcess (seen from the main process), its parentPort (seen from inside) and Node's
 * worker_threads MessagePort (in tests) each fit through a small adapter.
 */
export interface RpcEndpoint {
  postMessage(message: unknown): void;
  /** Starts listening; the returned function stops. */
  onMessage(listener: (message: unknown) => void): () => void;
}

/** A port whose 'message' event hands over the message itself (UtilityProcess, worker_threads MessagePort). */
export interface MessageEmitter {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
}

export function emitterEndpoint(port: MessageEmitter): RpcEndpoint {
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage(listener) {
      port.on('message', listener);
      return () => port.off('message', listener);
    },
  };
}

/** A port whose 'message' event hands over a MessageEvent (Electron's process.parentPort). */
export interface MessageEventEmitter {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  off(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}

export function messageEventEndpoint(port: MessageEventEmitter): RpcEndpoint {
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage(listener) {
      const unwrap = (event: { data: unknown }): void => listener(event.data);
      port.on('message', unwrap);
      return () => port.off('message', unwrap);
    },
  };
}
