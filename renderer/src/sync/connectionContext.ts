import { createContext, useContext } from 'react';
import type { ConnectionRow } from '../persistence/connections';

/**
 * The shown workshop's connection record, for the few controls deep in a screen that talk to
 * the hub themselves (naming a judge, a judge typing their code). Screens that connect a
 * workshop provide it; anywhere else it is undefined.
 */
export const ConnectionContext = createContext<ConnectionRow | undefined>(undefined);

export function useConnectionRow(): ConnectionRow | undefined {
  return useContext(ConnectionContext);
}
