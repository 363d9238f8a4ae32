// A real hub process for the adversarial tests, and the ways people get into its rooms: the
// facilitator by the facilitator secret, a participant by an identity the hub issues for the join
// secret, a judge by the code the facilitator reads out.
//
// To show that an attack used to work, the same tests can run against another checkout's hub:
// ADVERSARIAL_HUB_ROOT=<checkout> runs that checkout's electron/hub/cli.ts, and
// ADVERSARIAL_HUB_LEGACY=1 joins the way hubs did before they issued identities (the join secret
// as `?key=`, an id the device picks). Nothing else about an attack changes.
import { rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tempDir } from '../helpers';
import { killHard, startHubProcess, type HubProcess } from '../hubProcess';

export type Credential = { key: string } | { token: string };
export type Person = { id: string; role: 'participant' | 'judge'; credential: Credential };
type RoomSecrets = { secret: string; facilitatorSecret: string; code: string };

export const legacyJoin = process.env.ADVERSARIAL_HUB_LEGACY === '1';
const hubRoot = process.env.ADVERSARIAL_HUB_ROOT || undefined;

export class AdversaryHub {
  private constructor(
    private process: HubProcess,
    readonly dataDir: string,
    private readonly roomNames: string[],
    private readonly flags: string[],
    readonly rooms: Map<string, RoomSecrets>,
  ) {}

  /** `flags`: more command-line flags, which an older hub (ADVERSARIAL_HUB_LEGACY) is not given. */
  static async start(roomNames: string[], flags: string[] = []): Promise<AdversaryHub> {
    const dataDir = tempDir('adversarial');
    const given = legacyJoin ? [] : flags;
    const process = await startHubProcess([...hubArgs(dataDir, roomNames, 0), ...given], { cwd: hubRoot });
    return new AdversaryHub(process, dataDir, roomNames, given, new Map(process.ready.rooms.map((room) => [room.room, room])));
  }

  get port(): number {
    return this.process.port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get syncUrl(): string {
    return `ws://127.0.0.1:${this.port}/sync`;
  }

  /** What the hub printed, for failure messages. */
  get output(): string {
    return this.process.output.join('');
  }

  get alive(): boolean {
    return this.process.child.exitCode === null && this.process.child.signalCode === null;
  }

  secrets(room: string): RoomSecrets {
    const secrets = this.rooms.get(room);
    if (!secrets) throw new Error(`no room ${room}`);
    return secrets;
  }

  facilitator(room: string): Credential {
    return { key: this.secrets(room).facilitatorSecret };
  }

  /** A new participant, admitted the way the app admits one. */
  async join(room: string): Promise<Person> {
    const { secret } = this.secrets(room);
    if (legacyJoin) return { id: `p-${randomBytes(6).toString('hex')}`, role: 'participant', credential: { key: secret } };
    const response = await fetch(`${this.url}/rooms/${room}/people`, { method: 'POST', headers: { Authorization: `Bearer ${secret}` } });
    if (response.status !== 201) throw new Error(`not admitted to ${room}: ${response.status}`);
    const issued = (await response.json()) as { id: string; token: string };
    return { id: issued.id, role: 'participant', credential: { token: issued.token } };
  }

  /** A judge the facilitator named, with the identity their device gets for the judge's code. */
  async judge(room: string, name: string): Promise<Person> {
    if (legacyJoin) return { id: `j-${randomBytes(6).toString('hex')}`, role: 'judge', credential: { key: this.secrets(room).secret } };
    const named = await fetch(`${this.url}/rooms/${room}/judges`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.secrets(room).facilitatorSecret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    if (named.status !== 201) throw new Error(`could not name a judge: ${named.status}`);
    const { code } = (await named.json()) as { code: string };
    const joined = await fetch(`${this.url}/join/${code}`, { method: 'POST' });
    if (joined.status !== 200) throw new Error(`the judge's code was refused: ${joined.status}`);
    const { identity } = (await joined.json()) as { identity: { id: string; token: string } };
    return { id: identity.id, role: 'judge', credential: { token: identity.token } };
  }

  /** Kills the process outright (as a crash would) and starts it again on the same port and
   *  folder, opening `rooms` (by default the ones it opened first). */
  async restart(rooms = this.roomNames): Promise<void> {
    await killHard(this.process);
    this.process = await startHubProcess([...hubArgs(this.dataDir, rooms, this.port), ...this.flags], { cwd: hubRoot });
  }

  async stop(): Promise<void> {
    await killHard(this.process);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

function hubArgs(dataDir: string, rooms: string[], port: number): string[] {
  return ['--port', String(port), ...(port === 0 ? [] : ['--strict-port']), '--host', '127.0.0.1', '--data', dataDir, ...rooms.flatMap((room) => ['--open-room', room])];
}

/** The query a y-websocket provider or a raw socket presents for a credential. */
export function credentialQuery(credential: Credential): string {
  return 'key' in credential ? `key=${encodeURIComponent(credential.key)}` : `token=${encodeURIComponent(credential.token)}`;
}
