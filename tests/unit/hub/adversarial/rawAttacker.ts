// A hostile device: a plain WebSocket that sends whatever bytes it likes. It keeps a mirror of the
// room built only from what the hub sent it, so it can aim at real ids (a card's item, the
// facilitator's last clock) and build forged edits on a copy of that mirror.
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { waitUntil } from '../helpers';
import { openSocket } from '../rawSocket';
import { credentialQuery, type AdversaryHub, type Credential } from './adversaryHub';
import { syncFrame, updateFrame } from './wireFrames';

export class RawAttacker {
  /** The room as the hub has sent it to this socket. */
  readonly mirror = new Y.Doc();
  /** Reasons of the hub's permission-denied messages. */
  readonly denials: string[] = [];
  /** Sizes of every frame the hub sent. */
  readonly frameSizes: number[] = [];
  closeCode: number | undefined;
  /** Sync step 2 messages received: the hub's answers to this socket's state vectors. */
  private answers = 0;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => this.receive(new Uint8Array(data)));
    socket.on('close', (code) => (this.closeCode = code));
    socket.on('error', () => {});
  }

  /** `askForRoom`: false for a device that only sends, and so costs the hub no answer.
   *  `localAddress`: connect from another loopback address, which the hub does not trust. */
  static async connect(hub: AdversaryHub, room: string, credential: Credential, askForRoom = true, localAddress?: string): Promise<RawAttacker> {
    const attacker = new RawAttacker(await openSocket(`${hub.syncUrl}/${room}?${credentialQuery(credential)}`, localAddress));
    if (!askForRoom) return attacker;
    // Asks for the whole room, as a new device would.
    attacker.send(syncFrame(0, Y.encodeStateVector(new Y.Doc())));
    await waitUntil(() => attacker.answers > 0 || attacker.closed, 'the attacker received the room');
    return attacker;
  }

  get closed(): boolean {
    return this.socket.readyState === WebSocket.CLOSED || this.socket.readyState === WebSocket.CLOSING;
  }

  send(frame: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame);
  }

  sendUpdate(update: Uint8Array): void {
    this.send(updateFrame(update));
  }

  /** Makes a change on a copy of the mirror (a fresh client id each time) and sends its bytes. */
  forge(change: (doc: Y.Doc) => void): Uint8Array {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.mirror));
    const updates: Uint8Array[] = [];
    copy.on('update', (update: Uint8Array) => updates.push(update));
    change(copy);
    const update = Y.mergeUpdates(updates);
    this.sendUpdate(update);
    return update;
  }

  /** Resolves once the hub has answered everything sent so far (a state-vector probe's reply). */
  async settled(): Promise<void> {
    const answers = this.answers;
    this.send(syncFrame(0, Y.encodeStateVector(this.mirror)));
    await waitUntil(() => this.closed || this.answers > answers, 'the hub answered the attacker');
  }

  close(): void {
    this.socket.terminate();
  }

  private receive(bytes: Uint8Array): void {
    this.frameSizes.push(bytes.length);
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const step = decoding.readVarUint(decoder);
      if (step === 1 || step === 2) {
        Y.applyUpdate(this.mirror, decoding.readVarUint8Array(decoder), 'hub');
        if (step === 1) this.answers++;
      }
    } else if (type === 2 && decoding.readVarUint(decoder) === 0) {
      this.denials.push(decoding.readVarString(decoder));
    }
  }
}
