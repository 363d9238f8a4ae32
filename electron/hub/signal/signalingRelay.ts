/**
 * y-webrtc's signaling protocol, as its reference server (y-webrtc/bin/server.js) speaks it:
 * JSON messages `subscribe {topics}`, `unsubscribe {topics}`, `publish {topic, ...}` (relayed
 * to every subscriber of the topic, the sender included, with `clients` set to their number)
 * and `ping` (answered with `pong`).
 *
 * Unlike the reference, a connection is bound at the upgrade to one room, and the only topic it
 * may subscribe or publish to is that room's name. Other topics are ignored rather than refused:
 * y-webrtc subscribes every signaling connection to all rooms open in the page.
 */
import type { RawData, WebSocket } from 'ws';
import { createConnectionRateLimit } from '../net/tokenBucket';
import type { HubLimits } from '../options';

type SignalMessage = { type?: unknown; topics?: unknown; topic?: unknown; [key: string]: unknown };

export class SignalingRelay {
  private readonly subscribers = new Map<string, Set<WebSocket>>();
  private connections = 0;

  constructor(private readonly limits: HubLimits) {}

  get connectionCount(): number {
    return this.connections;
  }

  serve(socket: WebSocket, room: string): void {
    const rateLimit = createConnectionRateLimit(this.limits);
    const subscribed = new Set<string>();
    this.connections++;

    socket.on('message', (data: RawData) => {
      const text = rawToString(data);
      if (!rateLimit.admit(text.length)) {
        socket.close(1008, 'rate limit exceeded');
        return;
      }
      const message = parseMessage(text);
      if (!message) return; // malformed JSON costs the sender its rate allowance, nothing more
      switch (message.type) {
        case 'subscribe':
          for (const topic of topicList(message.topics)) {
            if (topic !== room) continue;
            let set = this.subscribers.get(topic);
            if (!set) this.subscribers.set(topic, (set = new Set()));
            set.add(socket);
            subscribed.add(topic);
          }
          break;
        case 'unsubscribe':
          for (const topic of topicList(message.topics)) this.unsubscribe(socket, topic, subscribed);
          break;
        case 'publish': {
          if (message.topic !== room) break;
          const receivers = this.subscribers.get(room);
          if (!receivers) break;
          const relayed = JSON.stringify({ ...message, clients: receivers.size });
          for (const receiver of receivers) send(receiver, relayed, this.limits.maxBufferedBytes);
          break;
        }
        case 'ping':
          send(socket, JSON.stringify({ type: 'pong' }), this.limits.maxBufferedBytes);
          break;
        default:
          break;
      }
    });

    socket.on('close', () => {
      this.connections--;
      for (const topic of [...subscribed]) this.unsubscribe(socket, topic, subscribed);
    });
    socket.on('error', () => socket.terminate());
  }

  private unsubscribe(socket: WebSocket, topic: string, subscribed: Set<string>): void {
    subscribed.delete(topic);
    const set = this.subscribers.get(topic);
    if (!set) return;
    set.delete(socket);
    if (set.size === 0) this.subscribers.delete(topic);
  }
}

function send(socket: WebSocket, text: string, maxBufferedBytes: number): void {
  if (socket.readyState !== socket.OPEN) return;
  if (socket.bufferedAmount > maxBufferedBytes) {
    socket.close(1013, 'too slow');
    return;
  }
  socket.send(text);
}

function parseMessage(text: string): SignalMessage | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as SignalMessage) : null;
  } catch {
    return null;
  }
}

function topicList(topics: unknown): string[] {
  return Array.isArray(topics) ? topics.filter((topic): topic is string => typeof topic === 'string') : [];
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}
