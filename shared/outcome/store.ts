import * as Y from 'yjs';
import { localEdit } from '../workshop/doc';
import { describeIssues } from '../workshop/schema';
import type { DraftLinks, SourceRef } from './links';
import { parseRefs } from './links';
import type { BulletSectionId, OutcomeDocument, ParticipationFigures } from './model';
import { bulletSections } from './model';
import { parseOutcome } from './schema';

/**
 * The outcome document inside the workshop's Y.Doc, under the root `outcome` (a Y.Map):
 * - `title`, `organiser`, `dateTime`, `venue`: plain strings (one-line fields; the last edit wins);
 * - `keyIssues`, `trends`, `outcomes`, `plan`: Y.Array of Y.Text, one Y.Text per bullet, so two
 *   organisers can type in the same bullet at once and both keep their words;
 * - `themes`: a Y.Text (the one paragraph);
 * - `participation`, `sdgTags`: plain values (facts, replaced whole).
 * A drafted bullet (and the themes) carries the `sources` attribute: where its words came from
 * (./links.ts), for the organiser to check.
 * Every write is a transaction with the `localEdit` origin, as in ../workshop/doc.ts.
 */
const rootKey = 'outcome';
const headerFields = ['title', 'organiser', 'dateTime', 'venue'] as const;
export type OutcomeHeaderField = (typeof headerFields)[number];

export function outcomeMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(rootKey);
}

export function hasOutcome(doc: Y.Doc): boolean {
  return outcomeMap(doc).size > 0;
}

export type OutcomeSnapshot = {
  /** Undefined when no outcome was written yet, or when it failed validation. */
  outcome: OutcomeDocument | undefined;
  problems: string[];
};

/** Reads and validates the outcome document. Never throws. */
export function readOutcome(doc: Y.Doc): OutcomeSnapshot {
  const map = outcomeMap(doc);
  if (map.size === 0) return { outcome: undefined, problems: [] };
  const problems: string[] = [];
  const plain: Record<string, unknown> = {};
  map.forEach((value, key) => {
    if (value instanceof Y.Text) plain[key] = value.toString();
    else if (value instanceof Y.Array) {
      plain[key] = value.toArray().map((item, index) => {
        if (item instanceof Y.Text) return item.toString();
        problems.push(`outcome.${key}.${index}: not a text`);
        return '';
      });
    } else if (value instanceof Y.AbstractType) {
      problems.push(`outcome.${key}: unexpected shared type`);
    } else plain[key] = value;
  });
  const result = parseOutcome(plain);
  if (!result.ok) return { outcome: undefined, problems: [...problems, ...describeIssues(result.issues, 'outcome')] };
  return { outcome: result.outcome, problems };
}

const sourcesAttribute = 'sources';

function textOf(content: string, sources: readonly SourceRef[] = []): Y.Text {
  const text = new Y.Text(content);
  if (sources.length > 0) text.setAttribute(sourcesAttribute, sources.map((ref) => ({ kind: ref.kind, id: ref.id })));
  return text;
}

/** Where a bullet's words came from; empty for a line the organiser wrote. */
export function sourcesOf(text: Y.Text): SourceRef[] {
  return parseRefs(text.getAttribute(sourcesAttribute));
}

/** Each bullet's sources, in the section's order, and the themes' sources. */
export function readLinks(doc: Y.Doc): DraftLinks {
  const map = outcomeMap(doc);
  const section = (id: BulletSectionId): SourceRef[][] => {
    const array = map.get(id);
    return array instanceof Y.Array ? array.toArray().map((item) => (item instanceof Y.Text ? sourcesOf(item) : [])) : [];
  };
  const themes = map.get('themes');
  return { keyIssues: section('keyIssues'), trends: section('trends'), outcomes: section('outcomes'), plan: section('plan'), themes: themes instanceof Y.Text ? sourcesOf(themes) : [] };
}

/** Writes a whole document (a fresh draft, or a reset), replacing what was there, with where each drafted line came from. */
export function writeOutcome(doc: Y.Doc, outcome: OutcomeDocument, links?: DraftLinks): void {
  doc.transact(() => {
    const map = outcomeMap(doc);
    for (const field of headerFields) map.set(field, outcome[field]);
    for (const section of bulletSections) {
      const array = new Y.Array<Y.Text>();
      array.insert(0, outcome[section].map((bullet, index) => textOf(bullet, links?.[section][index])));
      map.set(section, array);
    }
    map.set('themes', textOf(outcome.themes, links?.themes));
    map.set('participation', structuredCopy(outcome.participation));
    map.set('sdgTags', [...outcome.sdgTags]);
  }, localEdit);
}

