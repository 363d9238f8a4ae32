import type * as Y from 'yjs';
import { attendanceCounts, readParticipants } from '@shared/attendance/register';
import { watched } from '../activities/watchedRoots';
import { useDocValue } from '../activities/useDocValue';

/** The register and its counts, kept current with the document. */
export function useRegister(doc: Y.Doc) {
  return useDocValue(doc, watched.register, (current) => {
    const { participants } = readParticipants(current);
    return { participants, counts: attendanceCounts(participants) };
  });
}
