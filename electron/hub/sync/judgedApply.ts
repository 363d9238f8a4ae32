/**
 * Applies one client's update to the room's document and judges what it did, in that order:
 * the cheap prechecks first (updatePrecheck.ts), then integration by Yjs itself, then the write
 * policy on the effect as integrated (effects.ts, shared/access/policy.ts). Re-deriving where
 * Yjs would put a struct is what hand-made updates defeat; judging where it did put it is not.
 *
 * A refused update may already have changed the document (integration cannot be undone in
 * Yjs): the result says so, and the caller rebuilds the replica from disk, which never holds
 * anything that was refused.
 */
import * as Y from 'yjs';
import { judgeEffect, type Verdict } from '../../../shared/access/policy';
import type { Writer } from '../../../shared/access/writer';
import { isFacilitatorRoot, isParticipantRoot } from '../../../shared/workshop/roots';
import { collectEffect } from './effects';
import { precheckUpdate, type PrecheckReason } from './updatePrecheck';
import { scanUpdate } from './updateScan';

export type RefusalReason = Exclude<Verdict, { ok: true }>['reason'] | PrecheckReason | 'delete-set';

export type ApplyResult =
  | { outcome: 'applied'; changes: Uint8Array[]; clients: Set<number> }
  | { outcome: 'unchanged' }
  /** `touched`: the document was changed before the refusal and must be rebuilt. */
  | { outcome: 'refused'; reason: RefusalReason; touched: boolean; where?: string }
  | { outcome: 'malformed'; touched: boolean };

export type ApplyRules = {
  mayAuthor(client: number, known: number): boolean;
  maxStructs: number;
};

export function applyJudged(doc: Y.Doc, update: Uint8Array, writer: Writer, rules: ApplyRules): ApplyResult {
  const facilitator = writer.role === 'facilitator';
  // Walks the bytes instead of decoding them (updateScan.ts): for a frame of countless tiny
  // structs or delete ranges decoding alone costs far more, and for an honest edit the walk is
  // a fraction of it. Malformed input fails here, before the document is touched.
  const scanned = scanUpdate(update, facilitator ? Number.POSITIVE_INFINITY : rules.maxStructs);
  if (scanned === 'malformed') return { outcome: 'malformed', touched: false };
  if (typeof scanned === 'string') return { outcome: 'refused', reason: scanned, touched: false };
  if (scanned.structs.length === 0 && scanned.deletes.size === 0) return { outcome: 'unchanged' };
  const checked = precheckUpdate(scanned, doc, {
    mayAuthor: rules.mayAuthor,
    rootRefusal: (root) => (facilitator || isParticipantRoot(root) ? undefined : isFacilitatorRoot(root) ? 'facilitator-root' : 'unknown-root'),
    maxStructs: facilitator ? Number.POSITIVE_INFINITY : rules.maxStructs,
  });
  if (!checked.ok) return { outcome: 'refused', reason: checked.reason, touched: false };

  let canonical = update;
  if (checked.overlaps) {
    // A struct that starts inside what the hub has would be cut by Yjs at integration, taking
    // its left neighbour from the cut rather than from its encoding, while peers that lack the
    // overlap would follow the encoding. Cutting it here first makes every replica integrate
    // the same struct.
    try {
      canonical = Y.diffUpdate(update, Y.encodeStateVector(doc));
    } catch {
      return { outcome: 'malformed', touched: false };
    }
  }

  const pendingBefore = pendingSignature(doc);
  // When every struct is new to the hub, what Yjs integrates is the update exactly as received,
  // so the update itself is what gets logged and relayed, and Yjs need not encode the change
  // again. Otherwise (a struct the hub has in part or in whole) only Yjs's own encoding of what
  // changed may go out: the received bytes could carry other content under ids the hub has.
  const reuse = checked.allNew;
  const changes: Uint8Array[] = [];
  let changed = false;
  let verdict: Verdict = { ok: true };
  const judge = (transaction: Y.Transaction): void => {
    changed = transactionChanged(transaction);
    try {
      verdict = judgeEffect(collectEffect(transaction), writer, doc);
    } catch {
      verdict = { ok: false, reason: 'schema' };
    }
  };
  const capture = (change: Uint8Array): void => {
    changes.push(change);
  };
  doc.on('beforeObserverCalls', judge);
  if (!reuse) doc.on('update', capture);
  try {
    Y.applyUpdate(doc, canonical, writer);
  } catch {
    return { outcome: 'malformed', touched: true };
  } finally {
    doc.off('beforeObserverCalls', judge);
    if (!reuse) doc.off('update', capture);
  }
  const refused = verdict as Verdict;
  if (!refused.ok) return { outcome: 'refused', reason: refused.reason, touched: true, where: refused.root && `${refused.root}${refused.key ? `/${refused.key}` : ''}` };
  // Anything Yjs parked instead of integrating would land later, judged as someone else's.
  if (pendingSignature(doc) !== pendingBefore) return { outcome: 'refused', reason: 'out-of-order', touched: true };
  if (reuse && changed) changes.push(canonical);
  if (changes.length === 0) return { outcome: 'unchanged' };
  return { outcome: 'applied', changes, clients: checked.clients };
}

/** Whether a transaction added or deleted anything (Yjs's own test before it emits 'update'). */
export function transactionChanged(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) if (transaction.beforeState.get(client) !== clock) return true;
  return false;
}

/** A fingerprint of what Yjs holds back (structs and deletions waiting for missing ids). */
function pendingSignature(doc: Y.Doc): string {
  const { pendingStructs, pendingDs } = doc.store;
  if (!pendingStructs && !pendingDs) return '';
  return `${pendingStructs ? Buffer.from(pendingStructs.update).toString('base64') : ''}|${pendingDs ? Buffer.from(pendingDs).toString('base64') : ''}`;
}
