/**
 * The people a room has admitted, each under an identity the hub issued: a participant gets one
 * when they join with the room's join secret, a judge when they type the code the facilitator
 * read out. The identity's id is public (it keys their ballots and score sheets in the
 * workshop); its token is what their device presents to connect, and only its hash is stored.
 */
import { createHash, randomBytes } from 'node:crypto';

export type PersonRole = 'participant' | 'judge';

export type StoredPerson = { id: string; role: PersonRole; tokenHash: string; createdAt: number; expelledAt?: number };
export type StoredJudge = { id: string; name: string; code: string };

/** More people than any session has (150 is a large forum), for every device they may use. */
export const maxPeoplePerRoom = 2_000;
export const maxJudgesPerRoom = 20;

export type Issued = { id: string; token: string; role: PersonRole };

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const newId = (prefix: string): string => `${prefix}-${randomBytes(9).toString('base64url')}`;

export class RoomPeople {
  private readonly byHash = new Map<string, StoredPerson>();

  constructor(
    private readonly people: StoredPerson[] = [],
    private readonly judges: StoredJudge[] = [],
  ) {
    for (const person of people) this.byHash.set(person.tokenHash, person);
  }

  /** A new participant identity, or undefined when the room has admitted as many as it may. */
  admitParticipant(now: number): Issued | undefined {
    return this.issue(newId('p'), 'participant', now);
  }

  /** A token for a judge the facilitator named (a judge may use more than one device). */
  admitJudge(judgeId: string, now: number): Issued | undefined {
    if (!this.judges.some((judge) => judge.id === judgeId)) return undefined;
    return this.issue(judgeId, 'judge', now);
  }

  nameJudge(name: string, code: string): StoredJudge | undefined {
    if (this.judges.length >= maxJudgesPerRoom) return undefined;
    const judge = { id: newId('j'), name: name.trim().slice(0, 200), code };
    this.judges.push(judge);
    return judge;
  }

  /** Removes a judge: their code stops working and their devices are expelled. */
  dropJudge(judgeId: string, now: number): boolean {
    const index = this.judges.findIndex((judge) => judge.id === judgeId);
    if (index < 0) return false;
    this.judges.splice(index, 1);
    this.expel(judgeId, now);
    return true;
  }

  /** The live identity a token stands for (not expelled), if any. */
  byToken(token: string): StoredPerson | undefined {
    const person = this.byHash.get(hashToken(token));
    return person && person.expelledAt === undefined ? person : undefined;
  }

  judgeByCode(matches: (code: string) => boolean): StoredJudge | undefined {
    return this.judges.find((judge) => matches(judge.code));
  }

  /** Every token of this identity stops working. */
  expel(id: string, now: number): boolean {
    let found = false;
    for (const person of this.people) {
      if (person.id === id && person.expelledAt === undefined) {
        person.expelledAt = now;
        found = true;
      }
    }
    return found;
  }

  list(): { people: Pick<StoredPerson, 'id' | 'role' | 'createdAt' | 'expelledAt'>[]; judges: StoredJudge[] } {
    const seen = new Map<string, Pick<StoredPerson, 'id' | 'role' | 'createdAt' | 'expelledAt'>>();
    for (const { id, role, createdAt, expelledAt } of this.people) if (!seen.has(id) || expelledAt === undefined) seen.set(id, { id, role, createdAt, expelledAt });
    return { people: [...seen.values()], judges: this.judges.map((judge) => ({ ...judge })) };
  }

  codes(): string[] {
    return this.judges.map((judge) => judge.code);
  }

  toStored(): { people: StoredPerson[]; judges: StoredJudge[] } {
    return { people: this.people.map((person) => ({ ...person })), judges: this.judges.map((judge) => ({ ...judge })) };
  }

  private issue(id: string, role: PersonRole, now: number): Issued | undefined {
    if (this.people.length >= maxPeoplePerRoom) return undefined;
    const token = randomBytes(16).toString('base64url');
    const person: StoredPerson = { id, role, tokenHash: hashToken(token), createdAt: now };
    this.people.push(person);
    this.byHash.set(person.tokenHash, person);
    return { id, token, role };
  }
}

/** Keeps what is well formed of a stored list (rooms.json is read after crashes and edits). */
export function readStoredPeople(value: unknown): StoredPerson[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (person): person is StoredPerson =>
      typeof person === 'object' && person !== null &&
      typeof person.id === 'string' && (person.role === 'participant' || person.role === 'judge') &&
      typeof person.tokenHash === 'string' && typeof person.createdAt === 'number' &&
      (person.expelledAt === undefined || typeof person.expelledAt === 'number'),
  );
}

export function readStoredJudges(value: unknown): StoredJudge[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (judge): judge is StoredJudge => typeof judge === 'object' && judge !== null && typeof judge.id === 'string' && typeof judge.name === 'string' && typeof judge.code === 'string',
  );
}
