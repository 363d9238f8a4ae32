import { afterEach, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { connectClient, docFromState, sleep, startTestHub, waitUntil, type TestClient, type TestHub } from './helpers';

describe('facilitator-owned parts of the document', () => {
  let testHub: TestHub;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await testHub?.stop();
  });

  async function room() {
    testHub = await startTestHub();
    const access = testHub.hub.openRoom('roles');
    const facilitator = connectClient(testHub.syncUrl, 'roles', access.facilitatorSecret);
    const honest = connectClient(testHub.syncUrl, 'roles', access.secret);
    const rogue = connectClient(testHub.syncUrl, 'roles', access.secret);
    clients.push(facilitator, honest, rogue);
    facilitator.provider.awareness.setLocalStateField('user', { name: 'Facilitator' });
    facilitator.doc.getMap('meta').set('title', 'Budget workshop');
    await waitUntil(() => honest.doc.getMap('meta').get('title') === 'Budget workshop' && rogue.doc.getMap('meta').get('title') === 'Budget workshop', 'everyone has the title');
    return { facilitator, honest, rogue };
  }

  const stored = (): Y.Doc => docFromState(testHub.hub.roomState('roles'));

  it('a participant’s rename of the workshop is refused: nobody else and nothing stored sees it', async () => {
    const { facilitator, honest, rogue } = await room();
    const denials: string[] = [];
    rogue.provider.messageHandlers[2] = (_encoder, decoder) => {
      decoding.readVarUint(decoder);
      denials.push(decoding.readVarString(decoder));
    };
    rogue.doc.getMap('meta').set('title', 'Hijacked');
    rogue.doc.getMap('run').set('step', 99);
    honest.doc.getMap('cards').set('c1', 'a real card');
    await waitUntil(() => facilitator.doc.getMap('cards').get('c1') === 'a real card', 'the honest card arrives');
    await sleep(200);
    expect(facilitator.doc.getMap('meta').get('title')).toBe('Budget workshop');
    expect(honest.doc.getMap('meta').get('title')).toBe('Budget workshop');
    expect(honest.doc.getMap('run').has('step')).toBe(false);
    expect(stored().getMap('meta').get('title')).toBe('Budget workshop');
    expect(stored().getMap('run').has('step')).toBe(false);
    expect(testHub.logger.warnings.some((warning) => warning.includes('facilitator-root'))).toBe(true);
    // The rogue client is told, through y-protocols' permission-denied message.
    await waitUntil(() => denials.length > 0, 'the rogue client hears of the refusal');
    expect(denials[0]).toMatch(/refused \(facilitator-root\)/);
  });

  it('a participant’s card passes, nested edits in cards pass, and deleting their own card passes', async () => {
    const { facilitator, honest } = await room();
    const card = new Y.Map<unknown>();
    honest.doc.getMap('cards').set('c2', card);
    card.set('text', 'Idea');
    const text = new Y.Text('draft');
    card.set('body', text);
    text.insert(5, ' two');
    await waitUntil(() => (facilitator.doc.getMap('cards').get('c2') as Y.Map<unknown> | undefined)?.get('body')?.toString() === 'draft two', 'nested text arrives');
    honest.doc.getMap('cards').delete('c2');
    await waitUntil(() => !facilitator.doc.getMap('cards').has('c2'), 'the deletion arrives');
    expect(stored().getMap('cards').has('c2')).toBe(false);
  });

  it('a participant cannot delete the facilitator’s agenda, even through a nested type', async () => {
    const { facilitator, honest, rogue } = await room();
    const part = new Y.Map<unknown>();
    facilitator.doc.getMap('parts').set('p1', part);
    part.set('title', 'Opening');
    await waitUntil(() => (rogue.doc.getMap('parts').get('p1') as Y.Map<unknown> | undefined)?.get('title') === 'Opening', 'the agenda arrives');
    const rogueView = rogue.doc.getMap('parts').get('p1') as Y.Map<unknown>;
    rogueView.set('title', 'Closing');
    rogueView.set('minutes', 999);
    rogue.doc.getMap('parts').delete('p1');
    honest.doc.getMap('cards').set('after', 1);
    await waitUntil(() => facilitator.doc.getMap('cards').get('after') === 1, 'a later honest edit arrives');
    await sleep(200);
    const facilitatorPart = facilitator.doc.getMap('parts').get('p1') as Y.Map<unknown>;
    expect(facilitatorPart.get('title')).toBe('Opening');
    expect(facilitatorPart.has('minutes')).toBe(false);
    expect((stored().getMap('parts').get('p1') as Y.Map<unknown>).get('title')).toBe('Opening');
  });

  it('the facilitator’s own writes to the agenda and run state pass', async () => {
    const { facilitator, honest } = await room();
    facilitator.doc.getMap('run').set('step', 3);
    await waitUntil(() => honest.doc.getMap('run').get('step') === 3, 'the run step arrives');
    expect(stored().getMap('run').get('step')).toBe(3);
  });

  it('a facilitator edit relayed by a participant (as over WebRTC) is refused from them but arrives from the facilitator', async () => {
    const { facilitator, honest } = await room();
    // Simulate the WebRTC path: the participant gets the facilitator's edit first and its
    // y-websocket provider forwards it to the hub before the facilitator's own copy arrives.
    facilitator.provider.disconnect();
    facilitator.doc.getMap('run').set('step', 7);
    Y.applyUpdate(honest.doc, Y.encodeStateAsUpdate(facilitator.doc), 'webrtc');
    honest.doc.getMap('cards').set('mine', 'participant card');
    await sleep(100);
    expect(stored().getMap('run').has('step')).toBe(false);
    facilitator.provider.connect();
    await waitUntil(() => stored().getMap('run').get('step') === 7, 'the facilitator delivers its own edit');
    // The hub asks the participant again later; then its own card gets through as well.
    await waitUntil(() => stored().getMap('cards').get('mine') === 'participant card', 'the participant card arrives after a resync', 15_000);
  });

  it('a participant cannot take the facilitator’s presence (awareness) entry', async () => {
    const { facilitator, honest, rogue } = await room();
    await waitUntil(() => honest.provider.awareness.getStates().has(facilitator.doc.clientID), 'honest sees the facilitator');
    // Forge an awareness entry under the facilitator's client id with a higher clock.
    const forger = new Awareness(new Y.Doc());
    const fake = new Map([[facilitator.doc.clientID, { name: 'Facilitator', says: 'all votes are void' }]]);
    const meta = new Map([[facilitator.doc.clientID, { clock: 1000, lastUpdated: Date.now() }]]);
    forger.states = fake;
    forger.meta = meta;
    const forged = encodeAwarenessUpdate(forger, [facilitator.doc.clientID]);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, forged);
    rogue.provider.ws?.send(encoding.toUint8Array(encoder));
    await sleep(200);
    expect(honest.provider.awareness.getStates().get(facilitator.doc.clientID)).toEqual({ user: { name: 'Facilitator' } });
    forger.destroy();
  });
});
