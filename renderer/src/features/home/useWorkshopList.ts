import { useEffect, useState } from 'react';
import { watchWorkshops, type WorkshopListItem } from '../../persistence/workshops';

export type WorkshopList = { status: 'loading' } | { status: 'ready'; rows: WorkshopListItem[] } | { status: 'error'; message: string };

/** The workshops on this device, live: another window's changes show up here too. */
export function useWorkshopList(): WorkshopList {
  const [list, setList] = useState<WorkshopList>({ status: 'loading' });
  useEffect(
    () =>
      watchWorkshops(
        (rows) => setList({ status: 'ready', rows }),
        (error) => setList({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      ),
    [],
  );
  return list;
}
