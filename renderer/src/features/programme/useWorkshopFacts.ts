import { useEffect, useState } from 'react';
import type { WorkshopFacts } from '@shared/programme/workshopFacts';
import { readWorkshopFacts } from '../../persistence/programmes';

/**
 * Attendance and status of the listed workshops, read from their documents one at a time (each
 * read opens a document). `stamp` changes when any listed workshop changes, to read them again.
 */
export function useWorkshopFacts(ids: readonly string[], stamp: string): ReadonlyMap<string, WorkshopFacts> {
  const [facts, setFacts] = useState<ReadonlyMap<string, WorkshopFacts>>(new Map());
  const key = ids.join(',');
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const read = new Map<string, WorkshopFacts>();
      for (const id of key === '' ? [] : key.split(',')) {
        const found = await readWorkshopFacts(id).catch(() => undefined);
        if (cancelled) return;
        if (found) read.set(id, found);
      }
      setFacts(read);
    })();
    return () => {
      cancelled = true;
    };
  }, [key, stamp]);
  return facts;
}
