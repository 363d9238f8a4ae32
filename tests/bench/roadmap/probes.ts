// Code that runs inside the pages, as source text: the TypeScript loader's helpers do not exist
// there. Each reaches the editor's Y.Doc through the TipTap editor on the editable element.

/** The description editor of a panel, and the Y.Doc it is bound to. */
const editorDoc = (panel: string) => `
  const element = document.querySelector('[data-testid="${panel}"] [data-testid="description-editor"]');
  const doc = element.editor.extensionManager.extensions.find((extension) => extension.name === 'collaboration').options.fragment.doc;`;

/**
 * On the writer's page: for every typed character, when the key went down, when its edit was in
 * the document (the editor, the binding and Yjs done), the next frame after that, and the
 * writer's Yjs clock after it, which tells the other clients' probes when it has reached them.
 * A running frame loop records every frame's start, to count the refreshes the page missed.
 */
export const writerProbe = `(() => {${editorDoc('activity-facilitator')}
  const frames = [];
  const keys = [];
  let pending;
  let running = true;
  const tick = (start) => {
    frames.push(start);
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  element.addEventListener('keydown', (event) => {
    if (event.key.length === 1) pending = { key: event.timeStamp };
  }, true);
  doc.on('afterTransaction', (transaction) => {
    if (!transaction.local || !pending) return;
    const clock = transaction.afterState.get(doc.clientID);
    if (clock === undefined || clock === transaction.beforeState.get(doc.clientID)) return;
    const entry = pending;
    pending = undefined;
    entry.stored = performance.now();
    entry.clock = clock;
    keys.push(entry);
    requestAnimationFrame(() => {
      entry.frame = performance.now();
    });
  });
  window.__writer = { keys, frames, stop: () => { running = false; } };
  return doc.clientID;
})()`;

/** On another laptop's page: when the writer's edits arrived, and when they were painted. */
export const readerProbe = (writer: number) => `(() => {${editorDoc('activity-participant')}
  const arrivals = [];
  let seen = 0;
  doc.on('afterTransaction', (transaction) => {
    if (transaction.local) return;
    const clock = transaction.afterState.get(${writer}) ?? 0;
    if (clock <= seen) return;
    seen = clock;
    const entry = { at: performance.now(), clock };
    arrivals.push(entry);
    requestAnimationFrame(() => { entry.painted = performance.now(); });
  });
  window.__reader = { arrivals };
})()`;

export type KeySample = { key: number; stored: number; frame: number; clock: number };
export type ReaderSample = { at: number; painted: number; clock: number };
