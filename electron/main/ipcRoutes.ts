/**
 * The IPC contract's handlers, apart from Electron: what each channel does, and the checks every
 * request passes first (the sender is the app's own page; the arguments validate). ipc.ts binds
 * them to `ipcMain` and the real services; tests bind them to fakes.
 */
import { allowedRoutePattern, idPattern, type HubOpened, type HubStatus, type DiscoveredHub, type IpcChannel, type IpcContract, type SaveResult } from '../../shared/ipc/contract';
import { isPrintRequest, isSaveRequest } from './saveRequest';

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
type Validator<K extends IpcChannel> = (args: unknown[]) => args is IpcContract[K]['args'];

const workshopRequest = (args: unknown[]): args is [{ workshopId: string }] => {
  if (args.length !== 1 || typeof args[0] !== 'object' || args[0] === null) return false;
  const request = args[0] as Record<string, unknown>;
  return Object.keys(request).length === 1 && typeof request.workshopId === 'string' && idPattern.test(request.workshopId);
};
const noArgs = (args: unknown[]): args is [] => args.length === 0;
const oneString =
  (pattern: RegExp) =>
  (args: unknown[]): args is [string] =>
    args.length === 1 && typeof args[0] === 'string' && pattern.test(args[0]);

/** Every channel of the contract, each registered once, each refusing what it must. */
export function registerIpcRoutes(ipc: IpcRegistrar, services: MainServices): void {
  // The sender must be the app's own page, and the arguments must validate, before anything runs.
  function handle<K extends IpcChannel>(channel: K, validate: Validator<K>, handler: Handler<K>): void {
    ipc.handle(channel, (event, ...args) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!services.isTrustedUrl(senderUrl)) throw new Error(`Refused ${channel} from an untrusted page.`);
      if (!validate(args)) throw new Error(`Refused ${channel}: invalid arguments.`);
      return handler(event, ...args);
    });
  }

  handle('app/info', noArgs, () => services.appInfo());
  handle('window/open', oneString(allowedRoutePattern), (_event, route) => services.openWindow(route));
  handle('window/openProjector', oneString(idPattern), (_event, workshopId) => services.openWindow(`#/w/${workshopId}/projector`, { width: 1280, height: 720 }));
  // The dialogs are modal to the window that asked, so they cannot be lost behind it.
  handle('file/save', isSaveRequest, (event, name, bytes) => services.saveFile(event.sender, name, bytes));
  handle('pdf/print', isPrintRequest, async (event, html, name) => services.saveFile(event.sender, name, await services.printToPdf(html)));
  handle('hub/open', workshopRequest, (_event, { workshopId }) => services.hub.open(workshopId));
  handle('hub/close', workshopRequest, (_event, { workshopId }) => services.hub.close(workshopId));
  handle('hub/resume', workshopRequest, (_event, { workshopId }) => services.hub.resume(workshopId));
  handle('hub/status', noArgs, () => services.hub.status());
  handle('hub/forget', workshopRequest, (_event, { workshopId }) => services.hub.forget(workshopId));
  handle('hub/discover', noArgs, () => services.discover());
}
