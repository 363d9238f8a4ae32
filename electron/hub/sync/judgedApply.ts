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
  if (!facilitator) {
    // Before decoding, which alone costs far more than the scan for a frame of countless tiny
    // structs or delete ranges (updateScan.ts).
    const scan = scanUpdate(update, rules.maxStructs);
    if (scan === 'malformed') return { outcome: 'malformed', touched: false };
    if (scan !== 'ok') return { outcome: 'refused', reason: scan, touched: false };
  }
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    // Reads the whole update, delete set included: most malformed input fails here, untouched.
    decoded = Y.decodeUpdate(update);
  } catch {
    return { outcome: 'malformed', touched: false };
  }
  if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return { outcome: 'unchanged' };
  const checked = precheckUpdate(decoded, doc, {
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
  const changes: Uint8Array[] = [];
  let verdict: Verdict = { ok: true };
  const judge = (transaction: Y.Transaction): void => {
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
  doc.on('update', capture);
  try {
    Y.applyUpdate(doc, canonical, writer);
  } catch {
    return { outcome: 'malformed', touched: true };
  } finally {
    doc.off('beforeObserverCalls', judge);
    doc.off('update', capture);
  }
  const refused = verdict as Verdict;
  if (!refused.ok) return { outcome: 'refused', reason: refused.reason, touched: true, where: refused.root && `${refused.root}${refused.key ? `/${refused.key}` : ''}` };
  // Anything Yjs parked instead of integrating would land later, judged as someone else's.
  if (pendingSignature(doc) !== pendingBefore) return { outcome: 'refused', reason: 'out-of-order', touched: true };
  if (changes.length === 0) return { outcome: 'unchanged' };
  return { outcome: 'applied', changes, clients: checked.clients };
}

/** A fingerprint of what Yjs holds back (structs and deletions waiting for missing ids). */
function pendingSignature(doc: Y.Doc): string {
  const { pendingStructs, pendingDs } = doc.store;
  if (!pendingStructs && !pendingDs) return '';
  return `${pendingStructs ? Buffer.from(pendingStructs.update).toString('base64') : ''}|${pendingDs ? Buffer.from(pendingDs).toString('base64') : ''}`;
}
