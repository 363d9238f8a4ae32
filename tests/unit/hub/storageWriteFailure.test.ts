import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomProblem } from '../../../electron/hub';
import { nodeStorageIo } from '../../../electron/hub/storage/roomStore';
import type { StorageIo } from '../../../electron/hub/storage/storageTypes';
import { roomDirectory } from '../../../electron/hub/sync/roomReplicas';
import { connectClient, docFromState, startTestHub, waitUntil, type TestClient, type TestHub } from './helpers';
import { replayRoom } from './storageHelpers';

describe('a room log write that fails', () => {
  let testHub: TestHub | undefined;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await testHub?.stop();
    testHub = undefined;
  });

  it('refuses the update: not relayed, not in the replica, a storage: denial to the sender, the problem reported, and the client lands it once writes work again', async () => {
    let diskFull = false;
    const io: StorageIo = {
      ...nodeStorageIo,
      writeSync: (fd, buffer, offset, length, position) => {
        if (diskFull) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        return nodeStorageIo.writeSync(fd, buffer, offset, length, position);
      },
    };
    const problems: Array<[string, RoomProblem]> = [];
    testHub = await startTestHub({ storageIo: io, onRoomProblem: (room, problem) => problems.push([room, problem]) });
    const { facilitatorSecret: secret } = testHub.hub.openRoom('full');
    const alice = connectClient(testHub.syncUrl, 'full', secret);
    const bob = connectClient(testHub.syncUrl, 'full', secret);
    clients.push(alice, bob);
    const denials: string[] = [];
    alice.provider.messageHandlers[2] = (_encoder, decoder) => {
      decoding.readVarUint(decoder);
      denials.push(decoding.readVarString(decoder));
    };
    await waitUntil(() => alice.provider.synced && bob.provider.synced, 'both synced');
    alice.doc.getMap('cards').set('saved', 'before');
    await waitUntil(() => bob.doc.getMap('cards').get('saved') === 'before', 'a normal edit arrives');

    diskFull = true;
    alice.doc.getMap('cards').set('unsaved', 'edit');
    await waitUntil(() => denials.length > 0, 'alice is told');
    expect(denials[0]).toMatch(/^update refused \(storage\).*ENOSPC/);
    expect(problems).toEqual([['full', expect.objectContaining({ kind: 'storage-write', detail: expect.stringMatching(/ENOSPC/) })]]);
    const replica = docFromState(testHub.hub.roomState('full'));
    expect(replica.getMap('cards').has('unsaved')).toBe(false);
    expect(replica.getMap('cards').get('saved')).toBe('before');
    // Alice's presence travels on the same socket right after her edit: had the hub relayed the
    // edit to bob, it would have reached him first.
    alice.provider.awareness.setLocalStateField('marker', 'after the edit');
    await waitUntil(() => bob.provider.awareness.getStates().get(alice.doc.clientID)?.marker === 'after the edit', 'bob sees alice’s presence');
    expect(bob.doc.getMap('cards').has('unsaved')).toBe(false);

    diskFull = false;
    // Alice keeps her edit; the hub asks her again for what it lacks, and this time it is saved.
    await waitUntil(() => bob.doc.getMap('cards').get('unsaved') === 'edit', 'the edit lands once writes work again', 20_000);
    expect(replayRoom(roomDirectory(testHub.dataDir, 'full')).doc.getMap('cards').get('unsaved')).toBe('edit');
  });
});
