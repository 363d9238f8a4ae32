import { describe, expect, it } from 'vitest';
import { decodeBarazaFile, encodeBarazaFile } from '../../../shared/exchange/barazaFile';
import { combineDatasets, combineSources, provenanceOf } from '../../../shared/exchange/combine';
import { parseCsv } from '../../../shared/exchange/csv';
import { cardsCsv, participantsCsv } from '../../../shared/exchange/datasets';
import { exportWorkshopJson, workshopJsonText } from '../../../shared/exchange/jsonExport';
import { generateDraft } from '../../../shared/outcome/draft';
import type { OutcomeSources } from '../../../shared/outcome/inputs';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import { schemaVersion } from '../../../shared/workshop/schema';
import { forumMeta, forumSources, participants } from '../../fixtures/outcomeSources';
import { forumDoc } from '../../fixtures/workshopDoc';

const provinces = ['Nakuru', 'Kisumu', 'Mombasa'];

function provincialSources(): OutcomeSources[] {
  return provinces.map((province, index) => {
    const sources = forumSources();
    sources.meta = forumMeta({ id: `ws-${province.toLowerCase()}`, title: `${province} session` });
    sources.attendance = { onsite: 10 * (index + 1), online: index, byGender: { women: 5 * (index + 1), men: 5 * (index + 1) }, byGroup: { government: 10 * (index + 1) } };
    return sources;
  });
}

describe('combining several workshops', () => {
  it('labels every row of the combined dataset with the workshop it came from', () => {
    const files = provinces.map((province) => decodeBarazaFile(encodeBarazaFile(forumDoc(`ws-${province}`, `${province} session`), { appVersion: '0.1.0' })));
    const inputs = files.map((file, index) => {
      if (!file.ok) throw new Error('fixture file refused');
      const people = participants().map((person) => ({ ...person, id: `${person.id}-${index}` }));
      return { source: provenanceOf(file), data: { participants: people, cards: forumSources().cards, clusters: forumSources().clusters, roadmapItems: [], questions: [], competencyResults: [] } };
    });
    const combined = combineDatasets(inputs);
    expect(combined.participants).toHaveLength(12);
    expect(new Set(combined.participants.map((row) => row.source?.workshopTitle))).toEqual(new Set(provinces.map((p) => `${p} session`)));
    const rows = parseCsv(cardsCsv(combined.cards, combined.clusters));
    expect(rows[0]?.slice(-2)).toEqual(['source_workshop_id', 'source_workshop_title']);
    // The same cluster id in two workshops still names the right cluster on each row.
    const cluster = rows[0]?.indexOf('cluster') ?? -1;
    expect(rows.filter((row) => row[cluster] === 'Data sharing between ministries')).toHaveLength(6);
    expect(participantsCsv(combined.participants, { chathamHouse: true })).not.toContain('Amina');
  });

  it('adds up participants for a combined report', () => {
    const combined = combineSources(provincialSources(), forumMeta({ id: 'combined', title: 'Three provinces' }));
    expect(combined.attendance).toEqual({ onsite: 60, online: 3, byGender: { women: 30, men: 30 }, byGroup: { government: 60 } });
    const draft = generateDraft(combined, outcomeLabelsEn);
    expect(draft.title).toBe('Three provinces');
    expect(draft.outcomes.at(-1)).toBe('63 people took part: 60 in the room and 3 online; among them 30 men and 30 women');
  });

  it('keeps cards of different workshops apart even when their ids collide', () => {
    const combined = combineSources(provincialSources(), forumMeta({ id: 'combined' }));
    expect(new Set(combined.cards.map((card) => card.id)).size).toBe(combined.cards.length);
    expect(combined.cards[0]?.source).toEqual({ workshopId: 'ws-nakuru', workshopTitle: 'Nakuru session' });
    const draft = generateDraft(combined, outcomeLabelsEn);
    expect(draft.keyIssues[0]).toContain('raised in 2 contributions');
  });

  it('weights competency shares by the ratings behind them', () => {
    const [a, b] = provincialSources() as [OutcomeSources, OutcomeSources];
    a.competencyPriorities = [{ name: 'Digital literacy', share: 1, ratings: 30, before: 1, after: 3 }];
    b.competencyPriorities = [
      { name: 'Digital literacy', share: 0.5, ratings: 10, before: 2, after: 2 },
      { name: 'AI fundamentals', share: 0.5, ratings: 10 },
    ];
    const [literacy] = combineSources([a, b], forumMeta()).competencyPriorities;
    expect(literacy?.share).toBeCloseTo(35 / 50);
    expect(literacy?.before).toBeCloseTo(1.25);
    expect(literacy?.after).toBeCloseTo(2.75);
  });
});

describe('the full JSON export', () => {
  it('carries its schema version and the validated workshop, agenda and outcome', () => {
    const doc = forumDoc();
    const exported = exportWorkshopJson(doc, { appVersion: '0.1.0', exportedAt: 5 });
    expect(exported).toMatchObject({ format: 'baraza-workshop-json', schemaVersion, exportedAt: 5, problems: [] });
    expect(exported.workshop?.title).toBe('Digital skills for county officials');
    expect(exported.agenda).toHaveLength(3);
    expect(exported.outcome?.keyIssues.length).toBeGreaterThan(0);
    expect(JSON.parse(workshopJsonText(doc, { appVersion: '0.1.0', exportedAt: 5 }))).toEqual(JSON.parse(JSON.stringify(exported)));
  });
});
