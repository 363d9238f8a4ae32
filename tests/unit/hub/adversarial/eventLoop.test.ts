import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { activityOf } from '../../../../shared/activities/config';
import type { CardsActivity } from '../../../../shared/activities/activitySchema';
import { addCard, readCards } from '../../../../shared/activities/cards';
import { readWorkshop } from '../../../../shared/workshop/doc';
import { openSocket } from '../rawSocket';
import { waitUntil } from '../helpers';
import { AdversaryHub } from './adversaryHub';
import { structsTimesRanges, throwsWhileIntegrating } from './costlyFrames';
import { seedForum, type ForumRoom } from './forumRoom';
import { addFullDay } from './fullDay';
import { sameRoom } from './roomViews';
import { destroyAllClients } from './honestClient';
import { calmWorst, timeHealth, watchHealth } from './healthWatch';
import { RawAttacker } from './rawAttacker';
import { syncFrame } from './wireFrames';

/** Milliseconds from an honest participant adding a card to the facilitator's screen showing it. */
async function cardLatency(forum: ForumRoom, text: string): Promise<number> {
  const { amina, facilitator } = forum;
  const partId = forum.parts.Challenges!;
  const config = activityOf(readWorkshop(amina.doc).parts.find((part) => part.id === partId)!, { format: 'forum3' }) as CardsActivity;
  const started = performance.now();
  const added = addCard(amina.doc, partId, { text }, amina.actor, config, Date.now());
  if (!added.ok) throw new Error('the honest card was refused on the device');
  await waitUntil(() => readCards(facilitator.doc).cards.some((card) => card.id === added.value), `the card “${text}” reached the facilitator`, 15_000);
  return performance.now() - started;
}

