import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { initWorkshop, readWorkshop, summarize, type NewWorkshop } from '../../../shared/workshop/doc';

/**
 * Writes workshops straight into the app's IndexedDB, in the layout Dexie and y-dexie use, so a
 * benchmark can start from hundreds of stored workshops without clicking through the UI. The
 * page must have opened the app once, so that the database exists.
 */
export async function seedWorkshops(page: Page, workshops: readonly NewWorkshop[]): Promise<void> {
  await seedDocs(
    page,
    workshops.map((workshop) => {
      const doc = new Y.Doc();
      initWorkshop(doc, workshop);
      return { id: workshop.id, createdAt: workshop.createdAt, doc };
    }),
  );
}

/** Stores documents built in Node (with whatever activity data a benchmark put in them). */
export async function seedDocs(page: Page, docs: readonly { id: string; createdAt: number; doc: Y.Doc }[]): Promise<void> {
  const rows = docs.map(({ id, createdAt, doc }) => ({
    row: { id, createdAt, updatedAt: createdAt, ...summarize(readWorkshop(doc)) },
    update: [...Y.encodeStateAsUpdateV2(doc)],
  }));
  await page.evaluate(async (seed) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('baraza');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction(['workshops', '$workshops.doc_updates'], 'readwrite');
    for (const { row, update } of seed) {
      transaction.objectStore('workshops').put(row);
      transaction.objectStore('$workshops.doc_updates').add({ k: row.id, u: new Uint8Array(update) });
    }
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, rows);
}
