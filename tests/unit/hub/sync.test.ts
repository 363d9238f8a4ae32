import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canonicalJson, connectClient, docFromState, sameState, startTestHub, waitUntil, type TestClient, type TestHub } from './helpers';

describe('hub sync relay', () => {
  let testHub: TestHub;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await testHub?.stop();
  });

  it('two participants in a room see each other’s cards through the hub', async () => {
    testHub = await startTestHub();
    const { facilitatorSecret: secret } = testHub.hub.openRoom('workshop-1');
    const alice = connectClient(testHub.syncUrl, 'workshop-1', secret);
    const bob = connectClient(testHub.syncUrl, 'workshop-1', secret);
    clients.push(alice, bob);
    alice.doc.getMap('cards').set('a1', 'from Alice');
    bob.doc.getMap('cards').set('b1', 'from Bob');
    bob.doc.getText('notes').insert(0, 'hello');
    await waitUntil(() => sameState(alice.doc, bob.doc) && alice.doc.getMap('cards').size === 2, 'both have both cards');
    expect(alice.doc.getMap('cards').toJSON()).toEqual({ a1: 'from Alice', b1: 'from Bob' });
    expect(alice.doc.getText('notes').toString()).toBe('hello');
  });

  it('a late joiner gets every edit even after everyone else has left', async () => {
    testHub = await startTestHub();
    const { facilitatorSecret: secret } = testHub.hub.openRoom('late');
    const alice = connectClient(testHub.syncUrl, 'late', secret);
    const bob = connectClient(testHub.syncUrl, 'late', secret);
    for (let i = 0; i < 20; i++) alice.doc.getMap('cards').set(`a${i}`, i);
    bob.doc.getArray('list').push(['v1', 'v2']);
    await waitUntil(() => sameState(alice.doc, bob.doc) && alice.doc.getArray('list').length === 2, 'alice and bob converge');
    const expected = canonicalJson(alice.doc);
    alice.destroy();
    bob.destroy();
    await waitUntil(() => testHub.hub.stats().syncConnections === 0, 'both have left');

    const carol = connectClient(testHub.syncUrl, 'late', secret);
    clients.push(carol);
    await waitUntil(() => carol.provider.synced && carol.doc.getMap('cards').size === 20, 'carol has synced');
    expect(canonicalJson(carol.doc)).toEqual(expected);
  });

  it('a late joiner after the room was unloaded from memory gets everything from disk', async () => {
    testHub = await startTestHub({ idleUnloadMs: 50 });
    const { facilitatorSecret: secret } = testHub.hub.openRoom('unloaded');
    const alice = connectClient(testHub.syncUrl, 'unloaded', secret);
    alice.doc.getMap('cards').set('kept', 'on disk');
    await waitUntil(() => docFromState(testHub.hub.roomState('unloaded')).getMap('cards').get('kept') === 'on disk', 'the hub has the card');
    alice.destroy();
    await waitUntil(() => testHub.hub.stats().loadedRooms === 0, 'the idle room is unloaded');
    const bob = connectClient(testHub.syncUrl, 'unloaded', secret);
    clients.push(bob);
    await waitUntil(() => bob.doc.getMap('cards').get('kept') === 'on disk', 'bob receives the card');
  });

  it('presence (awareness) of one client reaches the other and disappears when it leaves', async () => {
    testHub = await startTestHub();
    const { facilitatorSecret: secret } = testHub.hub.openRoom('presence');
    const alice = connectClient(testHub.syncUrl, 'presence', secret);
    const bob = connectClient(testHub.syncUrl, 'presence', secret);
    clients.push(bob);
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
    await waitUntil(() => (bob.provider.awareness.getStates().get(alice.doc.clientID) as { user?: { name: string } } | undefined)?.user?.name === 'Alice', 'bob sees Alice');
    alice.destroy();
    await waitUntil(() => !bob.provider.awareness.getStates().has(alice.doc.clientID), 'Alice is gone from bob’s list');
  });

  it('rooms are separate: an edit in one room never shows in another', async () => {
    testHub = await startTestHub();
    const one = testHub.hub.openRoom('one');
    const two = testHub.hub.openRoom('two');
    const a = connectClient(testHub.syncUrl, 'one', one.facilitatorSecret);
    const b = connectClient(testHub.syncUrl, 'two', two.facilitatorSecret);
    const c = connectClient(testHub.syncUrl, 'two', two.facilitatorSecret);
    clients.push(a, b, c);
    a.doc.getMap('cards').set('secret-card', 1);
    b.doc.getMap('cards').set('other', 1);
    await waitUntil(() => c.doc.getMap('cards').has('other'), 'c sees b');
    await waitUntil(() => docFromState(testHub.hub.roomState('one')).getMap('cards').has('secret-card'), 'room one stored');
    expect(c.doc.getMap('cards').has('secret-card')).toBe(false);
    expect(Y.encodeStateVector(docFromState(testHub.hub.roomState('two')))).toEqual(Y.encodeStateVector(c.doc));
  });
});
