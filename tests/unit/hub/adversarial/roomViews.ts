// What people see of a room, in a form two copies can be compared by: every root the app knows,
// with map keys sorted (a rebuilt copy may list them in another order), and the state vector.
import * as Y from 'yjs';
import { facilitatorRoots, isFacilitatorRoot, isParticipantRoot, participantRoots } from '../../../../shared/workshop/roots';

/** JSON with object keys sorted. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}

export function roomContent(doc: Y.Doc): string {
  return stableJson(Object.fromEntries([...facilitatorRoots, ...participantRoots].map((root) => [root, doc.getMap(root).toJSON()])));
}

/** Roots no version of the app writes: something a device received that it should not have. */
export function unknownRoots(doc: Y.Doc): string[] {
  return [...doc.share.keys()].filter((name) => !isFacilitatorRoot(name) && !isParticipantRoot(name));
}

export function sameRoom(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b))) && roomContent(a) === roomContent(b);
}

/** The client ids that wrote into a doc, with how many clocks of each it holds. */
export function clocks(doc: Y.Doc): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}
