/**
 * Room names travel unescaped in y-websocket's URL (`<server>/<room>`) and name a topic on
 * /signal, so the hub accepts only characters that need no escaping anywhere.
 */
export function isValidRoomName(name: string): boolean {
  return /^[A-Za-z0-9_-]{1,128}$/.test(name);
}
