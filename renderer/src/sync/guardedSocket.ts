/**
 * A WebSocket for y-websocket that protects the page from what arrives: a frame larger than the
 * limit is dropped and the connection closed (y-websocket then reconnects and resyncs), and an
 * error while handling a frame (a malformed or hostile update) closes the connection instead of
 * escaping into the page. Either way the UI never tries to integrate the bad frame again.
 */
export const maxIncomingFrameBytes = 16 * 1024 * 1024;

// A close code y-websocket treats as retryable (it gives up for good on 4400-4499).
const closeCodeRefused = 4000;

type MessageHandler = ((this: WebSocket, event: MessageEvent) => unknown) | null;

export function guardedWebSocket(limit = maxIncomingFrameBytes, onRefused?: (reason: string) => void): typeof WebSocket {
  return class GuardedWebSocket extends WebSocket {
    #handler: MessageHandler = null;

    override get onmessage(): MessageHandler {
      return this.#handler;
    }

    override set onmessage(handler: MessageHandler) {
      this.#handler = handler;
      super.onmessage = handler === null ? null : (event: MessageEvent) => this.#deliver(handler, event);
    }

    #deliver(handler: NonNullable<MessageHandler>, event: MessageEvent): void {
      const data: unknown = event.data;
      const size = data instanceof ArrayBuffer ? data.byteLength : typeof data === 'string' ? data.length : 0;
      if (size > limit) return this.#refuse(`a ${size}-byte frame is over the ${limit}-byte limit`);
      try {
        handler.call(this, event);
      } catch (error) {
        this.#refuse(error instanceof Error ? error.message : String(error));
      }
    }

    #refuse(reason: string): void {
      onRefused?.(reason);
      this.close(closeCodeRefused, 'refused frame');
    }
  };
}
