import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connectFrom, loopback, requestFrom } from './fromAddress';
import { startTestHub, waitUntil, type TestHub } from './helpers';

/** Resolves with every byte the hub sent once it closed the socket, and how long that took. */
function whenClosed(socket: Socket): Promise<{ bytes: string; afterMs: number }> {
  const started = performance.now();
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.on('error', () => {});
  return new Promise((resolve) => socket.once('close', () => resolve({ bytes: Buffer.concat(chunks).toString(), afterMs: performance.now() - started })));
}

function openWebSocket(url: string, localAddress: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { localAddress });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('sockets are bounded per address and in time', () => {
  let testHub: TestHub | undefined;
  const sockets: Array<Socket | WebSocket> = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) {
      if (socket instanceof WebSocket) socket.terminate();
      else socket.destroy();
    }
    await testHub?.stop();
    testHub = undefined;
  });

  it('one address cannot hold more than maxConnectionsPerAddress sockets, HTTP and WebSocket together; others still get in', async () => {
    testHub = await startTestHub({ limits: { maxConnectionsPerAddress: 6 } });
    const { facilitatorSecret: secret } = testHub.hub.openRoom('capped');
    const port = testHub.hub.port;
    const greedy = loopback(7, 1);
    for (let i = 0; i < 3; i++) sockets.push(await openWebSocket(`${testHub.syncUrl}/capped?key=${secret}`, greedy));
    for (let i = 0; i < 3; i++) sockets.push(await connectFrom(greedy, port));

    // The seventh is reset as soon as it is accepted (the client may see that as the connect
    // failing, or as a close right after it): either way it gets no answer.
    const seventh = connect({ host: '127.0.0.1', port, localAddress: greedy }, () => seventh.write('GET /health HTTP/1.1\r\nHost: hub\r\n\r\n'));
    sockets.push(seventh);
    expect((await whenClosed(seventh)).bytes).toBe('');
    await expect(requestFrom(greedy, port, '/health')).rejects.toThrow();

    const neighbour = loopback(7, 2);
    expect((await requestFrom(neighbour, port, '/health')).status).toBe(200);
    sockets.push(await openWebSocket(`${testHub.syncUrl}/capped?key=${secret}`, neighbour));

    // Once one of its sockets closes, the address may open another.
    (sockets[3] as Socket).destroy();
    await waitUntil(() => testHub!.hub.stats().syncConnections === 4, 'the hub counts the sync connections');
    let answered = 0;
    for (let i = 0; i < 50 && answered === 0; i++) answered = (await requestFrom(greedy, port, '/health').catch(() => ({ status: 0 }))).status;
    expect(answered).toBe(200);
  });

  it('the facilitator’s own machine (loopback 127.0.0.1) is not capped', async () => {
    testHub = await startTestHub({ limits: { maxConnectionsPerAddress: 2 } });
    for (let i = 0; i < 10; i++) sockets.push(await connectFrom('127.0.0.1', testHub.hub.port));
    expect((await requestFrom('127.0.0.1', testHub.hub.port, '/health')).status).toBe(200);
  });

  it('a client sending its headers slowly is cut off', async () => {
    testHub = await startTestHub({ limits: { headersTimeoutMs: 300 } });
    const slow = connect(testHub.hub.port, '127.0.0.1');
    sockets.push(slow);
    const closed = whenClosed(slow);
    slow.write('GET / HTTP/1.1\r\nHost: hub\r\nX-Slow: ');
    // One byte every 50 ms keeps the socket from ever being idle; only the headers deadline stops it.
    const trickle = setInterval(() => slow.writable && slow.write('a'), 50);
    const { bytes, afterMs } = await closed;
    clearInterval(trickle);
    expect(bytes).toMatch(/^HTTP\/1\.1 408 /);
    expect(afterMs).toBeLessThan(2_000);
  });

  it('a socket idle before its upgrade is closed, and so is an idle keep-alive connection', async () => {
    testHub = await startTestHub({ limits: { idleSocketTimeoutMs: 300, keepAliveTimeoutMs: 300 } });
    const silent = connect(testHub.hub.port, '127.0.0.1');
    sockets.push(silent);
    expect((await whenClosed(silent)).afterMs).toBeLessThan(2_000);

    const halfway = connect(testHub.hub.port, '127.0.0.1');
    sockets.push(halfway);
    halfway.write('GET /sync/room?key=x HTTP/1.1\r\nUpgrade: websocket\r\n');
    expect((await whenClosed(halfway)).afterMs).toBeLessThan(2_000);

    const kept = connect(testHub.hub.port, '127.0.0.1');
    sockets.push(kept);
    const closed = whenClosed(kept);
    kept.write('GET /health HTTP/1.1\r\nHost: hub\r\nConnection: keep-alive\r\n\r\n');
    const { bytes, afterMs } = await closed;
    expect(bytes).toMatch(/^HTTP\/1\.1 200 /);
    expect(afterMs).toBeLessThan(3_000);
  });

  it('an open WebSocket outlives the idle, headers and request timeouts: the heartbeat watches it instead', async () => {
    testHub = await startTestHub({ limits: { idleSocketTimeoutMs: 100, headersTimeoutMs: 100, requestTimeoutMs: 100, heartbeatMs: 100 } });
    const { facilitatorSecret: secret } = testHub.hub.openRoom('lively');
    const socket = await openWebSocket(`${testHub.syncUrl}/lively?key=${secret}`, '127.0.0.1');
    sockets.push(socket);
    let pings = 0;
    socket.on('ping', () => pings++);
    // Ten heartbeats: ten idle timeouts' worth of time with nothing but pings on the socket.
    await waitUntil(() => pings >= 10, 'ten pings', 5_000);
    expect(socket.readyState).toBe(WebSocket.OPEN);
    expect(testHub.hub.stats().syncConnections).toBe(1);
  });
});
