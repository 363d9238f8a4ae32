/**
 * The rooms this hub admits, with their secrets and the people they admitted, kept in
 * <data>/rooms.json so that clients can reconnect after the hub restarts (even after SIGKILL).
 * The file is always either the old or the new version, and a damaged one never stops the hub
 * (registryFile.ts).
 *
 * After a restart every room is closed to new joins until the facilitator reopens it: a hub
 * that comes back (after a crash, or next month) never lets in someone with an old link by
 * itself. People it already admitted reconnect with their tokens.
 */
import { mkdirSync } from 'node:fs';
import type { Writer } from '../../../shared/access/writer';
import { facilitatorIdentity } from '../../../shared/access/writer';
import { consoleLogger, type HubLogger } from '../options';
import { readStoredJudges, readStoredPeople, RoomPeople, type Issued, type StoredJudge } from './people';
import { readRegistryFile, writeRegistryFile } from './registryFile';
import { isValidRoomName } from './roomNames';
import { createJoinSecret, createShortCode, isWellFormedSecret, secretsMatch, shortCodesMatch } from './secrets';

export type Role = Writer['role'];

export interface RoomAccess {
  room: string;
  /** What a new participant presents (in the join link) to be issued an identity. */
  secret: string;
  /** What the facilitator's own clients present as `?key=`; it grants writes to facilitator roots. */
  facilitatorSecret: string;
  /** A short code that /join/<code> exchanges for room and secret while the room is open. */
  code: string;
  open: boolean;
}

export interface OpenRoomOptions {
  secret?: string;
  facilitatorSecret?: string;
}

/** What a typed code stands for: a room's join link, or a judge's identity. */
export type CodeFound = { room: string; secret: string } | { room: string; identity: Issued };

// Compared against when a room is unknown, so an unknown room costs the same as a wrong secret.
const decoySecret = createJoinSecret();

export class RoomRegistry {
  private readonly rooms = new Map<string, RoomAccess>();
  private readonly people = new Map<string, RoomPeople>();
  /** Told when a room opens to, or closes to, new joins (the facilitators' apps are told in turn). */
  onJoinsChanged: (room: string, open: boolean) => void = () => undefined;

  constructor(
    private readonly dataDir: string,
    logger: HubLogger = consoleLogger,
    private readonly now: () => number = Date.now,
  ) {
    mkdirSync(dataDir, { recursive: true });
    for (const stored of readRegistryFile(dataDir, logger)) {
      const { people, judges, ...access } = stored as RoomAccess & { people?: unknown; judges?: unknown };
      this.rooms.set(access.room, { ...access, open: false });
      this.people.set(access.room, new RoomPeople(readStoredPeople(people), readStoredJudges(judges)));
    }
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
      code: existing?.code ?? this.unusedCode(),
      open: true,
    };
    if (access.secret === access.facilitatorSecret) throw new Error('the facilitator secret must differ from the join secret');
    this.rooms.set(room, access);
    if (!this.people.has(room)) this.people.set(room, new RoomPeople());
    this.save();
    if (existing?.open !== true) this.onJoinsChanged(room, true);
    return { ...access };
  }

  /** Stops new participant joins; people already admitted stay and may reconnect. */
  close(room: string): void {
    const access = this.rooms.get(room);
    if (!access) return;
    const was = access.open;
    access.open = false;
    this.save();
    if (was) this.onJoinsChanged(room, false);
  }

  /** A new join secret and short code: links and codes given out before stop working. */
  rotate(room: string): RoomAccess | undefined {
    const access = this.rooms.get(room);
    if (!access) return undefined;
    access.secret = createJoinSecret();
    access.code = this.unusedCode();
    this.save();
    return { ...access };
  }

  /** Removes the room and everyone it admitted; its secrets and code stop working at once. */
  forget(room: string): boolean {
    const known = this.rooms.delete(room);
    this.people.delete(room);
    if (known) this.save({ dropPrevious: true });
    return known;
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
   * Who a connection is in a room: the facilitator (by the facilitator secret) or a person the
   * hub admitted (by their token), or null. Unknown room, wrong key or token, an expelled person:
   * all the same null, decided with the same comparisons.
   */
  authorize(room: string, key: string | null, token: string | null): Writer | null {
    const access = this.rooms.get(room);
    const presented = key ?? '';
    if (!access) {
      secretsMatch(presented, decoySecret);
      return null;
    }
    if (key !== null && secretsMatch(presented, access.facilitatorSecret)) return { role: 'facilitator', id: facilitatorIdentity };
    const person = token ? this.people.get(room)?.byToken(token) : undefined;
    return person ? { role: person.role, id: person.id } : null;
  }

  /** True when the join secret is the room's current one and the room admits new people. */
  admitsJoins(room: string, secret: string): boolean {
    const access = this.rooms.get(room);
    if (!access) {
      secretsMatch(secret, decoySecret);
      return false;
    }
    return secretsMatch(secret, access.secret) && access.open;
  }

  /** True when `key` is the room's facilitator secret. */
  isFacilitator(room: string, key: string): boolean {
    const access = this.rooms.get(room);
    return secretsMatch(key, access?.facilitatorSecret ?? decoySecret) && access !== undefined;
  }

  /** Issues a new participant identity, or says why not. */
  admitParticipant(room: string, secret: string): Issued | 'refused' | 'full' {
    if (!this.admitsJoins(room, secret)) return 'refused';
    const issued = this.people.get(room)?.admitParticipant(this.now());
    if (!issued) return 'full';
    this.save();
    return issued;
  }

  /**
   * What a typed code stands for. Every room's code and every judge's code is compared, in
   * constant time, so how long the answer takes says nothing about which codes exist. A judge's
   * code is exchanged for a judge identity only when `issueJudges` (a POST, never a GET).
   */
  resolveCode(typed: string, issueJudges = false): CodeFound | null {
    let found: CodeFound | null = null;
    for (const access of this.rooms.values()) {
      if (shortCodesMatch(typed, access.code) && access.open) found ??= { room: access.room, secret: access.secret };
      const judge = this.people.get(access.room)?.judgeByCode((code) => shortCodesMatch(typed, code));
      if (judge && issueJudges && !found) {
        const identity = this.people.get(access.room)?.admitJudge(judge.id, this.now());
        if (identity) found = { room: access.room, identity };
      }
    }
    if (found && 'identity' in found) this.save();
    return found;
  }

  nameJudge(room: string, name: string): StoredJudge | undefined {
    const judge = this.people.get(room)?.nameJudge(name, this.unusedCode());
    if (judge) this.save();
    return judge;
  }

  dropJudge(room: string, judgeId: string): boolean {
    const dropped = this.people.get(room)?.dropJudge(judgeId, this.now()) ?? false;
    if (dropped) this.save();
    return dropped;
  }

  expel(room: string, personId: string): boolean {
    const expelled = this.people.get(room)?.expel(personId, this.now()) ?? false;
    if (expelled) this.save();
    return expelled;
  }

  peopleOf(room: string): ReturnType<RoomPeople['list']> | undefined {
    return this.people.get(room)?.list();
  }

  private unusedCode(): string {
    const used = new Set<string>();
    for (const access of this.rooms.values()) used.add(access.code);
    for (const people of this.people.values()) for (const code of people.codes()) used.add(code);
    for (;;) {
      const code = createShortCode();
      if (!used.has(code)) return code;
    }
  }

  private save(options: { dropPrevious?: boolean } = {}): void {
    writeRegistryFile(
      this.dataDir,
      [...this.rooms.values()].map((access) => ({ ...access, ...this.people.get(access.room)?.toStored() })),
      options,
    );
  }
}
