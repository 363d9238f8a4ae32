import { workshopProgress, type WorkshopProgress } from '@shared/programme/progress';
import { openWorkshop } from './workshops';

/** One stored workshop's progress figures, read from its document and let go again. */
export async function readWorkshopProgress(id: string): Promise<WorkshopProgress | undefined> {
  const opened = await openWorkshop(id);
  if (!opened) return undefined;
  try {
    return workshopProgress(opened.doc);
  } finally {
    opened.release();
  }
}
