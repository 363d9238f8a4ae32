import { z } from 'zod';
import type * as Y from 'yjs';
import { randomId } from '../ids';
import { localEdit } from '../workshop/doc';
import type { Outcome, RecordProblem } from './outcome';
import { accept, refuse } from './outcome';
import { patchRecord, readRecords, recordMap, writeRecord } from './records';

/**
 * Named groups of cards (root `clusters`): a Y.Map from cluster id to a Y.Map of the fields
 * below. Cards name their cluster (card.clusterId), so filing a card touches only that card and
 * two people sorting different cards never conflict. Order is a fractional `position`, as for
 * agenda parts. Deleting is soft: the cards fall back to "not grouped" and come back with it.
 */
export const clustersRoot = 'clusters';
export const clusterNameMax = 80;

export const clusterSchema = z.looseObject({
  id: z.string().min(1),
  partId: z.string().min(1),
  name: z.string().max(clusterNameMax * 4),
  position: z.number().finite(),
  createdAt: z.number(),
  deletedAt: z.number().optional(),
});
export type Cluster = z.infer<typeof clusterSchema>;

export type ClusterRefusalCode = 'clusters.emptyName' | 'clusters.nameTooLong' | 'clusters.notFound';

function checkName(name: string): Outcome<string, ClusterRefusalCode> {
  const trimmed = name.trim();
  if (trimmed === '') return refuse('clusters.emptyName');
  const length = Array.from(trimmed).length;
  if (length > clusterNameMax) return refuse('clusters.nameTooLong', { limit: clusterNameMax, length });
  return accept(trimmed);
}

/** All clusters of a part that are not deleted, in display order. */
export function readClusters(doc: Y.Doc, partId?: string): { clusters: Cluster[]; problems: RecordProblem[] } {
  const { records, problems } = readRecords(doc, clustersRoot, clusterSchema);
  const clusters = records
    .filter((cluster) => cluster.deletedAt === undefined && (partId === undefined || cluster.partId === partId))
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
  return { clusters, problems };
}

/** Creates a cluster at the end of the part's list; returns its id. */
export function createCluster(doc: Y.Doc, partId: string, name: string, now: number): Outcome<string, ClusterRefusalCode> {
  const checked = checkName(name);
  if (!checked.ok) return checked;
  const id = randomId();
  doc.transact(() => {
    const last = readClusters(doc, partId).clusters.at(-1);
    writeRecord(doc, clustersRoot, id, { id, partId, name: checked.value, position: (last?.position ?? 0) + 1024, createdAt: now } satisfies Cluster);
  }, localEdit);
  return accept(id);
}

function withCluster(doc: Y.Doc, id: string, change: (map: Y.Map<unknown>) => void): Outcome<undefined, ClusterRefusalCode> {
  const map = recordMap(doc, clustersRoot, id);
  if (!map) return refuse('clusters.notFound', { clusterId: id });
  doc.transact(() => change(map), localEdit);
  return accept(undefined);
}

export function renameCluster(doc: Y.Doc, id: string, name: string): Outcome<undefined, ClusterRefusalCode> {
  const checked = checkName(name);
  if (!checked.ok) return checked;
  return withCluster(doc, id, (map) => patchRecord(map, { name: checked.value }));
}

export function deleteCluster(doc: Y.Doc, id: string, now: number): Outcome<undefined, ClusterRefusalCode> {
  return withCluster(doc, id, (map) => patchRecord(map, { deletedAt: now }));
}

export function restoreCluster(doc: Y.Doc, id: string): Outcome<undefined, ClusterRefusalCode> {
  return withCluster(doc, id, (map) => patchRecord(map, { deletedAt: undefined }));
}

/** Moves a cluster to `toIndex` among its part's clusters (keyboard reordering, drag). */
export function moveCluster(doc: Y.Doc, id: string, toIndex: number): Outcome<undefined, ClusterRefusalCode> {
  const map = recordMap(doc, clustersRoot, id);
  const partId = map?.get('partId');
  if (!map || typeof partId !== 'string') return refuse('clusters.notFound', { clusterId: id });
  const others = readClusters(doc, partId).clusters.filter((cluster) => cluster.id !== id);
  const at = Math.max(0, Math.min(toIndex, others.length));
  const before = others[at - 1]?.position;
  const after = others[at]?.position;
  const position = before === undefined ? (after ?? 1024) - 1024 : after === undefined ? before + 1024 : (before + after) / 2;
  return withCluster(doc, id, (target) => patchRecord(target, { position }));
}
