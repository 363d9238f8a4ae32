/**
 * The facilitator's controls over a room, joining the registry (who may come in) and the
 * replicas (who is connected now): expelling someone also ends their connections, rotating the
 * secret leaves admitted people in, and forgetting a room removes everything the hub kept of it.
 */
import type { RoomRegistry } from './access/roomRegistry';
import type { RoomControl } from './http/roomRoutes';
import type { RoomReplicas } from './sync/roomReplicas';

/** Close code for an expelled person's connections: 4403 makes y-websocket stop retrying. */
export const expelledCloseCode = 4403;

export function roomControl(registry: RoomRegistry, replicas: RoomReplicas): RoomControl {
  return {
    admitsJoins: (room, secret) => registry.admitsJoins(room, secret),
    isFacilitator: (room, key) => registry.isFacilitator(room, key),
    admitParticipant: (room, secret) => registry.admitParticipant(room, secret),
    people(room) {
      const listed = registry.peopleOf(room);
      if (!listed) return undefined;
      const connected = new Map<string, number>();
      for (const peer of replicas.loadedRoom(room)?.peers.keys() ?? []) connected.set(peer.writer.id, (connected.get(peer.writer.id) ?? 0) + 1);
      return { people: listed.people.map((person) => ({ ...person, connected: connected.get(person.id) ?? 0 })), judges: listed.judges };
    },
    nameJudge: (room, name) => registry.nameJudge(room, name),
    dropJudge(room, judgeId) {
      const dropped = registry.dropJudge(room, judgeId);
      if (dropped) replicas.loadedRoom(room)?.closePeersOf(judgeId, expelledCloseCode, 'no longer a judge');
      return dropped;
    },
    expel(room, personId) {
      const expelled = registry.expel(room, personId);
      if (expelled) replicas.loadedRoom(room)?.closePeersOf(personId, expelledCloseCode, 'expelled');
      return expelled;
    },
    rotate: (room) => registry.rotate(room),
    setOpen(room, open) {
      if (!open) registry.close(room);
      else if (registry.get(room)) registry.open(room);
    },
    async forget(room) {
      // The registry first: from here on no credential of the room works, so nobody reconnects
      // into the folder while it is being removed.
      registry.forget(room);
      await replicas.forget(room);
    },
  };
}
