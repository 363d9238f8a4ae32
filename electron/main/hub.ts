import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { app, utilityProcess } from 'electron';
import type { HubOpened, HubStatus } from '../../shared/ipc/contract';
import { lanAddresses } from '../hub/lanAddresses';
import { defaultPort } from '../hub/options';
import { hubProcessEntryPath } from '../hubProcess/location';
import { emitterEndpoint } from '../rpc/endpoint';
import { advertiseHub, stopAdvertising } from './discovery';
import type { HubChild } from './hubSupervisor';
import { createHubSession, type HubSession } from './hubSession';
import { wifiNames, type RunCommand } from './wifiNames';

// The system's network tools answer in well under a second; one that hangs must not hold up
// opening the room, so it is cut off and the addresses go out without Wi-Fi names.
const runCommand: RunCommand = (command, args) =>
  new Promise((resolve, reject) => execFile(command, [...args], { timeout: 2000, windowsHide: true }, (error, stdout) => (error ? reject(error) : resolve(stdout))));

/**
 * The desktop app's hub: hubSession.ts (tested without Electron) bound to Electron's utility
 * process, so that a fault in the hub ends that process and not the facilitator's windows.
 */
let session: HubSession | undefined;

function forkHubProcess(): HubChild {
  // The entry is built beside this bundle, in out/main/ (see electron.vite.config.ts).
  const child = utilityProcess.fork(hubProcessEntryPath(import.meta.dirname), [], { serviceName: 'Baraza hub', stdio: 'inherit' });
  return {
    endpoint: emitterEndpoint(child),
    onExit: (listener) => child.once('exit', listener),
    kill: () => child.kill(),
  };
}

// Made on first use: the profile's folder is known once the app has started.
function hubSession(): HubSession {
  session ??= createHubSession({
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
    // The hub listens on every interface; phones get every address but loopback.
    joinAddresses: () => lanAddresses(),
    wifiNames: (interfaces) => wifiNames(process.platform, runCommand, interfaces),
    advertise: advertiseHub,
    stopAdvertising,
  });
  return session;
}

export const openRoom = (workshopId: string): Promise<HubOpened> => hubSession().openRoom(workshopId);
export const resumeRoom = (workshopId: string): Promise<HubOpened & { open: boolean }> => hubSession().resumeRoom(workshopId);
export const closeRoom = (workshopId: string): Promise<void> => (session ? session.closeRoom(workshopId) : Promise.resolve());
export const forgetRoom = (workshopId: string): Promise<void> => hubSession().forgetRoom(workshopId);
export const hubStatus = (): Promise<HubStatus> => hubSession().status();

export async function stopHub(): Promise<void> {
  if (session) await session.stop();
  else stopAdvertising();
}