function structuredCopy(figures: ParticipationFigures): ParticipationFigures {
  return {
    onsite: figures.onsite,
    online: figures.online,
    ...(figures.notRecorded ? { notRecorded: figures.notRecorded } : {}),
    byGender: { ...figures.byGender },
    byGroup: { ...figures.byGroup },
  };
}

/** Writes the draft only when the workshop has no outcome yet: regenerating must be explicit. */
export function ensureOutcome(doc: Y.Doc, draft: () => OutcomeDocument): boolean {
  if (hasOutcome(doc)) return false;
  writeOutcome(doc, draft());
  return true;
}

export function setOutcomeField(doc: Y.Doc, field: OutcomeHeaderField, value: string): void {
  doc.transact(() => {
    if (outcomeMap(doc).get(field) !== value) outcomeMap(doc).set(field, value);
  }, localEdit);
}

export function setParticipation(doc: Y.Doc, figures: ParticipationFigures): void {
  doc.transact(() => outcomeMap(doc).set('participation', structuredCopy(figures)), localEdit);
}

export function setSdgTags(doc: Y.Doc, tags: readonly string[]): void {
  doc.transact(() => outcomeMap(doc).set('sdgTags', [...new Set(tags)]), localEdit);
}

/** The section's Y.Array, created on first use so an editor always has something to bind to. */
export function bulletArray(doc: Y.Doc, section: BulletSectionId): Y.Array<Y.Text> {
  const existing = outcomeMap(doc).get(section);
  if (existing instanceof Y.Array) return existing as Y.Array<Y.Text>;
  const array = new Y.Array<Y.Text>();
  doc.transact(() => outcomeMap(doc).set(section, array), localEdit);
  return array;
}

/** The Y.Text of each bullet, for an editor to bind to. */
export function bulletTexts(doc: Y.Doc, section: BulletSectionId): Y.Text[] {
  return bulletArray(doc, section)
    .toArray()
    .filter((item): item is Y.Text => item instanceof Y.Text);
}

export function themesText(doc: Y.Doc): Y.Text {
  const existing = outcomeMap(doc).get('themes');
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text();
  doc.transact(() => outcomeMap(doc).set('themes', text), localEdit);
  return text;
}

/** Adds a bullet at `index` (at the end by default); returns its Y.Text. */
export function addBullet(doc: Y.Doc, section: BulletSectionId, content = '', index?: number, sources: readonly SourceRef[] = []): Y.Text {
  const array = bulletArray(doc, section);
  const text = textOf(content, sources);
  doc.transact(() => {
    const at = index === undefined ? array.length : Math.max(0, Math.min(index, array.length));
    array.insert(at, [text]);
  }, localEdit);
  return text;
}

export function removeBullet(doc: Y.Doc, section: BulletSectionId, index: number): void {
  const array = bulletArray(doc, section);
  if (index < 0 || index >= array.length) return;
  doc.transact(() => array.delete(index, 1), localEdit);
}

/**
 * Moves a bullet. Yjs arrays cannot move an element, so the bullet is copied to its new place
 * and the old one deleted; an edit someone makes to the old copy at that very moment is lost.
 */
export function moveBullet(doc: Y.Doc, section: BulletSectionId, from: number, to: number): void {
  const array = bulletArray(doc, section);
  const item = array.get(from);
  if (!(item instanceof Y.Text) || from === to) return;
  doc.transact(() => {
    const content = item.toString();
    const sources = sourcesOf(item);
    array.delete(from, 1);
    array.insert(Math.max(0, Math.min(to, array.length)), [textOf(content, sources)]);
  }, localEdit);
}

/**
 * Replaces a bullet's text by changing only the part that differs (common start and end kept),
 * so a concurrent edit elsewhere in the same bullet survives.
 */
export function setBulletText(doc: Y.Doc, section: BulletSectionId, index: number, content: string): void {
  const item = bulletArray(doc, section).get(index);
  if (item instanceof Y.Text) replaceText(doc, item, content);
}

export function setThemes(doc: Y.Doc, content: string): void {
  replaceText(doc, themesText(doc), content);
}

function replaceText(doc: Y.Doc, text: Y.Text, content: string): void {
  const current = text.toString();
  if (current === content) return;
  let start = 0;
  while (start < current.length && start < content.length && current[start] === content[start]) start++;
  let end = 0;
  while (end < current.length - start && end < content.length - start && current[current.length - 1 - end] === content[content.length - 1 - end]) end++;
  doc.transact(() => {
    text.delete(start, current.length - start - end);
    text.insert(start, content.slice(start, content.length - end));
  }, localEdit);
}

