/**
 * The desktop app's hub as the IPC handlers see it, apart from Electron: hub.ts passes how to
 * start the hub's utility process; tests pass a Node child or a fake.
 *
 * The hub starts the first time a workshop is opened to participants and runs until the app
 * quits, so that participants' reconnects find it again. A hub keeps its rooms closed after it
 * restarts; when it is the supervisor restarting a crashed hub (not the facilitator starting the
 * app), the rooms opened this session are opened again, so a crash does not lock new people out.
 */
import type { HubOpened, HubStatus } from '../../shared/ipc/contract';
import type { JoinAddress } from '../hub/net/joinAddresses';
import { HubSupervisor, type HubSupervisorOptions } from './hubSupervisor';
import { interfaceLabel } from './wifiNames';

export type HubSessionOptions = Pick<HubSupervisorOptions, 'spawn' | 'startOptions' | 'log' | 'restartDelayMs'> & {
  /** Where phones reach the hub (never loopback); read each time, as networks come and go. */
  joinAddresses(): JoinAddress[];
  /** The Wi-Fi name of each interface, where the system tells it (see wifiNames.ts). */
  wifiNames?(interfaces: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** Announces the hub on the LAN (mDNS), and stops announcing it. */
  advertise(port: number): void;
  stopAdvertising(): void;
};

export interface HubSession {
  openRoom(workshopId: string): Promise<HubOpened>;
  /** The room as the hub keeps it, starting the hub if needed but opening nothing to new joins. */
  resumeRoom(workshopId: string): Promise<HubOpened & { open: boolean }>;
  closeRoom(workshopId: string): Promise<void>;
  /** Deletes the room from the hub for good, starting the hub if needed (a deleted workshop's
   *  data must not stay on this laptop's disk because the hub happened not to be running). */
  forgetRoom(workshopId: string): Promise<void>;
  status(): Promise<HubStatus>;
  stop(): Promise<void>;
}

export function createHubSession(options: HubSessionOptions): HubSession {
  const openThisSession = new Set<string>();
  let starts = 0;
  const supervisor: HubSupervisor = new HubSupervisor({
    spawn: options.spawn,
    startOptions: options.startOptions,
    log: options.log,
    ...(options.restartDelayMs ? { restartDelayMs: options.restartDelayMs } : {}),
    onStarted: (port) => {
      options.advertise(port);
      if (starts++ === 0) return;
      for (const room of openThisSession) void supervisor.call('openRoom', room).catch(() => undefined);
    },
  });
  const addresses = (): Pick<HubOpened, 'addresses'> => ({ addresses: options.joinAddresses().map((entry) => entry.address) });
  // Each address with its interface, and the Wi-Fi name beside it where the system tells it.
  const labelledAddresses = async (): Promise<Pick<HubOpened, 'addresses' | 'interfaces'>> => {
    const listed = options.joinAddresses();
    const wifi = (await options.wifiNames?.(listed.map((entry) => entry.interface)).catch(() => undefined)) ?? new Map<string, string>();
    return { addresses: listed.map((entry) => entry.address), interfaces: listed.map((entry) => interfaceLabel(entry.interface, wifi)) };
  };

  return {
    async openRoom(workshopId) {
      const port = await supervisor.ensureStarted();
      const access = await supervisor.call('openRoom', workshopId);
      openThisSession.add(workshopId);
      return { port, ...(await labelledAddresses()), room: access.room, secret: access.secret, facilitatorSecret: access.facilitatorSecret, code: access.code };
    },
    async resumeRoom(workshopId) {
      const port = await supervisor.ensureStarted();
      // A room the hub does not know (its data folder was emptied) is opened afresh, with new secrets.
      const access = (await supervisor.call('room', workshopId)) ?? (await supervisor.call('openRoom', workshopId));
      return { port, ...(await labelledAddresses()), room: access.room, secret: access.secret, facilitatorSecret: access.facilitatorSecret, code: access.code, open: access.open };
    },
    async closeRoom(workshopId) {
      // A hub never asked for has no room open; one between a crash and its restart is brought up now.
      openThisSession.delete(workshopId);
      if (!supervisor.inUse) return;
      await supervisor.call('closeRoom', workshopId);
    },
    async forgetRoom(workshopId) {
      openThisSession.delete(workshopId);
      await supervisor.call('forgetRoom', workshopId);
    },
    async status() {
      const notRunning: HubStatus = { running: false, addresses: addresses().addresses, syncConnections: 0 };
      if (!supervisor.running) return notRunning;
      try {
        const status = await supervisor.call('status');
        return { running: true, port: status.port, addresses: addresses().addresses, syncConnections: status.syncConnections };
      } catch {
        // It ended between the check and the answer; the supervisor is already restarting it.
        return notRunning;
      }
    },
    async stop() {
      options.stopAdvertising();
      await supervisor.stop();
    },
  };
}
