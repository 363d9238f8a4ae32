import { afterEach, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { sleep, startTestHub, waitUntil, type TestHub } from './helpers';
import { openSocket, rawUpgrade } from './rawSocket';

type Received = Array<Record<string, unknown>>;

describe('y-webrtc signaling on /signal', () => {
  let testHub: TestHub;
  const sockets: WebSocket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await testHub?.stop();
  });

  async function signalClient(room: string, key: string): Promise<{ socket: WebSocket; received: Received }> {
    const socket = await openSocket(`ws://127.0.0.1:${testHub.hub.port}/signal?room=${room}&key=${key}`);
    sockets.push(socket);
    const received: Received = [];
    socket.on('message', (data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));
    return { socket, received };
  }

  it('two peers of a room find each other: subscribe, publish with a client count, ping and pong', async () => {
    testHub = await startTestHub();
    const { secret } = testHub.hub.openRoom('webrtc-room');
    const a = await signalClient('webrtc-room', secret);
    const b = await signalClient('webrtc-room', secret);
    a.socket.send(JSON.stringify({ type: 'subscribe', topics: ['webrtc-room'] }));
    b.socket.send(JSON.stringify({ type: 'subscribe', topics: ['webrtc-room'] }));
    await sleep(50);
    a.socket.send(JSON.stringify({ type: 'publish', topic: 'webrtc-room', data: { type: 'announce', from: 'peer-a' } }));
    await waitUntil(() => b.received.length === 1, 'b receives the announcement');
    expect(b.received[0]).toEqual({ type: 'publish', topic: 'webrtc-room', data: { type: 'announce', from: 'peer-a' }, clients: 2 });
    await waitUntil(() => a.received.length === 1, 'a receives its own publish, like the reference server');
    a.socket.send(JSON.stringify({ type: 'ping' }));
    await waitUntil(() => a.received.length === 2, 'a receives pong');
    expect(a.received[1]).toEqual({ type: 'pong' });
    b.socket.send(JSON.stringify({ type: 'unsubscribe', topics: ['webrtc-room'] }));
    await sleep(50);
    a.socket.send(JSON.stringify({ type: 'publish', topic: 'webrtc-room', data: 'after b left' }));
    await waitUntil(() => a.received.length === 3, 'a receives its publish');
    expect(a.received[2]).toMatchObject({ clients: 1 });
    expect(b.received.length).toBe(1);
  });

  it('a connection admitted to one room can neither listen to nor publish into another room', async () => {
    testHub = await startTestHub();
    const one = testHub.hub.openRoom('room-one');
    const two = testHub.hub.openRoom('room-two');
    const insider = await signalClient('room-two', two.secret);
    insider.socket.send(JSON.stringify({ type: 'subscribe', topics: ['room-two'] }));
    const outsider = await signalClient('room-one', one.secret);
    outsider.socket.send(JSON.stringify({ type: 'subscribe', topics: ['room-one', 'room-two'] }));
    await sleep(50);
    insider.socket.send(JSON.stringify({ type: 'publish', topic: 'room-two', data: 'secret offer' }));
    outsider.socket.send(JSON.stringify({ type: 'publish', topic: 'room-two', data: 'spoofed offer' }));
    await waitUntil(() => insider.received.length >= 1, 'the insider receives its own publish');
    await sleep(100);
    expect(insider.received).toEqual([{ type: 'publish', topic: 'room-two', data: 'secret offer', clients: 1 }]);
    expect(outsider.received).toEqual([]);
  });

  it('signaling needs the room’s key like sync does', async () => {
    testHub = await startTestHub();
    testHub.hub.openRoom('guarded');
    const answer = await rawUpgrade(testHub.hub.port, '/signal?room=guarded&key=not-the-key-at-all');
    expect(answer.toString()).toMatch(/^HTTP\/1\.1 401 /);
  });

  it('malformed JSON and odd messages are ignored and the connection keeps working', async () => {
    testHub = await startTestHub();
    const { secret } = testHub.hub.openRoom('sturdy');
    const a = await signalClient('sturdy', secret);
    for (const junk of ['{', 'null', '[]', '42', '{"type":"subscribe","topics":"sturdy"}', '{"type":"publish"}', '{"type":"subscribe","topics":[1,null,{}]}', '\u0000\uffff']) a.socket.send(junk);
    a.socket.send(JSON.stringify({ type: 'ping' }));
    await waitUntil(() => a.received.length === 1, 'pong');
    expect(a.received[0]).toEqual({ type: 'pong' });
  });
});
