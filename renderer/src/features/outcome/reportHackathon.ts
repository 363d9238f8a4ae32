import type * as Y from 'yjs';
import { hackathonData, hasHackathonData } from '@shared/hackathon/reportData';
import { readWorkshop } from '@shared/workshop/doc';

/**
 * A hackathon's challenges, teams and results for the report's own section, in every format;
 * undefined outside hackathons, so a forum's report is not given an empty section.
 */
export function reportHackathon(doc: Y.Doc): ReturnType<typeof hackathonData> | undefined {
  const format = readWorkshop(doc).meta?.format;
  if (format !== 'hackathon1' && format !== 'hackathon2') return undefined;
  const data = hackathonData(doc);
  return hasHackathonData(data) ? data : undefined;
}

