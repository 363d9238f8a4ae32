/**
 * The IPC contract's handlers, apart from Electron: what each channel does, and the checks every
 * request passes first (the sender is the app's own page; the arguments validate). ipc.ts binds
 * them to `ipcMain` and the real services; tests bind them to fakes.
 */
import type { DiscoveredHub, HubOpened, HubStatus, IpcChannel, IpcContract, SaveResult } from '../../shared/ipc/contract';
import { validIpcArgs } from '../../shared/ipc/requests';

/** What a handler learns of the request: the page that sent it, and a handle on its window. */
export type IpcRequestEvent = { senderFrame?: { url: string } | null; sender: unknown };

/** `ipcMain`, as far as registration goes. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcRequestEvent, ...args: unknown[]) => unknown): void;
}

/** Everything the handlers call; `sender` is the event's sender, to make dialogs modal to it. */
export interface MainServices {
  isTrustedUrl(url: string): boolean;
  appInfo(): { version: string; platform: string };
  openWindow(route: string, size?: { width: number; height: number }): void;
  saveFile(sender: unknown, name: string, bytes: Uint8Array): Promise<SaveResult>;
  printToPdf(html: string): Promise<Uint8Array>;
  hub: {
    open(workshopId: string): Promise<HubOpened>;
    close(workshopId: string): Promise<void>;
    resume(workshopId: string): Promise<HubOpened & { open: boolean }>;
    status(): Promise<HubStatus>;
    forget(workshopId: string): Promise<void>;
  };
  discover(): Promise<DiscoveredHub[]>;
}

type Handler<K extends IpcChannel> = (event: IpcRequestEvent, ...args: IpcContract[K]['args']) => IpcContract[K]['result'] | Promise<IpcContract[K]['result']>;
/** Every channel of the contract, each registered once, each refusing what it must. */
export function registerIpcRoutes(ipc: IpcRegistrar, services: MainServices): void {
  // The sender must be the app's own page, and the arguments must validate against the channel's
  // schema (shared/ipc/requests.ts), before anything runs.
  function handle<K extends IpcChannel>(channel: K, handler: Handler<K>): void {
    ipc.handle(channel, (event, ...args) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!services.isTrustedUrl(senderUrl)) throw new Error(`Refused ${channel} from an untrusted page.`);
      if (!validIpcArgs(channel, args)) throw new Error(`Refused ${channel}: invalid arguments.`);
      return handler(event, ...args);
    });
  }

  handle('app/info', () => services.appInfo());
  handle('window/open', (_event, route) => services.openWindow(route));
  handle('window/openProjector', (_event, workshopId) => services.openWindow(`#/w/${workshopId}/projector`, { width: 1280, height: 720 }));
  // The dialogs are modal to the window that asked, so they cannot be lost behind it.
  handle('file/save', (event, name, bytes) => services.saveFile(event.sender, name, bytes));
  handle('pdf/print', async (event, html, name) => services.saveFile(event.sender, name, await services.printToPdf(html)));
  handle('hub/open', (_event, { workshopId }) => services.hub.open(workshopId));
  handle('hub/close', (_event, { workshopId }) => services.hub.close(workshopId));
  handle('hub/resume', (_event, { workshopId }) => services.hub.resume(workshopId));
  handle('hub/status', () => services.hub.status());
  handle('hub/forget', (_event, { workshopId }) => services.hub.forget(workshopId));
  handle('hub/discover', () => services.discover());
}
