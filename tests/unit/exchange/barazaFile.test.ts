import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeBarazaFile, encodeBarazaFile, packBarazaFile } from '../../../shared/exchange/barazaFile';
import type { ImportResult } from '../../../shared/exchange/importWorkshop';
import { importBarazaFile } from '../../../shared/exchange/importWorkshop';
import { addBullet, readOutcome, setBulletText } from '../../../shared/outcome/store';
import { addPart, readWorkshop, setMeta } from '../../../shared/workshop/doc';
import { forumDoc } from '../../fixtures/workshopDoc';

const appVersion = '0.1.0';
const state = (doc: Y.Doc): Uint8Array => Y.encodeStateAsUpdate(doc);
// A plain loop: toEqual on large byte arrays is slow enough to matter over hundreds of cases.
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, index) => byte === b[index]);

/** A seeded generator, so a failing fuzz case can be replayed. */
function random(seed: number): () => number {
  let value = seed >>> 0;
  return () => {
    value = (Math.imul(value ^ (value >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return value / 2 ** 32;
  };
}

function expectRefused(result: ImportResult, target: Y.Doc, before: Uint8Array): void {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.code).toMatch(/^file\./);
  expect(sameBytes(state(target), before)).toBe(true);
}

describe('the .baraza workshop file', () => {
  it('round-trips a workshop: same details, agenda and outcome document', () => {
    const doc = forumDoc();
    const decoded = decodeBarazaFile(encodeBarazaFile(doc, { appVersion, exportedAt: 1_750_000_000_000 }));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.meta).toMatchObject({ format: 'baraza-workshop', workshopId: 'ws-nairobi-01', title: 'Digital skills for county officials', appVersion, exportedAt: 1_750_000_000_000 });
    const result = importBarazaFile(encodeBarazaFile(doc, { appVersion }), undefined);
    expect(result.ok && result.action).toBe('add');
    if (!result.ok) return;
    expect(readWorkshop(result.doc)).toEqual(readWorkshop(doc));
    expect(readOutcome(result.doc)).toEqual(readOutcome(doc));
  });

  it('merges two copies edited apart, keeping both sides’ edits', () => {
    const kenya = forumDoc();
    const rwanda = new Y.Doc();
    Y.applyUpdate(rwanda, state(kenya));
    // Edited apart: no sync between these changes.
    addPart(kenya, { title: 'Added in Nairobi', kind: 'discussion', minutes: 15, questions: [], fixedStart: '' });
    setBulletText(kenya, 'plan', 0, 'Nairobi wording of the first action');
    addPart(rwanda, { title: 'Added in Kigali', kind: 'qna', minutes: 10, questions: [], fixedStart: '' });
    addBullet(rwanda, 'plan', 'Kigali adds an action');
    setMeta(rwanda, { venue: 'Kigali Convention Centre' });

    const result = importBarazaFile(encodeBarazaFile(rwanda, { appVersion }), (id) => (id === 'ws-nairobi-01' ? kenya : undefined));
    expect(result.ok && result.action).toBe('merge');
    expect(result.ok && result.action === 'merge' && result.changed).toBe(true);
    const titles = readWorkshop(kenya).parts.map((part) => part.title);
    expect(titles).toContain('Added in Nairobi');
    expect(titles).toContain('Added in Kigali');
    expect(readWorkshop(kenya).meta?.venue).toBe('Kigali Convention Centre');
    const plan = readOutcome(kenya).outcome?.plan ?? [];
    expect(plan).toContain('Nairobi wording of the first action');
    expect(plan).toContain('Kigali adds an action');
  });

  it('reports nothing new when the same file is imported twice', () => {
    const doc = forumDoc();
    const copy = new Y.Doc();
    Y.applyUpdate(copy, state(doc));
    const result = importBarazaFile(encodeBarazaFile(doc, { appVersion }), copy);
    expect(result.ok && result.action === 'merge' && result.changed).toBe(false);
  });

  it('refuses to merge a different workshop into this one', () => {
    const target = forumDoc('ws-a');
    const before = state(target);
    const result = importBarazaFile(encodeBarazaFile(forumDoc('ws-b'), { appVersion }), target);
    expectRefused(result, target, before);
    expect(!result.ok && result.error.code).toBe('file.otherWorkshop');
  });

  it('refuses a file that is not a Baraza file', () => {
    expect(decodeBarazaFile(new TextEncoder().encode('PK\u0003\u0004 a zip, not ours'))).toEqual({ ok: false, error: { code: 'file.foreign' } });
    expect(decodeBarazaFile(new Uint8Array())).toEqual({ ok: false, error: { code: 'file.empty' } });
  });

  it('refuses a file written by a newer Baraza, naming its version', () => {
    const doc = forumDoc();
    const newer = packBarazaFile({ format: 'baraza-workshop', schemaVersion: 99, workshopId: 'ws-nairobi-01', title: '', exportedAt: 0, appVersion: '9.0.0' }, state(doc));
    expect(decodeBarazaFile(newer)).toEqual({ ok: false, error: { code: 'file.newerSchema', version: 99 } });
    const newerFormat = encodeBarazaFile(doc, { appVersion });
    newerFormat[11] = 2;
    expect(decodeBarazaFile(newerFormat)).toEqual({ ok: false, error: { code: 'file.newerFormat', version: 2 } });
  });

  it('refuses a file whose workshop inside is not valid', () => {
    const blank = new Y.Doc();
    blank.getMap('meta').set('title', 42);
    const file = packBarazaFile({ format: 'baraza-workshop', schemaVersion: 1, workshopId: 'x', title: '', exportedAt: 0, appVersion }, state(blank));
    expect(decodeBarazaFile(file).ok || (decodeBarazaFile(file) as { error: { code: string } }).error.code).toBe('file.invalidWorkshop');
  });

  it('refuses every truncation of a file and leaves the local copy byte-identical', () => {
    const target = forumDoc();
    const before = state(target);
    const file = encodeBarazaFile(target, { appVersion });
    for (let length = 0; length < file.length; length += Math.max(1, Math.floor(file.length / 150))) {
      expectRefused(importBarazaFile(file.subarray(0, length), target), target, before);
    }
  });

  it('refuses 300 randomly damaged files and leaves the local copy byte-identical', () => {
    const target = forumDoc();
    const edited = new Y.Doc();
    Y.applyUpdate(edited, state(target));
    addBullet(edited, 'keyIssues', 'An edit the file carries');
    const file = encodeBarazaFile(edited, { appVersion });
    const before = state(target);
    const next = random(20_250_315);
    for (let trial = 0; trial < 300; trial++) {
      const damaged = file.slice();
      const flips = 1 + Math.floor(next() * 4);
      for (let flip = 0; flip < flips; flip++) {
        const at = Math.floor(next() * damaged.length);
        damaged[at] = (damaged[at] as number) ^ (1 + Math.floor(next() * 255));
      }
      expectRefused(importBarazaFile(damaged, target), target, before);
    }
  });

  it('survives damaged state behind a valid checksum: refused or valid, never a broken store', () => {
    const target = forumDoc();
    const before = state(target);
    const update = state(target);
    const meta = { format: 'baraza-workshop' as const, schemaVersion: 1, workshopId: 'ws-nairobi-01', title: '', exportedAt: 0, appVersion };
    const next = random(7);
    let refused = 0;
    for (let trial = 0; trial < 200; trial++) {
      const damaged = update.slice();
      const at = Math.floor(next() * damaged.length);
      damaged[at] = (damaged[at] as number) ^ (1 + Math.floor(next() * 255));
      const copy = new Y.Doc();
      Y.applyUpdate(copy, before);
      const result = importBarazaFile(packBarazaFile(meta, damaged), copy);
      if (!result.ok) {
        refused++;
        expect(sameBytes(state(copy), before)).toBe(true);
      } else {
        expect(readWorkshop(copy).problems).toEqual([]);
      }
    }
    expect(refused).toBeGreaterThan(0);
    expect(state(target)).toEqual(before);
  });
});
