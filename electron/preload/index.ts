import { contextBridge, ipcRenderer } from 'electron';
import type { BarazaApi } from '../../shared/ipc/contract';

// Named functions only: the page never sees ipcRenderer, so it can reach no channel outside
// the contract in shared/ipc/contract.ts.
const api = {
  appInfo: () => ipcRenderer.invoke('app/info'),
  windowOpen: (route: string) => ipcRenderer.invoke('window/open', route),
  windowOpenProjector: (workshopId: string) => ipcRenderer.invoke('window/openProjector', workshopId),
  fileSave: (suggestedName: string, bytes: Uint8Array) => ipcRenderer.invoke('file/save', suggestedName, bytes),
  pdfPrint: (html: string, suggestedName: string) => ipcRenderer.invoke('pdf/print', html, suggestedName),
  hubOpen: (request: { workshopId: string }) => ipcRenderer.invoke('hub/open', request),
  hubClose: (request: { workshopId: string }) => ipcRenderer.invoke('hub/close', request),
  hubResume: (request: { workshopId: string }) => ipcRenderer.invoke('hub/resume', request),
  hubStatus: () => ipcRenderer.invoke('hub/status'),
  hubForget: (request: { workshopId: string }) => ipcRenderer.invoke('hub/forget', request),
  hubDiscover: () => ipcRenderer.invoke('hub/discover'),
} satisfies BarazaApi;

contextBridge.exposeInMainWorld('baraza', api);
