/**
 * The rooms this hub admits, with their secrets, kept in <data>/rooms.json so that clients can
 * reconnect with the same link after the hub restarts (even after SIGKILL). The file is always
 * either the old or the new version, and a damaged one never stops the hub (registryFile.ts).
 */
import { mkdirSync } from 'node:fs';
import { consoleLogger, type HubLogger } from '../options';
import { readRegistryFile, writeRegistryFile } from './registryFile';
import { isValidRoomName } from './roomNames';
import { createJoinSecret, createShortCode, isWellFormedSecret, secretsMatch, shortCodesMatch } from './secrets';

export type Role = 'facilitator' | 'participant';

export interface RoomAccess {
  room: string;
  /** What participants present as `?key=`. */
  secret: string;
  /** What the facilitator's own clients present as `?key=`; it grants writes to facilitator roots. */
  facilitatorSecret: string;
  /** What /join/<code> exchanges for room and secret while the room is open: eight characters
   *  shown as ABCD-EFGH (rooms from before keep their six); case and dashes are ignored. */
  code: string;
  open: boolean;
}

export interface OpenRoomOptions {
  secret?: string;
  facilitatorSecret?: string;
}

// Compared against when a room is unknown, so an unknown room costs the same as a wrong secret.
const decoySecret = createJoinSecret();

export class RoomRegistry {
  private readonly rooms = new Map<string, RoomAccess>();

  constructor(
    private readonly dataDir: string,
    logger: HubLogger = consoleLogger,
  ) {
    mkdirSync(dataDir, { recursive: true });
    for (const access of readRegistryFile(dataDir, logger)) this.rooms.set(access.room, access);
  }

  /** Opens (or reopens) a room. Without given secrets an existing room keeps its own. */
  open(room: string, options: OpenRoomOptions = {}): RoomAccess {
    if (!isValidRoomName(room)) throw new Error(`invalid room name: use 1-128 of A-Z a-z 0-9 _ -`);
    for (const given of [options.secret, options.facilitatorSecret]) {
      if (given !== undefined && !isWellFormedSecret(given)) throw new Error('a secret must be 16-128 characters of A-Z a-z 0-9 _ -');
    }
    const existing = this.rooms.get(room);
    const access: RoomAccess = {
      room,
      secret: options.secret ?? existing?.secret ?? createJoinSecret(),
      facilitatorSecret: options.facilitatorSecret ?? existing?.facilitatorSecret ?? createJoinSecret(),
      code: existing?.code ?? this.unusedShortCode(),
      open: true,
    };
    if (access.secret === access.facilitatorSecret) throw new Error('the facilitator secret must differ from the join secret');
    this.rooms.set(room, access);
    this.save();
    return { ...access };
  }

  /** Stops new participant joins; connections already made stay. */
  close(room: string): void {
    const access = this.rooms.get(room);
    if (!access) return;
    access.open = false;
    this.save();
  }

  get(room: string): RoomAccess | undefined {
    const access = this.rooms.get(room);
    return access ? { ...access } : undefined;
  }

  list(): RoomAccess[] {
    return [...this.rooms.values()].map((access) => ({ ...access }));
  }

  get size(): number {
    return this.rooms.size;
  }

  /**
   * The role a presented key grants in a room, or null. Unknown room, closed room (for
   * participants), missing or wrong key all give the same null.
   */
  authorize(room: string, key: string | null): Role | null {
    const access = this.rooms.get(room);
    const presented = key ?? '';
    if (!access) {
      secretsMatch(presented, decoySecret);
      secretsMatch(presented, decoySecret);
      return null;
    }
    if (secretsMatch(presented, access.facilitatorSecret)) return 'facilitator';
    if (secretsMatch(presented, access.secret) && access.open) return 'participant';
    return null;
  }

  /** What a typed short code stands for, if an open room has it. */
  resolveCode(typed: string): { room: string; secret: string } | null {
    // Every room's code is compared, in constant time, so how long the answer takes says
    // nothing about which codes exist or how close a guess came.
    let found: RoomAccess | undefined;
    for (const access of this.rooms.values()) {
      if (shortCodesMatch(typed, access.code) && access.open) found ??= access;
    }
    return found ? { room: found.room, secret: found.secret } : null;
  }

  private unusedShortCode(): string {
    const used = new Set([...this.rooms.values()].map((access) => access.code));
    for (;;) {
      const code = createShortCode();
      if (!used.has(code)) return code;
    }
  }

  private save(): void {
    writeRegistryFile(this.dataDir, [...this.rooms.values()]);
  }
}
