import { join } from 'node:path';
import { app, utilityProcess } from 'electron';
import type { HubOpened, HubStatus } from '../../shared/ipc/contract';
import { lanAddresses } from '../hub/joinLink';
import { defaultPort } from '../hub/options';
import { hubProcessEntryPath } from '../hubProcess/location';
import { emitterEndpoint } from '../rpc/endpoint';
import { advertiseHub, stopAdvertising } from './discovery';
import { HubSupervisor, type HubChild } from './hubSupervisor';

/**
 * The desktop app's hub. It runs in a utility process of its own, so that a fault in it ends
 * that process and not the facilitator's windows; hubSupervisor.ts restarts it. It starts the
 * first time a workshop is opened to participants and runs until the app quits, so that
 * participants' reconnects find it again.
 */
let supervisor: HubSupervisor | undefined;
/**
 * Rooms this session opened to new joins. A hub keeps its rooms closed after it restarts; when
 * it is the supervisor restarting a crashed hub (not the facilitator starting the app), the
 * rooms the facilitator had open are opened again, so a crash does not lock new people out.
 */
const openThisSession = new Set<string>();
let restarts = 0;

/** Where phones reach the desktop's hub, which listens on every interface; read each time, as
 *  the laptop may join the venue's Wi-Fi after the hub started. */
function joinAddresses(): Pick<HubOpened, 'addresses' | 'interfaces'> {
  const listed = lanAddresses();
  return { addresses: listed.map((entry) => entry.address), interfaces: listed.map((entry) => entry.interface) };
}

function forkHubProcess(): HubChild {
  // The entry is built beside this bundle, in out/main/ (see electron.vite.config.ts).
  const child = utilityProcess.fork(hubProcessEntryPath(import.meta.dirname), [], { serviceName: 'Baraza hub', stdio: 'inherit' });
  return {
    endpoint: emitterEndpoint(child),
    onExit: (listener) => child.once('exit', listener),
    kill: () => child.kill(),
  };
}

function hubSupervisor(): HubSupervisor {
  supervisor ??= new HubSupervisor({
    spawn: forkHubProcess,
    startOptions: {
      dataDir: join(app.getPath('userData'), 'hub'),
      port: defaultPort,
      // The renderer the desktop app itself loads over app://, served to participants' browsers.
      webDir: join(import.meta.dirname, '../renderer'),
    },
    log: {
      info: (message) => console.log(`[hub] ${message}`),
      warn: (message) => console.warn(`[hub] ${message}`),
      error: (message) => console.error(`[hub] ${message}`),
    },
    onStarted: (port) => {
      advertiseHub(port);
      if (restarts++ === 0) return;
      for (const room of openThisSession) void hubSupervisor().call('openRoom', room).catch(() => undefined);
    },
  });
  return supervisor;
}

export async function openRoom(workshopId: string): Promise<HubOpened> {
  const port = await hubSupervisor().ensureStarted();
  const access = await hubSupervisor().call('openRoom', workshopId);
  openThisSession.add(workshopId);
  return { port, ...joinAddresses(), room: access.room, secret: access.secret, facilitatorSecret: access.facilitatorSecret, code: access.code };
}

/** The room as the hub keeps it, starting the hub if needed but opening nothing to new joins. */
export async function resumeRoom(workshopId: string): Promise<HubOpened & { open: boolean }> {
  const port = await hubSupervisor().ensureStarted();
  // A room the hub does not know (its data folder was emptied) is opened afresh, with new secrets.
  const access = (await hubSupervisor().call('room', workshopId)) ?? (await hubSupervisor().call('openRoom', workshopId));
  return { port, ...joinAddresses(), room: access.room, secret: access.secret, facilitatorSecret: access.facilitatorSecret, code: access.code, open: access.open };
}

export async function closeRoom(workshopId: string): Promise<void> {
  // A hub never asked for has no room open; one between a crash and its restart is brought up now.
  openThisSession.delete(workshopId);
  if (!supervisor?.inUse) return;
  await supervisor.call('closeRoom', workshopId);
}

/** Deletes the room from the hub for good, starting the hub if needed (a deleted workshop's
 *  data must not stay on this laptop's disk because the hub happened not to be running). */
export async function forgetRoom(workshopId: string): Promise<void> {
  openThisSession.delete(workshopId);
  await hubSupervisor().call('forgetRoom', workshopId);
}

export async function hubStatus(): Promise<HubStatus> {
  const notRunning: HubStatus = { running: false, addresses: joinAddresses().addresses, syncConnections: 0 };
  if (!supervisor?.running) return notRunning;
  try {
    const status = await supervisor.call('status');
    return { running: true, port: status.port, addresses: joinAddresses().addresses, syncConnections: status.syncConnections };
  } catch {
    // It ended between the check and the answer; the supervisor is already restarting it.
    return notRunning;
  }
}

export async function stopHub(): Promise<void> {
  stopAdvertising();
  await supervisor?.stop();
}
