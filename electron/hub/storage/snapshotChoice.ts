/**
 * Which snapshot a room loads from. The newest complete one wins; a newer one that is not
 * complete is moved aside, and the older generation (its snapshot and every log since, all kept
 * until a newer snapshot has been verified) stands in for it without loss.
 *
 * Only when no snapshot is complete does the choice get harder: if the logs reach back to the
 * room's empty beginning they hold everything; otherwise the newest snapshot whose Yjs update
 * survived is repaired (kept aside as it was, its intact records written afresh in its place).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { keepCopyAside, moveAside, writeFileDurably } from './durableFiles';
import type { GenerationFile, RoomFiles } from './generations';
import type { StorageDamage } from './storageTypes';
import { encodeRecords, fileHeader, holdsOneSnapshot, isCompleteSnapshot, parseStoredFile, type ParsedFile, type StoredRecord } from './storedFile';

export interface ChosenBase {
  base: { generation: number; records: StoredRecord[]; bytes: number } | null;
  damage: StorageDamage[];
}

interface ReadSnapshot {
  file: GenerationFile;
  parsed: ParsedFile;
  bytes: number;
}

export function chooseBaseSnapshot(files: RoomFiles): ChosenBase {
  const incomplete: ReadSnapshot[] = [];
  for (const file of [...files.snapshots].reverse()) {
    const bytes = readFileSync(file.path);
    const snapshot = { file, parsed: parseStoredFile(bytes, 'snapshot'), bytes: bytes.length };
    if (isCompleteSnapshot(snapshot.parsed)) {
      return { base: toBase(snapshot), damage: incomplete.map((found) => setAside(found, false)) };
    }
    incomplete.push(snapshot);
  }
  if (incomplete.length === 0) return { base: null, damage: [] };
  if (logsStartFromEmptyRoom(files.logs, incomplete.map((found) => found.file.generation))) {
    return { base: null, damage: incomplete.map((found) => setAside(found, false)) };
  }
  const repairable = incomplete.findIndex((found) => holdsOneSnapshot(found.parsed.records));
  if (repairable === -1) return { base: null, damage: incomplete.map((found) => setAside(found, true)) };
  const repaired = repair(incomplete[repairable]!);
  const damage = incomplete.map((found, index) =>
    index === repairable ? repaired.damage : setAside(found, index < repairable),
  );
  return { base: repaired.base, damage };
}

/**
 * The logs alone hold the whole room only if the oldest starts from an empty room: generation 1
 * (where a new room starts) or a generation-0 log (a room from before generations), with no
 * snapshot at or below its generation that it would build on.
 */
function logsStartFromEmptyRoom(logs: GenerationFile[], snapshotGenerations: number[]): boolean {
  const oldest = logs[0];
  if (!oldest || oldest.generation > 1) return false;
  return !snapshotGenerations.some((generation) => generation <= oldest.generation);
}

function toBase(snapshot: ReadSnapshot): NonNullable<ChosenBase['base']> {
  return { generation: snapshot.file.generation, records: snapshot.parsed.records, bytes: snapshot.bytes };
}

function setAside(snapshot: ReadSnapshot, dataLost: boolean): StorageDamage {
  const keptAs = moveAside(snapshot.file.path);
  const { parsed, bytes } = snapshot;
  return {
    file: snapshot.file.path,
    keptAs,
    skippedRecords: Math.max(1, parsed.damagedRecords),
    skippedBytes: bytes,
    dataLost,
    description:
      `snapshot ${basename(snapshot.file.path)} is incomplete (${parsed.damagedRecords} damaged records, ${parsed.damagedBytes} of ${bytes} bytes); ` +
      `${dataLost ? 'no older generation covers it' : 'the previous generation stands in for it'}; the file is kept as ${basename(keptAs)}`,
  };
}

function repair(snapshot: ReadSnapshot): { base: NonNullable<ChosenBase['base']>; damage: StorageDamage } {
  const keptAs = keepCopyAside(snapshot.file.path);
  const rewritten = Buffer.concat([fileHeader('snapshot'), encodeRecords(snapshot.parsed.records)]);
  writeFileDurably(snapshot.file.path, rewritten);
  const { parsed } = snapshot;
  return {
    base: { generation: snapshot.file.generation, records: parsed.records, bytes: rewritten.length },
    damage: {
      file: snapshot.file.path,
      keptAs,
      skippedRecords: parsed.damagedRecords,
      skippedBytes: parsed.damagedBytes,
      dataLost: parsed.damagedRecords > 0,
      description:
        `snapshot ${basename(snapshot.file.path)}: skipped ${parsed.damagedRecords} damaged records (${parsed.damagedBytes} bytes), no older generation to fall back on, ` +
        `kept its intact records; the file is kept as ${basename(keptAs)}`,
    },
  };
}
