import type { EarlierWorkshop } from '@shared/commitments/open';
import { readWorkshop } from '@shared/workshop/doc';
import { openWorkshop } from '../../persistence/workshops';

/**
 * Opens a programme's workshops (in the order given), hands their documents to `read`, and lets
 * them go again. A workshop that can no longer be opened (deleted, unreadable) is left out
 * rather than stopping the rest.
 */
export async function readProgrammeWorkshops<T>(ids: readonly string[], read: (workshops: EarlierWorkshop[]) => T): Promise<T> {
  const opened: { release: () => void }[] = [];
  const workshops: EarlierWorkshop[] = [];
  try {
    for (const id of ids) {
      const found = await openWorkshop(id).catch(() => undefined);
      if (!found) continue;
      opened.push(found);
      const meta = readWorkshop(found.doc).meta;
      workshops.push({ id, title: meta?.title ?? '', date: meta?.date ?? '', doc: found.doc });
    }
    return read(workshops);
  } finally {
    for (const handle of opened) handle.release();
  }
}
