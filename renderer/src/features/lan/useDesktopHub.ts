import { useEffect } from 'react';
import type { ConnectionRow } from '../../persistence/connections';
import { ensureDesktopHub } from './hubAccess';

/** On the desktop, restarts the built-in hub for a workshop this device had opened (see
 *  ensureDesktopHub). Does nothing in a browser or for a participant. */
export function useDesktopHub(row: ConnectionRow | undefined | null): void {
  const workshopId = row?.workshopId;
  const wsUrl = row?.wsUrl;
  useEffect(() => {
    if (!row) return;
    ensureDesktopHub(row).catch((error: unknown) => console.warn('[hub] could not restart the built-in hub', error));
    // Only a different workshop or address calls for another check, not every bookkeeping change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workshopId, wsUrl]);
}
