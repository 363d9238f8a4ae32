import { app, BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { allowedRoutePattern, idPattern, type IpcChannel, type IpcContract } from '../../shared/ipc/contract';
import { printToPdf, saveWithDialog } from './exportFile';
import { isPrintRequest, isSaveRequest } from './saveRequest';
import { closeRoom, forgetRoom, hubStatus, openRoom, resumeRoom } from './hub';
import { discoverHubs } from './discovery';
import { isTrustedUrl } from './security';
import { openWindow } from './windows';

type Handler<K extends IpcChannel> = (this: IpcMainInvokeEvent, ...args: IpcContract[K]['args']) => IpcContract[K]['result'] | Promise<IpcContract[K]['result']>;
type Validator<K extends IpcChannel> = (args: unknown[]) => args is IpcContract[K]['args'];

/** Registers one channel: the sender must be the app's own page, and the arguments must validate. */
function handle<K extends IpcChannel>(channel: K, validate: Validator<K>, handler: Handler<K>): void {
  ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    const senderUrl = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(senderUrl)) throw new Error(`Refused ${channel} from an untrusted page.`);
    if (!validate(args)) throw new Error(`Refused ${channel}: invalid arguments.`);
    return handler.apply(event, args);
  });
}

const workshopRequest = (args: unknown[]): args is [{ workshopId: string }] => {
  if (args.length !== 1 || typeof args[0] !== 'object' || args[0] === null) return false;
  const request = args[0] as Record<string, unknown>;
  return Object.keys(request).length === 1 && typeof request.workshopId === 'string' && idPattern.test(request.workshopId);
};
const noArgs = (args: unknown[]): args is [] => args.length === 0;
const oneString = (pattern: RegExp) => (args: unknown[]): args is [string] =>
  args.length === 1 && typeof args[0] === 'string' && pattern.test(args[0]);

export function registerIpcHandlers(): void {
  handle('app/info', noArgs, () => ({ version: app.getVersion(), platform: process.platform }));
  handle('window/open', oneString(allowedRoutePattern), (route) => {
    openWindow(route);
  });
  handle('window/openProjector', oneString(idPattern), (workshopId) => {
    openWindow(`#/w/${workshopId}/projector`, { width: 1280, height: 720 });
  });
  // The dialogs are modal to the window that asked, so they cannot be lost behind it.
  handle('file/save', isSaveRequest, function (name, bytes) {
    return saveWithDialog(BrowserWindow.fromWebContents(this.sender), name, bytes);
  });
  handle('pdf/print', isPrintRequest, async function (html, name) {
    return saveWithDialog(BrowserWindow.fromWebContents(this.sender), name, await printToPdf(html));
  });
  handle('hub/open', workshopRequest, ({ workshopId }) => openRoom(workshopId));
  handle('hub/close', workshopRequest, ({ workshopId }) => closeRoom(workshopId));
  handle('hub/resume', workshopRequest, ({ workshopId }) => resumeRoom(workshopId));
  handle('hub/status', noArgs, () => hubStatus());
  handle('hub/forget', workshopRequest, ({ workshopId }) => forgetRoom(workshopId));
  handle('hub/discover', noArgs, () => discoverHubs());
}
