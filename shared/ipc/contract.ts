/**
 * The one typed contract between the renderer and the main process. Channel names read
 * `feature/verb`; each entry gives the argument tuple and the result. The preload exposes one
 * named function per entry and the main process validates every argument before acting.
 */
export type IpcContract = {
  'app/info': { args: []; result: AppInfo };
  'window/open': { args: [route: string]; result: void };
  'window/openProjector': { args: [workshopId: string]; result: void };
};

export type IpcChannel = keyof IpcContract;

export type AppInfo = {
  version: string;
  platform: string;
};

/** What the preload exposes as `window.baraza`: one async function per channel. */
export type BarazaApi = {
  [K in IpcChannel as ChannelToMethod<K>]: (...args: IpcContract[K]['args']) => Promise<IpcContract[K]['result']>;
};

type ChannelToMethod<K extends string> = K extends `${infer Feature}/${infer Verb}` ? `${Feature}${Capitalize<Verb>}` : never;

export const ipcChannels = ['app/info', 'window/open', 'window/openProjector'] as const satisfies readonly IpcChannel[];

/** Routes the renderer may ask the main process to open in a new window. */
export const allowedRoutePattern = /^#\/[A-Za-z0-9/_-]{0,200}$/;

/** Ids are random tokens; anything else crossing the IPC boundary is refused. */
export const idPattern = /^[A-Za-z0-9_-]{6,64}$/;
