/**
 * Room metadata: small facts the hub keeps beside a room's document (which Yjs client ids belong
 * to which participant, for example). Each metadata record is a JSON object whose top-level keys
 * hold objects; the room's metadata is all records merged in order, a later record's entries
 * assigned onto the earlier ones key by key:
 *   {"clients": {"123": "p:abc"}} then {"clients": {"456": "p:def"}}
 *   gives {"clients": {"123": "p:abc", "456": "p:def"}}
 */
export type RoomMeta = Record<string, Record<string, unknown>>;

/** Objects without a prototype, so a key such as "__proto__" is stored as data, never obeyed. */
export function emptyRoomMeta(): RoomMeta {
  return Object.create(null) as RoomMeta;
}

export function isRoomMetaRecord(value: unknown): value is RoomMeta {
  if (!isPlainObject(value)) return false;
  return Object.values(value).every(isPlainObject);
}

/** Assigns `record` onto `into` (in place) and returns `into`. */
export function mergeRoomMeta(into: RoomMeta, record: RoomMeta): RoomMeta {
  for (const [key, entries] of Object.entries(record)) {
    let section = Object.hasOwn(into, key) ? into[key] : undefined;
    if (!section) {
      section = Object.create(null) as Record<string, unknown>;
      Object.defineProperty(into, key, { value: section, enumerable: true, writable: true, configurable: true });
    }
    for (const [entry, value] of Object.entries(entries)) {
      Object.defineProperty(section, entry, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return into;
}

export function hasRoomMeta(meta: RoomMeta): boolean {
  return Object.keys(meta).length > 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
