import { useEffect, useState } from 'react';
import type { WorkshopProgress } from '@shared/programme/progress';
import { programmeSummary, type ProgrammeSummary } from '@shared/programme/summary';
import { readWorkshopProgress } from '../../persistence/programmeProgress';

/**
 * The programme's progress, read from its workshops one at a time (each read opens a document)
 * and summed up; undefined while reading. `stamp` changes when any listed workshop changes.
 */
export function useProgrammeProgress(ids: readonly string[], stamp: string): ProgrammeSummary | undefined {
  const [summary, setSummary] = useState<ProgrammeSummary>();
  const key = ids.join(',');
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const read: WorkshopProgress[] = [];
      for (const id of key === '' ? [] : key.split(',')) {
        const found = await readWorkshopProgress(id).catch(() => undefined);
        if (cancelled) return;
        if (found) read.push(found);
      }
      setSummary(programmeSummary(read));
    })();
    return () => {
      cancelled = true;
    };
  }, [key, stamp]);
  return summary;
}
