import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, startTestHub, waitUntil, type TestClient, type TestHub } from './helpers';
import { closed, openSocket } from './rawSocket';

describe('one misbehaving connection affects nobody else', () => {
  let testHub: TestHub;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await testHub?.stop();
  });

  it('a client flooding messages past its rate limit is disconnected while others keep syncing', async () => {
    testHub = await startTestHub({ limits: { messagesPerSecond: 50, messageBurst: 100 } });
    const { facilitatorSecret: secret } = testHub.hub.openRoom('flood');
    const alice = connectClient(testHub.syncUrl, 'flood', secret);
    const bob = connectClient(testHub.syncUrl, 'flood', secret);
    clients.push(alice, bob);
    const flooder = await openSocket(`${testHub.syncUrl}/flood?key=${secret}`);
    const code = closed(flooder);
    for (let i = 0; i < 500; i++) flooder.send(new Uint8Array([0, 0, 1, 0]));
    expect(await code).toBe(1008);
    alice.doc.getMap('cards').set('still', 'working');
    await waitUntil(() => bob.doc.getMap('cards').get('still') === 'working', 'bob still receives edits');
  });

  it('a frame larger than the limit closes only that connection', async () => {
    testHub = await startTestHub({ limits: { maxSyncFrameBytes: 1024 } });
    const { facilitatorSecret: secret } = testHub.hub.openRoom('big');
    const bob = connectClient(testHub.syncUrl, 'big', secret);
    clients.push(bob);
    const sender = await openSocket(`${testHub.syncUrl}/big?key=${secret}`);
    const code = closed(sender);
    sender.send(new Uint8Array(4096));
    expect(await code).toBe(1009);
    await waitUntil(() => bob.provider.synced && testHub.hub.stats().syncConnections === 1, 'bob is still connected');
  });

  it('a connection that stops answering pings is dropped by the heartbeat', async () => {
    testHub = await startTestHub({ limits: { heartbeatMs: 100 } });
    const { facilitatorSecret: secret } = testHub.hub.openRoom('dead');
    // A raw TCP client completes the WebSocket handshake and then never answers anything.
    const socket = connect(testHub.hub.port, '127.0.0.1', () => {
      socket.write(
        `GET /sync/dead?key=${secret} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
          'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      );
    });
    socket.on('data', () => {});
    socket.on('error', () => {});
    await waitUntil(() => testHub.hub.stats().syncConnections === 1, 'the silent client is connected');
    await waitUntil(() => testHub.hub.stats().syncConnections === 0, 'the silent client is dropped', 3_000);
    socket.destroy();
  });
});
