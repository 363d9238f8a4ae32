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
 * Each poll is the best of three requests started 15 ms apart. On this 2-core machine vitest runs
 * other test files, each with its own hub process, beside this one, so a single request can wait
 * for the OS to schedule the hub (or the test) for a while; a hub whose event loop is busy with an
 * attacker's frame keeps all three waiting, since they overlap in time.
 */
export function watchHealth(port: number): HealthWatch {
  const polls: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const tries = await Promise.all([0, 15, 30].map((delay) => pause(delay).then(() => timeHealth(port))));
      polls.push(Math.min(...tries));
      await pause(Math.max(0, 50 - (performance.now() - started)));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { worst: Math.max(...polls), polls };
    },
  };
}
