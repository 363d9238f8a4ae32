import { z } from 'zod';
import { allowedRoutePattern, idPattern, maxPrintHtmlChars, maxSaveBytes, saveNamePattern, type IpcChannel, type IpcContract } from './contract';

/**
 * What the main process accepts as each channel's arguments, as schemas beside the contract's
 * types (which they must satisfy). Strict: an extra argument or an extra key is refused, so the
 * page cannot pass anything a handler would not expect. Kept out of contract.ts, which the
 * preload and the renderer read for its types alone.
 */
const workshopId = z.string().regex(idPattern);
const workshopRequest = z.tuple([z.strictObject({ workshopId })]);
const none = z.tuple([]);
const fileName = z.string().regex(saveNamePattern);
const bytes = z.instanceof(Uint8Array).refine((value) => value.byteLength <= maxSaveBytes, 'too large');

type RequestSchemas = { [K in IpcChannel]: z.ZodType<IpcContract[K]['args']> };

export const ipcRequests = {
  'app/info': none,
  'window/open': z.tuple([z.string().regex(allowedRoutePattern)]),
  'window/openProjector': z.tuple([workshopId]),
  'file/save': z.tuple([fileName, bytes]),
  'pdf/print': z.tuple([z.string().max(maxPrintHtmlChars), fileName.refine((name) => name.endsWith('.pdf'), 'a PDF name')]),
  'hub/open': workshopRequest,
  'hub/close': workshopRequest,
  'hub/resume': workshopRequest,
  'hub/status': none,
  'hub/forget': workshopRequest,
  'hub/discover': none,
} satisfies RequestSchemas;

/** Whether `args` are what `channel` accepts. */
export function validIpcArgs<K extends IpcChannel>(channel: K, args: unknown[]): args is IpcContract[K]['args'] {
  return (ipcRequests[channel] as z.ZodType).safeParse(args).success;
}
