/**
 * Runs the hub process's entry in a plain Node child, with the `process.parentPort` that an
 * Electron utility process would give it, since Electron itself cannot run in these tests.
 * Messages travel over Node's IPC channel. Like Electron's parentPort, messages that arrive
 * before the entry listens are queued; the parent is told once this shim listens, and sends
 * nothing before (see hubProcessHarness.ts).
 */
import { pathToFileURL } from 'node:url';

type Listener = (event: { data: unknown }) => void;
const listeners = new Set<Listener>();
const queued: unknown[] = [];

process.on('message', (data) => {
  if (listeners.size === 0) queued.push(data);
  for (const listener of listeners) listener({ data });
});

const parentPort = {
  on(_event: 'message', listener: Listener) {
    listeners.add(listener);
    for (const data of queued.splice(0)) listener({ data });
    return parentPort;
  },
  off(_event: 'message', listener: Listener) {
    listeners.delete(listener);
    return parentPort;
  },
  postMessage(message: unknown) {
    process.send?.(message);
  },
};
Object.assign(process, { parentPort });
process.send?.({ shimListening: true });

await import(pathToFileURL(process.argv[2]!).href);
