import { join } from 'node:path';
import { app } from 'electron';
import type { HubOpened, HubStatus } from '../../shared/ipc/contract';
import { createHub, defaultPort, lanAddresses, type Hub } from '../hub';
import { advertiseHub, stopAdvertising } from './discovery';

/**
 * The one in-process hub of the desktop app, started the first time a workshop is opened to
 * participants and kept until the app quits, so that participants' reconnects find it again.
 */
let hub: Promise<Hub> | undefined;

function startHub(): Promise<Hub> {
  hub ??= createHub({
    dataDir: join(app.getPath('userData'), 'hub'),
    port: defaultPort,
    // The renderer the desktop app itself loads over app://, served to participants' browsers.
    webDir: join(import.meta.dirname, '../renderer'),
  }).then(
    (started) => {
      advertiseHub(started.port);
      return started;
    },
    (error: unknown) => {
      hub = undefined;
      throw error;
    },
  );
  return hub;
}

export async function openRoom(workshopId: string): Promise<HubOpened> {
  const running = await startHub();
  const access = running.openRoom(workshopId);
  return { port: running.port, addresses: lanAddresses(), room: access.room, secret: access.secret, facilitatorSecret: access.facilitatorSecret, code: access.code };
}

export async function closeRoom(workshopId: string): Promise<void> {
  if (!hub) return;
  (await hub).closeRoom(workshopId);
}

export async function hubStatus(): Promise<HubStatus> {
  if (!hub) return { running: false, addresses: lanAddresses(), syncConnections: 0 };
  const running = await hub;
  return { running: true, port: running.port, addresses: lanAddresses(), syncConnections: running.stats().syncConnections };
}

export async function stopHub(): Promise<void> {
  stopAdvertising();
  if (hub) await (await hub).close();
  hub = undefined;
}
