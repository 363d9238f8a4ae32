/**
 * Keeps the hub's utility process running for the main process, without the `electron` import
 * so tests can drive it with fake or plain Node processes.
 *
 * The process is started the first time a caller needs the hub. Once its hub has started, an
 * exit nobody asked for is a crash: the process is started again after a delay that doubles with
 * each crash in a row (0.5 s, 1 s, 2 s … up to 30 s) and drops back once a process has run for a
 * minute. The new hub asks for the port the old one had and reads the rooms, their secrets and
 * their documents from the data folder, so participants' clients reconnect to the same links.
 * A hub that fails to start on a caller's request is not retried behind the caller's back: the
 * caller gets the error (for example, another hub holds the data folder).
 */
import { createRpcClient, type RpcClient } from '../rpc/client';
import type { RpcEndpoint } from '../rpc/endpoint';
import type { HubMethods, HubStartOptions } from '../hubProcess/methods';

export interface HubChild {
  readonly endpoint: RpcEndpoint;
  /** Calls back once, when the process has ended for whatever reason. */
  onExit(listener: (code: number) => void): void;
  kill(): void;
}

export interface HubSupervisorLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface HubSupervisorOptions {
  spawn(): HubChild;
  startOptions: HubStartOptions;
  log: HubSupervisorLog;
  /** Each time a hub has started (first start and restarts), with its port. */
  onStarted?(port: number): void;
  restartDelayMs?(crashesInARow: number): number;
  /** A process that ran this long before it crashed counts as healthy: the next restart is quick again. */
  healthyAfterMs?: number;
  callTimeoutMs?: number;
  startTimeoutMs?: number;
}

export function restartDelayMs(crashesInARow: number): number {
  return Math.min(30_000, 500 * 2 ** Math.max(0, crashesInARow - 1));
}

interface Launch {
  child: HubChild;
  client: RpcClient<HubMethods>;
  started: Promise<number>;
  startedAt: number | undefined;
  ended: boolean;
}

export class HubSupervisor {
  private current: Launch | undefined;
  /** Set once a hub has started, cleared by stop(): while set, a crash is followed by a restart. */
  private keepRunning = false;
  private restartTimer: ReturnType<typeof setTimeout> | undefined;
  private crashesInARow = 0;
  private port: number;

  constructor(private readonly options: HubSupervisorOptions) {
    this.port = options.startOptions.port;
  }

  /** True while a hub process is up and its hub has started. */
  get running(): boolean {
    return this.current !== undefined && this.current.startedAt !== undefined && !this.current.ended;
  }

  /** True from the first request for the hub until stop(), restarts included: the hub is meant to be up. */
  get inUse(): boolean {
    return this.current !== undefined || this.keepRunning;
  }

  /** Starts the hub process if it is not running, and resolves with the hub's port. */
  ensureStarted(): Promise<number> {
    try {
      return this.ensureLaunch().started;
    } catch (error) {
      // The process could not even be created (a missing entry file, say).
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Calls a hub method, starting the hub first if needed. */
  async call<M extends keyof HubMethods & string>(method: M, ...args: Parameters<HubMethods[M]>): Promise<Awaited<ReturnType<HubMethods[M]>>> {
    const launch = this.ensureLaunch();
    await launch.started;
    return launch.client.call(method, ...args);
  }

  /**
   * Closes the hub (its files and its data folder's lock) and ends the process; no restart
   * follows. A hub that has not closed within `graceMs` is ended anyway: its storage survives
   * that, and the next hub takes over its lock.
   */
  async stop(graceMs = 5_000): Promise<void> {
    this.keepRunning = false;
    clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    const launch = this.current;
    if (!launch) return;
    this.current = undefined;
    const close = async (): Promise<void> => {
      await launch.started;
      await launch.client.call('close');
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeUp = new Promise<void>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${graceMs} ms`)), graceMs);
    });
    try {
      await Promise.race([close(), timeUp]);
    } catch (error) {
      this.options.log.warn(`the hub did not close cleanly: ${describe(error)}`);
    } finally {
      clearTimeout(timer);
    }
    launch.child.kill();
  }

  private ensureLaunch(): Launch {
    // Someone needs the hub now: a restart waiting out its delay happens at once instead.
    if (this.restartTimer) {
      clearTimeout(this.restartTimer);
      this.restartTimer = undefined;
    }
    this.current ??= this.launch();
    return this.current;
  }

  private launch(): Launch {
    const child = this.options.spawn();
    const client = createRpcClient<HubMethods>(child.endpoint, {
      timeoutMs: this.options.callTimeoutMs ?? 10_000,
      timeoutsMs: { start: this.options.startTimeoutMs ?? 30_000 },
    });
    const launch: Launch = { child, client, started: Promise.resolve(0), startedAt: undefined, ended: false };
    child.onExit((code) => this.ended(launch, `the hub process exited (code ${code})`));
    launch.started = client.call('start', { ...this.options.startOptions, port: this.port }).then(
      ({ port }) => this.started(launch, port),
      (error: unknown) => {
        this.ended(launch, `the hub did not start: ${describe(error)}`);
        child.kill();
        throw error;
      },
    );
    return launch;
  }

  private started(launch: Launch, port: number): number {
    launch.startedAt = Date.now();
    // Stopped while it was starting: stop() ends it, and nothing should keep it running.
    if (this.current !== launch) return port;
    this.keepRunning = true;
    if (this.port !== 0 && port !== this.port) this.options.log.warn(`the hub wanted port ${this.port}, which is taken; it listens on ${port}`);
    this.port = port;
    this.options.log.info(`the hub process is running on port ${port}`);
    this.options.onStarted?.(port);
    return port;
  }

  private ended(launch: Launch, reason: string): void {
    if (launch.ended) return;
    launch.ended = true;
    launch.client.failAll(new Error(reason));
    launch.client.dispose();
    // Stopped on purpose, or replaced already: nothing to restart.
    if (this.current !== launch) return;
    this.current = undefined;
    if (!this.keepRunning) return;
    const ranForMs = launch.startedAt === undefined ? 0 : Date.now() - launch.startedAt;
    this.crashesInARow = ranForMs >= (this.options.healthyAfterMs ?? 60_000) ? 1 : this.crashesInARow + 1;
    const delayMs = (this.options.restartDelayMs ?? restartDelayMs)(this.crashesInARow);
    this.options.log.warn(`${reason}; restarting it in ${delayMs} ms (crash ${this.crashesInARow} in a row)`);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      // A hub that fails to start ends its launch like a crash, which schedules the next attempt;
      // a process that cannot be created at all waits for the next request.
      this.ensureStarted().catch((error: unknown) => this.options.log.error(`the hub did not restart: ${describe(error)}`));
    }, delayMs);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
