// Watches /health while an attack runs: a poll every 50 ms, the slowest poll reported at the end.
import { request } from 'node:http';

/** Milliseconds until /health answered 200, or Infinity (no answer within 2 s). */
export function timeHealth(port: number): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    const outgoing = request({ host: '127.0.0.1', port, path: '/health', agent: false, timeout: 2_000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode === 200 ? performance.now() - started : Infinity));
    });
    outgoing.on('timeout', () => outgoing.destroy());
    outgoing.on('error', () => resolve(Infinity));
    outgoing.end();
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type HealthWatch = { stop(): Promise<{ worst: number; polls: number[] }> };

/**
 * Each poll is the best of three requests started 75 ms apart, in parallel. On this 2-core machine
 * vitest's other work, other hub processes and whatever else runs there can leave the hub (or this
 * test) waiting for the OS for tens of milliseconds at a time, so a single slow answer says little.
 * A hub whose event loop an attacker keeps busy keeps all three waiting, since they overlap in
 * time: a poll fails when the hub answered none of three requests, sent over 150 ms, within
 * 100 ms, which takes the event loop held for about a quarter of a second. The attacks guarded
 * against here held the old hub's for seconds at a time.
 */
export function watchHealth(port: number): HealthWatch {
  const polls: Promise<number>[] = [];
  const poll = (): void => {
    polls.push(Promise.all([0, 75, 150].map((delay) => pause(delay).then(() => timeHealth(port)))).then((tries) => Math.min(...tries)));
  };
  poll();
  // A new poll every 50 ms, whether or not the previous one has its answers yet.
  const timer = setInterval(poll, 50);
  return {
    async stop() {
      clearInterval(timer);
      const answered = await Promise.all(polls);
      return { worst: Math.max(...answered), polls: answered };
    },
  };
}

/**
 * What /health costs on this machine right now with no attack running: the worst poll over
 * `ms`, watched the same way. A test allows an attack 100 ms on top of it, so that a machine
 * busy with other work (which slows every answer alike) does not fail a hub that stays
 * responsive, while a hub an attack holds for a quarter of a second or more still fails.
 */
export async function calmWorst(port: number, ms = 1_500): Promise<number> {
  const watch = watchHealth(port);
  await pause(ms);
  return (await watch.stop()).worst;
}
