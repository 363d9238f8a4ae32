import { describe, expect, it } from 'vitest';
import type { IpcRequestEvent, MainServices } from '../../../electron/main/ipcRoutes';
import { registerIpcRoutes } from '../../../electron/main/ipcRoutes';
import { ipcChannels } from '../../../shared/ipc/contract';

type Listener = (event: IpcRequestEvent, ...args: unknown[]) => unknown;

/** The routes bound to a fake ipcMain and fake services that record what they were asked. */
function mainProcess() {
  const listeners = new Map<string, Listener>();
  const calls: Array<[string, ...unknown[]]> = [];
  const record =
    <T>(name: string, result: T) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return result;
    };
  const opened = { port: 4455, addresses: ['192.168.1.20'], interfaces: ['wlan0'], room: 'workshop1', secret: 's', facilitatorSecret: 'f', code: 'ABCD-EFGH' };
  const services: MainServices = {
    isTrustedUrl: (url) => url.startsWith('app://baraza/'),
    appInfo: () => ({ version: '1.2.3', platform: 'linux' }),
    openWindow: record('openWindow', undefined),
    saveFile: record('saveFile', Promise.resolve({ saved: true })),
    printToPdf: record('printToPdf', Promise.resolve(new Uint8Array([37, 80, 68, 70]))),
    hub: {
      open: record('hub.open', Promise.resolve(opened)),
      close: record('hub.close', Promise.resolve()),
      resume: record('hub.resume', Promise.resolve({ ...opened, open: false })),
      status: record('hub.status', Promise.resolve({ running: false, addresses: [], syncConnections: 0 })),
      forget: record('hub.forget', Promise.resolve()),
    },
    discover: record('discover', Promise.resolve([])),
  };
  registerIpcRoutes(
    {
      handle: (channel, listener) => {
        expect(listeners.has(channel), `${channel} registered twice`).toBe(false);
        listeners.set(channel, listener);
      },
    },
    services,
  );
  const window = { id: 'the asking window' };
  const invoke = async (channel: string, args: unknown[], from = 'app://baraza/index.html') => listeners.get(channel)!({ senderFrame: { url: from }, sender: window }, ...args);
  return { listeners, calls, invoke, window };
}

describe('the main process’s IPC routes', () => {
  it('register every channel of the contract, and no other', () => {
    const { listeners } = mainProcess();
    expect([...listeners.keys()].sort()).toEqual([...ipcChannels].sort());
  });

  it('refuse every channel to a page that is not the app’s own, before doing anything', async () => {
    const { listeners, calls, invoke } = mainProcess();
    for (const channel of listeners.keys()) {
      await expect(invoke(channel, [], 'https://evil.example/')).rejects.toThrow(/untrusted page/);
      await expect(invoke(channel, [{ workshopId: 'workshop1' }], '')).rejects.toThrow(/untrusted page/);
    }
    expect(calls).toEqual([]);
  });

  it('refuse malformed arguments: extra keys, bad ids, routes outside the app, oversized saves', async () => {
    const { invoke, calls } = mainProcess();
    await expect(invoke('hub/open', [{ workshopId: 'workshop1', extra: true }])).rejects.toThrow(/invalid arguments/);
    await expect(invoke('hub/open', [{ workshopId: '../etc' }])).rejects.toThrow(/invalid arguments/);
    await expect(invoke('hub/status', ['unexpected'])).rejects.toThrow(/invalid arguments/);
    await expect(invoke('window/open', ['https://evil.example/'])).rejects.toThrow(/invalid arguments/);
    await expect(invoke('file/save', ['../../.bashrc', new Uint8Array(1)])).rejects.toThrow(/invalid arguments/);
    await expect(invoke('pdf/print', ['<p>x</p>', 'report.docx'])).rejects.toThrow(/invalid arguments/);
    expect(calls).toEqual([]);
  });

  it('pass valid requests on: the projector opens at its size, saves are modal to the window that asked', async () => {
    const { invoke, calls, window } = mainProcess();
    await invoke('window/openProjector', ['workshop1']);
    expect(calls.pop()).toEqual(['openWindow', '#/w/workshop1/projector', { width: 1280, height: 720 }]);
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(invoke('file/save', ['outcome.docx', bytes])).resolves.toEqual({ saved: true });
    expect(calls.pop()).toEqual(['saveFile', window, 'outcome.docx', bytes]);
    await invoke('pdf/print', ['<p>report</p>', 'outcome.pdf']);
    expect(calls.slice(-2)).toEqual([
      ['printToPdf', '<p>report</p>'],
      ['saveFile', window, 'outcome.pdf', new Uint8Array([37, 80, 68, 70])],
    ]);
    await expect(invoke('hub/open', [{ workshopId: 'workshop1' }])).resolves.toMatchObject({ addresses: ['192.168.1.20'] });
    await expect(invoke('app/info', [])).resolves.toEqual({ version: '1.2.3', platform: 'linux' });
  });
});
