import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { HubMethods, HubStartOptions } from '../../../electron/hubProcess/methods';
import { HubSupervisor, restartDelayMs, type HubChild } from '../../../electron/main/hubSupervisor';
import { emitterEndpoint } from '../../../electron/rpc/endpoint';
import type { RpcHandlers } from '../../../electron/rpc/protocol';
import { serveRpc } from '../../../electron/rpc/server';

/** A stand-in for the utility process: an RPC server on a MessageChannel, and an exit to trigger. */
class FakeHubProcess {
  readonly starts: HubStartOptions[] = [];
  killed = false;
  closed = false;
  private exitListeners: Array<(code: number) => void> = [];
  readonly child: HubChild;

  constructor(
    private readonly ports: [MessagePort, MessagePort],
    behaviour: { failStart?: string; port?: number; neverStart?: boolean } = {},
  ) {
    const handlers: RpcHandlers<HubMethods> = {
      start: (options) => {
        this.starts.push(options);
        if (behaviour.failStart) throw new Error(behaviour.failStart);
        if (behaviour.neverStart) return new Promise(() => {});
        return { port: behaviour.port ?? (options.port || 4455) };
      },
      openRoom: (room) => ({ room, secret: 's'.repeat(22), facilitatorSecret: 'f'.repeat(22), code: 'ABC234', open: true }),
      closeRoom: () => {},
      room: () => undefined,
      forgetRoom: () => {},
      status: () => ({ port: 4455, rooms: 1, loadedRooms: 0, syncConnections: 0 }),
      close: () => {
        this.closed = true;
      },
    };
    serveRpc<HubMethods>(emitterEndpoint(ports[1]), handlers);
    this.child = {
      endpoint: emitterEndpoint(ports[0]),
      onExit: (listener) => this.exitListeners.push(listener),
      kill: () => {
        this.killed = true;
        this.exit(0);
      },
    };
  }

  /** The process ends, as after a crash or a kill. */
  exit(code: number): void {
    for (const port of this.ports) port.close();
    for (const listener of this.exitListeners.splice(0)) listener(code);
  }
}

