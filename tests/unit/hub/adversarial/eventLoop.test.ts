import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
import { timeHealth, watchHealth } from './healthWatch';
import { RawAttacker } from './rawAttacker';

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
    hub = await AdversaryHub.start(['cpu', 'reload']);
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
    console.log(`structs x ranges: /health worst ${worst.toFixed(0)} ms over ${polls.length} polls; ${latencies.length} honest cards, slowest ${Math.max(...latencies).toFixed(0)} ms`);
    expect(hub.alive).toBe(true);
    expect(worst).toBeLessThan(100);
    expect(Math.max(...latencies)).toBeLessThan(500);
  });

  it('frames Yjs cannot integrate, sent six times a second over reconnections, leave /health answering within 100 ms and honest cards arriving within a few hundred ms', async () => {
    const forum = await seedForum(hub, 'reload');
    // A full day's room (about 2 MB): what each rebuild from disk has to read again.
    addFullDay(forum.facilitator.doc, forum.parts.Challenges!, forum.parts.Vote!);
    await waitUntil(() => sameRoom(forum.facilitator.doc, forum.amina.doc), 'Amina has the whole day', 30_000);
    const mallory = await hub.join('reload');
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
    console.log(`frames Yjs cannot integrate (${sent}): /health worst ${worst.toFixed(0)} ms over ${polls.length} polls; ${latencies.length} honest cards, slowest ${Math.max(...latencies).toFixed(0)} ms`);
    expect(hub.alive).toBe(true);
    expect(worst).toBeLessThan(100);
    expect(Math.max(...latencies)).toBeLessThan(500);
    // Nothing of the frames reached anyone.
    expect(readCards(forum.facilitator.doc).cards.every((card) => card.authorDevice !== mallory.id)).toBe(true);
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