describe('frames that cost the hub time', () => {
  let hub: AdversaryHub;
  beforeAll(async () => {
    hub = await AdversaryHub.start(['cpu', 'reload', 'identities', 'answers']);
  });
  afterEach(() => destroyAllClients());
  afterAll(async () => {
    await hub?.stop();
  });

  it('296 KiB frames of structs and delete ranges from several identities leave /health answering within 100 ms and honest cards arriving within a few hundred ms', async () => {
    const forum = await seedForum(hub, 'cpu');
    const frame = structsTimesRanges();
    expect(frame.length).toBeGreaterThan(280 * 1024);
    expect(frame.length).toBeLessThan(300 * 1024);
    const attackers = await Promise.all([1, 2, 3].map(async () => RawAttacker.connect(hub, 'cpu', (await hub.join('cpu')).credential)));
    // The attack's first frames go before the watch starts: V8 compiles the code that reads them
    // on first use, a one-off cost (up to about 150 ms here) that is not what this test is about;
    // what it guards against cost the old hub 13.7 s for every frame.
    for (const attacker of attackers) {
      attacker.sendUpdate(frame);
      await attacker.settled();
    }
    const calm = await calmWorst(hub.port);
    const calmCard = await cardLatency(forum, 'Before the attack');
    const health = watchHealth(hub.port);
    const latencies: number[] = [];
    const started = performance.now();
    // For two seconds each attacker sends a frame every 200 ms, each on its own beat, within its
    // byte rate (2 MiB/s) so the hub's own limits do not end the attack early; meanwhile an honest
    // participant keeps adding cards.
    const beats = attackers.map((attacker, index) => {
      let sent = 0;
      const beat = (): void => {
        if (performance.now() - started > 2_000) return;
        attacker.sendUpdate(frame);
        sent++;
        timers.push(setTimeout(beat, Math.max(0, sent * 200 + index * 66 - (performance.now() - started))));
      };
      return beat;
    });
    const timers: NodeJS.Timeout[] = beats.map((beat, index) => setTimeout(beat, index * 66));
    for (let round = 0; performance.now() - started < 2_000; round++) latencies.push(await cardLatency(forum, `During the attack ${round}`));
    timers.forEach((timer) => clearTimeout(timer));
    await Promise.all(attackers.map((attacker) => attacker.settled()));
    const { worst, polls } = await health.stop();
    console.log(`structs x ranges: /health worst ${worst.toFixed(0)} ms over ${polls.length} polls (${calm.toFixed(0)} ms before the attack); ${latencies.length} honest cards, slowest ${Math.max(...latencies).toFixed(0)} ms`);
    expect(hub.alive).toBe(true);
    expect(worst).toBeLessThan(100 + calm);
    expect(Math.max(...latencies)).toBeLessThan(500 + calmCard);
  });

  it('frames Yjs cannot integrate, sent six times a second over reconnections, leave /health answering within 100 ms and honest cards arriving within a few hundred ms', async () => {
    const forum = await seedForum(hub, 'reload');
    // A full day's room (about 2 MB): what each rebuild from disk has to read again.
    addFullDay(forum.facilitator.doc, forum.parts.Challenges!, forum.parts.Vote!);
    await waitUntil(() => sameRoom(forum.facilitator.doc, forum.amina.doc), 'Amina has the whole day', 30_000);
    const mallory = await hub.join('reload');
    const calm = await calmWorst(hub.port);
    const calmCard = await cardLatency(forum, 'Before the attack');
    const health = watchHealth(hub.port);
    const latencies: number[] = [];
    let sent = 0;
    const started = performance.now();
    // Six a second for three seconds: each one closes the connection, so each comes on a new one.
    while (performance.now() - started < 3_000) {
      const attacker = await RawAttacker.connect(hub, 'reload', mallory.credential, false);
      attacker.sendUpdate(throwsWhileIntegrating());
      sent++;
      await waitUntil(() => attacker.closed || attacker.denials.length > 0, 'the hub answered the frame');
      attacker.close();
      if (sent % 3 === 0) latencies.push(await cardLatency(forum, `Between reloads ${sent}`));
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, sent * (1000 / 6) - (performance.now() - started))));
    }
    const { worst, polls } = await health.stop();
    console.log(`frames Yjs cannot integrate (${sent}): /health worst ${worst.toFixed(0)} ms over ${polls.length} polls (${calm.toFixed(0)} ms before the attack); ${latencies.length} honest cards, slowest ${Math.max(...latencies).toFixed(0)} ms`);
    expect(hub.alive).toBe(true);
    expect(worst).toBeLessThan(100 + calm);
    expect(Math.max(...latencies)).toBeLessThan(500 + calmCard);
    // Nothing of the frames reached anyone.
    expect(readCards(forum.facilitator.doc).cards.every((card) => card.authorDevice !== mallory.id)).toBe(true);
  });

  it('one device that asks for a new identity whenever one runs out of refusals still runs out: after six rebuilds a minute, its frames are refused unread', async () => {
    const forum = await seedForum(hub, 'identities');
    // A fifth of a full day: enough that a rebuild shows, quick to set up.
    addFullDay(forum.facilitator.doc, forum.parts.Challenges!, forum.parts.Vote!, 1_000, 4_000);
    await waitUntil(() => sameRoom(forum.facilitator.doc, forum.amina.doc), 'Amina has the room', 30_000);
    const outcomes: string[] = [];
    // Ten identities, each used once from the same untrusted address (127.0.0.1 is the
    // facilitator's machine; 127.0.0.2 is a participant's as far as the hub can tell).
    for (let identity = 0; identity < 10; identity++) {
      const person = await hub.join('identities');
      const attacker = await RawAttacker.connect(hub, 'identities', person.credential, false, '127.0.0.2');
      // Well-formed, but not a card: the hub knows only once it has applied it, and rebuilds.
      attacker.forge((doc) => doc.getMap('cards').set(`junk-${identity}`, 42));
      await waitUntil(() => attacker.closed || attacker.denials.length > 0, 'the hub answered the frame');
      outcomes.push(attacker.denials[0] ?? `closed ${attacker.closeCode ?? ''}`.trim());
      attacker.close();
    }
    // An honest participant's card still goes through (cardLatency fails if it does not arrive).
    const latency = await cardLatency(forum, 'After the identities ran out');
    console.log(`one address, ten identities: ${outcomes.join(', ')}; then an honest card in ${latency.toFixed(0)} ms`);
    // The first six cost a rebuild each (a second or so for a full day's room: the reason for
    // the allowance); the rest are refused before anything is applied.
    expect(outcomes).toEqual([...Array(6).fill('update refused (content)'), ...Array(4).fill('update refused (cooling-down)')]);
    expect([...forum.facilitator.doc.getMap('cards').keys()].filter((key) => key.startsWith('junk'))).toEqual([]);
  });

  it('a device asking for the whole room again and again is closed once it has had 64 MiB of answers in a minute, and honest cards keep arriving', async () => {
    const forum = await seedForum(hub, 'answers');
    addFullDay(forum.facilitator.doc, forum.parts.Challenges!, forum.parts.Vote!, 1_000, 4_000);
    await waitUntil(() => sameRoom(forum.facilitator.doc, forum.amina.doc), 'Amina has the room', 30_000);
    const roomBytes = Y.encodeStateAsUpdate(forum.amina.doc).length;
    const person = await hub.join('answers');
    const attacker = await RawAttacker.connect(hub, 'answers', person.credential, false, '127.0.0.2');
    // A state vector that names only a client the room has never seen: the answer is the whole
    // room, encoded afresh each time (only the empty state vector's answer is kept ready).
    const stranger = new Y.Doc();
    stranger.getMap('x').set('x', 1);
    const asked = Math.ceil((80 * 1024 * 1024) / roomBytes);
    for (let request = 0; request < asked && !attacker.closed; request++) {
      attacker.send(syncFrame(0, Y.encodeStateVector(stranger)));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await waitUntil(() => attacker.closed, 'the hub closed the connection', 5_000);
    const answered = attacker.frameSizes.filter((size) => size >= roomBytes).length;
    const latency = await cardLatency(forum, 'After the requests');
    console.log(`whole-room requests: room ${(roomBytes / 1024).toFixed(0)} KiB, ${answered} answered of ${asked}, closed with ${attacker.closeCode}; then an honest card in ${latency.toFixed(0)} ms`);
    expect(attacker.closeCode).toBe(1008);
    expect(answered * roomBytes).toBeLessThan(64 * 1024 * 1024 + roomBytes);
    expect(answered * roomBytes).toBeGreaterThanOrEqual(64 * 1024 * 1024 - roomBytes);
  });

  it('the old signaling endpoint is gone: its upgrade gets 401, and a 6,000-deep JSON message (sent if it opened) does not end the hub', async () => {
    const deep = `${'{"a":'.repeat(6_000)}1${'}'.repeat(6_000)}`;
    const url = `ws://127.0.0.1:${hub.port}/signal?room=cpu&key=${hub.secrets('cpu').secret}`;
    const answer = await openSocket(url).then(
      async (socket) => {
        // An older hub relayed signaling messages: the attacker's publish goes to the room's topic.
        socket.send(JSON.stringify({ type: 'subscribe', topics: ['cpu'] }));
        socket.send(`{"type":"publish","topic":"cpu","data":${deep}}`);
        await waitUntil(() => socket.readyState !== socket.OPEN || !hub.alive, 'the hub dealt with the message', 3_000).catch(() => socket.close());
        return 'opened';
      },
      (error: unknown) => String(error),
    );
    expect(hub.alive, hub.output.slice(-2_000)).toBe(true);
    expect(await timeHealth(hub.port)).toBeLessThan(1_000);
    expect(answer).toMatch(/401/);
  });
});
