import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { watchConnection, type ConnectionRow } from '../persistence/connections';
import type { ConnectionStatus } from './connectionStatus';
import type { HubNotice, HubRefusal, WorkshopConnection } from './connectWorkshop';
import { i18next } from '../i18n';
import { acquireConnection, signatureOf } from './liveConnections';
import { colourFor, type Presence } from './presence';
import { useRecoveryFromRefusal } from './refusalRecovery';

export type WorkshopSync = {
  /** The stored connection record, once read (undefined: not connected; null: still reading). */
  row: ConnectionRow | undefined | null;
  status: ConnectionStatus | undefined;
  presence: Presence[];
  /** The hub's last refusal of this device's edits (see refusalRecovery.ts). */
  refusal: HubRefusal | undefined;
  /** What the hub told the facilitator about the room. */
  notices: HubNotice[];
};

/** `unlisted`: a window that is no person (the projector) stays out of "who is here". */
type Me = { name: string; deviceId: string; partId?: string | undefined; unlisted?: boolean };

const noPresence: Presence[] = [];

/**
 * Keeps the workshop connected wherever its stored connection record says, for as long as the
 * screen is shown, and reports status and presence. A reload reconnects from the record alone.
 */
export function useWorkshopSync(id: string, doc: Y.Doc | undefined, me: Me): WorkshopSync {
  const [row, setRow] = useState<ConnectionRow | undefined | null>(null);
  const [connection, setConnection] = useState<WorkshopConnection | undefined>(undefined);

  useEffect(() => watchConnection(id, (next) => setRow(next)), [id]);

  const signature = row ? signatureOf(row) : '';
  useEffect(() => {
    if (!doc || !row) {
      setConnection(undefined);
      return;
    }
    const { connection: live, release } = acquireConnection(id, doc, row);
    setConnection(live);
    return () => {
      release();
      setConnection(undefined);
    };
    // The record's bookkeeping fields (join links, open, updatedAt) must not reconnect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, doc, signature]);

  const role = row?.role;
  useEffect(() => {
    if (!connection || !role || me.unlisted) return;
    // Someone who gave no name is shown to the others by role, in this device's language.
    const unnamed = i18next.t(role === 'facilitator' ? 'lan.who.defaultFacilitator' : 'lan.who.defaultParticipant');
    const user = { name: me.name || unnamed, colour: colourFor(me.deviceId), role };
    connection.setUser(me.partId ? { ...user, partId: me.partId } : user);
  }, [connection, role, me.name, me.deviceId, me.partId, me.unlisted]);

  const snapshot = useConnectionSnapshot(connection);
  useRecoveryFromRefusal(id, doc, row, snapshot.refusal);
  return { row, ...snapshot };
}

type Snapshot = { status: ConnectionStatus | undefined; presence: Presence[]; refusal: HubRefusal | undefined; notices: HubNotice[] };
const emptySnapshot: Snapshot = { status: undefined, presence: noPresence, refusal: undefined, notices: [] };

/** Status and presence as a React-friendly snapshot that changes identity only on change. */
function useConnectionSnapshot(connection: WorkshopConnection | undefined): Snapshot {
  const [store] = useState(() => ({ key: '', value: emptySnapshot }));
  const subscribe = useCallback((onChange: () => void) => connection?.subscribe(onChange) ?? (() => undefined), [connection]);
  const read = (): Snapshot => {
    if (!connection) return emptySnapshot;
    const value = { status: connection.status(), presence: connection.presence(), refusal: connection.refusal(), notices: connection.notices() };
    const key = JSON.stringify(value);
    if (key !== store.key) {
      store.key = key;
      store.value = value;
    }
    return store.value;
  };
  return useSyncExternalStore(subscribe, read);
}
