/**
 * The one typed contract between the renderer and the main process. Channel names read
 * `feature/verb`; each entry gives the argument tuple and the result. The preload exposes one
 * named function per entry and the main process validates every argument before acting.
 */
export type IpcContract = {
  'app/info': { args: []; result: AppInfo };
  'window/open': { args: [route: string]; result: void };
  'window/openProjector': { args: [workshopId: string]; result: void };
  /** Shows a save dialog for a file the renderer made; the renderer names it but never picks the folder. */
  'file/save': { args: [suggestedName: string, bytes: Uint8Array]; result: SaveResult };
  /** Prints a self-contained HTML page to an A4 PDF, then offers to save it. */
  'pdf/print': { args: [html: string, suggestedName: string]; result: SaveResult };
  /** Starts the hub (in its own process) if needed and opens the workshop's room to participants. */
  'hub/open': { args: [request: { workshopId: string }]; result: HubOpened };
  /** Stops new joins to the workshop's room; connected people stay. */
  'hub/close': { args: [request: { workshopId: string }]; result: void };
  /** Starts the hub if needed and returns the room as the hub keeps it, without opening it to
   *  new joins (after a restart a room stays closed until the facilitator reopens it). */
  'hub/resume': { args: [request: { workshopId: string }]; result: HubOpened & { open: boolean } };
  'hub/status': { args: []; result: HubStatus };
  /** Deletes the workshop's room from the hub: its document, log, secrets and identities. */
  'hub/forget': { args: [request: { workshopId: string }]; result: void };
  /** Baraza hubs announced on the LAN (DNS-SD `_baraza._tcp`), found within a few seconds. */
  'hub/discover': { args: []; result: DiscoveredHub[] };
};

/** `saved` is false when the person closed the dialog without saving. */
export type SaveResult = { saved: boolean };

export type HubOpened = {
  port: number;
  /** The addresses phones can reach the hub at, best first, for the join links: never loopback
   *  (a link on it works only on the facilitator's own laptop). Empty when there is no network. */
  addresses: string[];
  /** The interface of each address (`interfaces[i]` for `addresses[i]`), to tell them apart. */
  interfaces: string[];
  room: string;
  secret: string;
  facilitatorSecret: string;
  code: string;
};

export type HubStatus = { running: boolean; port?: number; addresses: string[]; syncConnections: number };

export type DiscoveredHub = { name: string; host: string; port: number; addresses: string[] };

export type IpcChannel = keyof IpcContract;

type AppInfo = {
  version: string;
  platform: string;
};

/** What the preload exposes as `window.baraza`: one async function per channel. */
export type BarazaApi = {
  [K in IpcChannel as ChannelToMethod<K>]: (...args: IpcContract[K]['args']) => Promise<IpcContract[K]['result']>;
};

type ChannelToMethod<K extends string> = K extends `${infer Feature}/${infer Verb}` ? `${Feature}${Capitalize<Verb>}` : never;

export const ipcChannels = [
  'app/info',
  'window/open',
  'window/openProjector',
  'file/save',
  'pdf/print',
  'hub/open',
  'hub/close',
  'hub/resume',
  'hub/status',
  'hub/forget',
  'hub/discover',
] as const satisfies readonly IpcChannel[];

/** Routes the renderer may ask the main process to open in a new window. */
export const allowedRoutePattern = /^#\/[A-Za-z0-9/_-]{0,200}$/;

/** Ids are random tokens; anything else crossing the IPC boundary is refused. */
export const idPattern = /^[A-Za-z0-9_-]{6,64}$/;

/**
 * A suggested file name: letters and digits of any script, dots, hyphens and underscores, and
 * one of the only kinds of file the renderer may ask the main process to write. No separators,
 * so it can never name a folder or climb out of one.
 */
export const saveNamePattern = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,150}\.(docx|pdf|md|html|csv|json)$/u;

/** Larger than any real report or dataset; a cap so a bug cannot fill the disk. */
export const maxSaveBytes = 256 * 1024 * 1024;
export const maxPrintHtmlChars = 32 * 1024 * 1024;
