import { useEffect, useState } from 'react';
import type { EarlierWorkshop } from '@shared/commitments/open';
import { readProgrammeWorkshops } from './programmeDocs';

export type ProgrammeRead<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * Reads something across a programme's workshops, again whenever `stamp` changes (a listed
 * workshop was edited). `read` must be a stable function (a module-level one).
 */
export function useProgrammeRead<T>(ids: readonly string[], stamp: string, read: (workshops: EarlierWorkshop[]) => T): ProgrammeRead<T> {
  const [state, setState] = useState<ProgrammeRead<T>>({ status: 'loading' });
  const key = ids.join(',');
  useEffect(() => {
    let cancelled = false;
    readProgrammeWorkshops(key === '' ? [] : key.split(','), read).then(
      (value) => !cancelled && setState({ status: 'ready', value }),
      (error: unknown) => !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [key, stamp, read]);
  return state;
}
