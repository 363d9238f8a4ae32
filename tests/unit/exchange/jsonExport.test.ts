import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema } from '../../../shared/exchange/exportSchema';
import { jsonDataFromDoc, withoutIdentities } from '../../../shared/exchange/jsonData';
import { exportWorkshopJson } from '../../../shared/exchange/jsonExport';
import { hackathonData } from '../../../shared/hackathon/reportData';
import { fullDayForum } from '../../fixtures/fullDayForum';
import { judgedHackathon } from '../../fixtures/judgedHackathon';
import { schemaErrors } from '../../tools/jsonSchemaCheck';

const published = JSON.parse(readFileSync(new URL('../../../docs/export-schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const forum = fullDayForum();
const now = Date.UTC(2026, 2, 10, 18, 0);
const exported = JSON.parse(JSON.stringify(exportWorkshopJson(forum.doc, { appVersion: '0.1.0', exportedAt: now, data: jsonDataFromDoc(forum.doc, { now }) }))) as ReturnType<typeof exportWorkshopJson>;

describe('the “Everything (JSON)” export', () => {
  it('is described by the schema published in docs/ (regenerate it with tests/tools/writeExportSchema.ts)', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(exportJsonSchema())));
  });

  it('validates against the published schema for a full-day forum', () => {
    expect(exported.formatVersion).toBe(3);
    expect(schemaErrors(published, exported)).toEqual([]);
  });

  it('is refused by the schema when a row carries a field the schema does not document', () => {
    const card = { ...(exported.data?.cards[0] as object), secret: 'x' };
    const tampered = { ...exported, data: { ...exported.data, cards: [card] } };
    expect(schemaErrors(published, tampered).join()).toContain('cards[0].secret');
  });

  it('keeps what people wrote on the roadmap: descriptions, owners, linked challenges and comments', () => {
    const items = exported.data?.roadmapItems ?? [];
    expect(items).toHaveLength(27);
    const first = items.find((item) => item.title === forum.agreedTitles[0]);
    expect(first?.owner).toBe('Ministry of ICT and Innovation');
    expect(first?.description).toBe('What it takes: step 1 of the coalition’s first two years.');
    expect(first?.horizonKey).toBe('y1h1');
    expect(first?.challenges?.[0]).toMatch(/^Each agency keeps its own registry format/);
    expect(first?.comments).toEqual(['Start with the two ministries that already share data']);
  });

  it('keeps each card’s barrier, whether it was held back, and the words of cards merged into it', () => {
    const cards = exported.data?.cards ?? [];
    const held = cards.find((card) => card.text === forum.heldCardText);
    expect(held?.held).toBe(true);
    expect(held?.categoryLabel).toBe('Cultural and organisational');
    expect(cards.some((card) => card.merged?.includes(forum.mergedCardText))).toBe(true);
    expect(cards.every((card) => card.category !== undefined)).toBe(true);
  });

  it('carries the room’s competency priorities with means rounded to two decimals, and the run log', () => {
    const priorities = exported.data?.competencyPriorities ?? [];
    expect(priorities.length).toBeGreaterThan(5);
    for (const row of [...priorities, ...(exported.data?.competencyResults ?? [])]) {
      for (const value of [row.before, row.after]) if (value !== undefined) expect(Math.round(value * 100) / 100).toBe(value);
    }
    expect(exported.data?.runLog.map((entry) => entry.title)).toEqual(['Competency framework', 'Challenges and needs', 'Which challenges matter most', 'Roadmap']);
  });

  it('counts people whose mode was not recorded as not recorded, never in the room', () => {
    const modes = (exported.data?.participants ?? []).map((person) => person.mode);
    expect(modes.filter((mode) => mode === '')).toHaveLength(4);
    expect(modes.filter((mode) => mode === 'onsite')).toHaveLength(82);
  });

  it('carries a hackathon’s challenges, teams, submissions and normalised results', () => {
    const doc = judgedHackathon();
    const data = jsonDataFromDoc(doc, { now });
    const json = JSON.parse(JSON.stringify(exportWorkshopJson(doc, { appVersion: '0.1.0', exportedAt: now, data })));
    expect(schemaErrors(published, json)).toEqual([]);
    const hackathon = hackathonData(doc);
    expect(json.data.hackathon.challenges.map((row: { title: string }) => row.title)).toEqual(hackathon.challenges.map((row) => row.title));
    expect(json.data.hackathon.results[0]).toMatchObject({ rank: 1, team: 'Permit Pilots' });
    expect(json.data.hackathon.results.some((row: { normalisedScore: number }) => row.normalisedScore < 0)).toBe(true);
    expect(withoutIdentities(data).hackathon?.teams.every((team) => team.members.length === 0)).toBe(true);
  });
});
