import { randomId } from '@shared/ids';

/**
 * Who this device is. A device id is minted once and kept in local storage, so that a person's
 * own cards, dots and ratings stay theirs across reloads without any account. The display name
 * is what the person typed when joining; it is optional for anonymous activities.
 */
const deviceKey = 'baraza.deviceId';
const nameKey = 'baraza.displayName';

// Read once per page: a page keeps the identity it started with, even if another tab of the
// same browser changes the stored one.
let cachedDeviceId: string | undefined;

export function deviceId(): string {
  if (cachedDeviceId) return cachedDeviceId;
  let id = localStorage.getItem(deviceKey);
  if (!id) {
    id = randomId();
    localStorage.setItem(deviceKey, id);
  }
  cachedDeviceId = id;
  return id;
}

export function displayName(): string {
  return localStorage.getItem(nameKey) ?? '';
}

export function setDisplayName(name: string): void {
  localStorage.setItem(nameKey, name.trim());
}

/**
 * The id this person writes under in a workshop: the identity the hub issued them when they
 * joined it (their ballots, ratings and register row are keyed by it, and the hub checks that),
 * or this device's own id where no hub issued one (the facilitator's own workshops).
 */
export function personIdIn(connection: { identity?: { id: string } | undefined } | null | undefined): string {
  return connection?.identity?.id ?? deviceId();
}
