import { readParticipants } from '@shared/attendance/register';
import type { WorkshopRegister } from '@shared/coalition/list';
import { readCoalitionSettings } from '@shared/coalition/settings';
import { openWorkshop } from '../../persistence/workshops';

/**
 * The registers of a programme's workshops, read from their stored documents one at a time
 * (each read opens a document and lets it go). A workshop that cannot be opened is left out.
 */
export async function readRegisters(workshops: readonly { id: string; title: string }[]): Promise<WorkshopRegister[]> {
  const registers: WorkshopRegister[] = [];
  for (const workshop of workshops) {
    const opened = await openWorkshop(workshop.id).catch(() => undefined);
    if (!opened) continue;
    try {
      registers.push({ workshopId: workshop.id, workshopTitle: workshop.title, participants: readParticipants(opened.doc).participants, settings: readCoalitionSettings(opened.doc) });
    } finally {
      opened.release();
    }
  }
  return registers;
}
