import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateDraft } from '../../../shared/outcome/draft';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import {
  addBullet,
  bulletTexts,
  ensureOutcome,
  moveBullet,
  outcomeMap,
  readOutcome,
  removeBullet,
  setBulletText,
  setOutcomeField,
  setThemes,
  writeOutcome,
} from '../../../shared/outcome/store';
import { isFacilitatorRoot } from '../../../shared/workshop/roots';
import { forumSources } from '../../fixtures/outcomeSources';

const draft = () => generateDraft(forumSources(), outcomeLabelsEn);

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('the outcome document in the workshop file', () => {
  it('reads back exactly what was written', () => {
    const doc = new Y.Doc();
    writeOutcome(doc, draft());
    expect(readOutcome(doc)).toEqual({ outcome: draft(), problems: [] });
  });

  it('is absent, without problems, before a draft is made', () => {
    expect(readOutcome(new Y.Doc())).toEqual({ outcome: undefined, problems: [] });
  });

  it('is written only by the facilitator side', () => {
    expect(isFacilitatorRoot('outcome')).toBe(true);
  });

  it('does not overwrite an edited document when the draft is asked for again', () => {
    const doc = new Y.Doc();
    expect(ensureOutcome(doc, draft)).toBe(true);
    setOutcomeField(doc, 'title', 'Edited title');
    expect(ensureOutcome(doc, draft)).toBe(false);
    expect(readOutcome(doc).outcome?.title).toBe('Edited title');
  });

  it('adds, removes, moves and rewrites bullets', () => {
    const doc = new Y.Doc();
    writeOutcome(doc, draft());
    addBullet(doc, 'plan', 'Third step', 0);
    moveBullet(doc, 'plan', 0, 2);
    setBulletText(doc, 'plan', 2, 'Third step, funded');
    removeBullet(doc, 'plan', 0);
    setThemes(doc, 'One theme.');
    const outcome = readOutcome(doc).outcome;
    expect(outcome?.plan).toEqual(['Spreadsheet clinics for clerks (year 1; who leads it is still to be named)', 'Third step, funded']);
    expect(outcome?.themes).toBe('One theme.');
  });

  it('keeps both organisers’ words when they type in the same bullet offline', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeOutcome(a, draft());
    sync(a, b);
    setBulletText(a, 'keyIssues', 0, `Urgent: ${readOutcome(a).outcome?.keyIssues[0]}`);
    const textB = bulletTexts(b, 'keyIssues')[0] as Y.Text;
    textB.insert(textB.length, ' (see annex)');
    addBullet(b, 'plan', 'Added by B');
    sync(a, b);
    const first = readOutcome(a).outcome?.keyIssues[0] ?? '';
    expect(first.startsWith('Urgent: Data sharing')).toBe(true);
    expect(first.endsWith('(see annex)')).toBe(true);
    expect(readOutcome(a).outcome?.plan).toContain('Added by B');
    expect(readOutcome(a)).toEqual(readOutcome(b));
  });

  it('reports, rather than trusts, a bullet that is not text', () => {
    const doc = new Y.Doc();
    writeOutcome(doc, draft());
    (outcomeMap(doc).get('trends') as Y.Array<unknown>).insert(0, [new Y.Map()]);
    expect(readOutcome(doc).problems).toContain('outcome.trends.0: not a text');
  });

  it('refuses a participant count that is not a whole number', () => {
    const doc = new Y.Doc();
    writeOutcome(doc, draft());
    outcomeMap(doc).set('participation', { onsite: -3, online: 1.5, byGender: {}, byGroup: {} });
    const snapshot = readOutcome(doc);
    expect(snapshot.outcome).toBeUndefined();
    expect(snapshot.problems.some((problem) => problem.startsWith('outcome.participation.onsite'))).toBe(true);
  });
});