function recordingLog() {
  const lines: string[] = [];
  return { lines, info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
}

const until = async (condition: () => boolean, timeoutMs = 2_000): Promise<void> => {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('keeping the hub process running', () => {
  const processes: FakeHubProcess[] = [];
  const supervisors: HubSupervisor[] = [];
  afterEach(async () => {
    // Stopped first, so that ending the processes is not taken for crashes.
    for (const hub of supervisors.splice(0)) await hub.stop(50);
    for (const fake of processes.splice(0)) fake.exit(0);
  });

  function supervisor(behaviours: Array<ConstructorParameters<typeof FakeHubProcess>[1]> = [], options: { delays?: number[] } = {}) {
    const log = recordingLog();
    const delays = options.delays ?? [];
    const supervisor = new HubSupervisor({
      spawn: () => {
        const { port1, port2 } = new MessageChannel();
        const fake = new FakeHubProcess([port1, port2], behaviours[processes.length]);
        processes.push(fake);
        return fake.child;
      },
      startOptions: { dataDir: '/data/hub', webDir: '/app/renderer', port: 4455 },
      log,
      restartDelayMs: (crashes) => {
        delays.push(crashes);
        return 10;
      },
    });
    supervisors.push(supervisor);
    return { supervisor, log, delays };
  }

  it('starts one process the first time the hub is needed, however many ask at once', async () => {
    const { supervisor: hub } = supervisor();
    expect(hub.running).toBe(false);
    expect(processes).toHaveLength(0);
    const [port, access] = await Promise.all([hub.ensureStarted(), hub.call('openRoom', 'room-1'), hub.call('status')]);
    expect(port).toBe(4455);
    expect(access.room).toBe('room-1');
    expect(processes).toHaveLength(1);
    expect(processes[0]!.starts).toEqual([{ dataDir: '/data/hub', webDir: '/app/renderer', port: 4455 }]);
    expect(hub.running).toBe(true);
  });

  it('restarts a process that exits unexpectedly, logs it, and asks for the port the hub had', async () => {
    const { supervisor: hub, log } = supervisor([{ port: 4460 }]);
    await hub.ensureStarted();
    processes[0]!.exit(1);
    expect(hub.running).toBe(false);
    await until(() => hub.running);
    expect(processes).toHaveLength(2);
    expect(processes[1]!.starts[0]!.port).toBe(4460);
    expect(log.lines.some((line) => line.includes('exited (code 1)') && line.includes('restarting'))).toBe(true);
  });

  it('waits longer after each crash in a row', async () => {
    const { supervisor: hub, delays } = supervisor();
    await hub.ensureStarted();
    for (let crash = 1; crash <= 3; crash++) {
      processes.at(-1)!.exit(1);
      await until(() => hub.running);
    }
    expect(delays).toEqual([1, 2, 3]);
    expect([1, 2, 3, 4, 7, 20].map(restartDelayMs)).toEqual([500, 1_000, 2_000, 4_000, 30_000, 30_000]);
  });

  it('keeps retrying a restart that fails to start, with the delay growing', async () => {
    const { supervisor: hub, delays, log } = supervisor([{}, { failStart: 'disk full' }, {}]);
    await hub.ensureStarted();
    processes[0]!.exit(1);
    await until(() => hub.running);
    expect(processes).toHaveLength(3);
    expect(processes[1]!.killed).toBe(true);
    expect(delays).toEqual([1, 2]);
    expect(log.lines.some((line) => line.includes('disk full'))).toBe(true);
  });

  it('gives a failed first start to the caller and does not retry it behind their back', async () => {
    const { supervisor: hub, log } = supervisor([{ failStart: 'Another Baraza hub (process 42) is using the data folder /data/hub.' }]);
    await expect(hub.call('openRoom', 'room-1')).rejects.toThrow('/data/hub');
    expect(processes[0]!.killed).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(processes).toHaveLength(1);
    expect(log.lines.some((line) => line.includes('restarting'))).toBe(false);
    // Asking again tries again (and succeeds here, as once the other hub has stopped).
    await expect(hub.ensureStarted()).resolves.toBe(4455);
    expect(processes).toHaveLength(2);
  });

  it('fails calls waiting on a process at once when it exits', async () => {
    const { supervisor: hub } = supervisor([{ neverStart: true }]);
    const waiting = hub.ensureStarted();
    await until(() => processes[0]?.starts.length === 1);
    processes[0]!.exit(9);
    await expect(waiting).rejects.toThrow('exited (code 9)');
  });

  it('a request during the wait before a restart brings the hub up at once', async () => {
    const log = recordingLog();
    const hub = new HubSupervisor({
      spawn: () => {
        const { port1, port2 } = new MessageChannel();
        const fake = new FakeHubProcess([port1, port2]);
        processes.push(fake);
        return fake.child;
      },
      startOptions: { dataDir: '/data/hub', webDir: '/app/renderer', port: 4455 },
      log,
      restartDelayMs: () => 60_000,
    });
    supervisors.push(hub);
    await hub.ensureStarted();
    processes[0]!.exit(1);
    expect(hub.inUse).toBe(true);
    await hub.call('closeRoom', 'room-1');
    expect(processes).toHaveLength(2);
  });

  it('a process that cannot be created is an error for the caller, not a crash of the main process', async () => {
    const log = recordingLog();
    const hub = new HubSupervisor({
      spawn: () => {
        throw new Error('no such file: out/main/hubProcess.js');
      },
      startOptions: { dataDir: '/data/hub', webDir: '/app/renderer', port: 4455 },
      log,
    });
    await expect(hub.ensureStarted()).rejects.toThrow('hubProcess.js');
    await expect(hub.call('status')).rejects.toThrow('hubProcess.js');
    expect(hub.running).toBe(false);
  });

  it('stop closes the hub, ends the process, and no restart follows', async () => {
    const { supervisor: hub } = supervisor();
    await hub.ensureStarted();
    await hub.stop();
    expect(processes[0]!.closed).toBe(true);
    expect(processes[0]!.killed).toBe(true);
    expect(hub.running).toBe(false);
    expect(hub.inUse).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(processes).toHaveLength(1);
  });

  it('a hub stopped while it was starting is not kept running', async () => {
    const { supervisor: hub } = supervisor();
    const starting = hub.ensureStarted();
    await hub.stop();
    await starting.catch(() => {});
    expect(hub.inUse).toBe(false);
    expect(processes[0]!.killed).toBe(true);
  });

  it('stop ends a hub that does not answer within the grace period', async () => {
    const { supervisor: hub, log } = supervisor([{ neverStart: true }]);
    void hub.ensureStarted().catch(() => {});
    await until(() => processes.length === 1);
    await hub.stop(30);
    expect(processes[0]!.killed).toBe(true);
    expect(log.lines.some((line) => line.includes('did not close cleanly'))).toBe(true);
  });
});
