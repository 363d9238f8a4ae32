/**
 * The hub's own process: the Electron main process starts this file with
 * `utilityProcess.fork`, so that a fault in the hub (a crafted message that overflows the stack,
 * say) ends this process and not the facilitator's windows. The main process restarts it.
 *
 * It imports nothing from Electron: the port to the main process is `process.parentPort`, typed
 * here by what is used of it.
 */
import { messageEventEndpoint, type MessageEventEmitter } from '../rpc/endpoint';
import { serveRpc } from '../rpc/server';
import { hubMethodHandlers, type HubMethods } from './methods';

const parentPort = (process as NodeJS.Process & { parentPort?: MessageEventEmitter }).parentPort;
if (!parentPort) {
  console.error('[hub] this file runs in an Electron utility process; for a headless hub use `npm run hub`');
  process.exit(2);
}

serveRpc<HubMethods>(messageEventEndpoint(parentPort), hubMethodHandlers());
