import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, setCardCluster } from '../../../shared/activities/cards';
import { dotCard } from '../../../shared/activities/cardVote';
import { createCluster } from '../../../shared/activities/clusters';
import type { CardsActivity } from '../../../shared/activities/config';
import { defaultActivity } from '../../../shared/activities/config';
import type { Actor } from '../../../shared/activities/outcome';
import { addParticipant } from '../../../shared/attendance/register';
import { datasetFromDoc, outcomeSourcesFromDoc } from '../../../shared/outcome/adapter';
import { generateDraft } from '../../../shared/outcome/draft';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import { nextPart, readRun, startPart } from '../../../shared/run/state';
import { initWorkshop, readWorkshop } from '../../../shared/workshop/doc';

const host: Actor = { deviceId: 'host', role: 'facilitator' };
const cardsConfig = defaultActivity('brainstorm') as CardsActivity;
const nine = Date.UTC(2026, 2, 10, 9, 0);
const minute = 60_000;

/** A small forum as the room left it: cards, a dot vote, a register and a run log. */
function roomDoc(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, {
    id: 'ws-kisumu',
    title: 'Kisumu forum',
    format: 'blank',
    date: '2026-03-10',
    startTime: '09:00',
    endTime: '10:00',
    venue: 'Town hall',
    organiser: 'County ICT office',
    language: 'en',
    sdgTags: ['16.7'],
    description: '',
    createdAt: nine,
    parts: [
      { title: 'Challenges', kind: 'brainstorm', minutes: 20, questions: [], fixedStart: '' },
      { title: 'Vote', kind: 'vote', minutes: 10, questions: [], fixedStart: '' },
    ],
  });
  const [brainstorm, vote] = readWorkshop(doc).parts;
  if (!brainstorm || !vote) throw new Error('the agenda was not written');
  const card = (text: string): string => {
    const result = addCard(doc, brainstorm.id, { text }, host, cardsConfig, nine);
    if (!result.ok) throw new Error(result.refusal.code);
    return result.value;
  };
  const slow = card('Procurement takes a year');
  const data = card('No shared data standards');
  card('Too few trainers');
  const cluster = createCluster(doc, brainstorm.id, 'Data', nine);
  if (cluster.ok) setCardCluster(doc, data, cluster.value);
  const input = { pollId: vote.id, sourcePartId: brainstorm.id, config: { dots: 3, maxPerOption: 3, hiddenUntilClosed: false }, run: readRun(doc) };
  dotCard(doc, input, 'p1', data, nine);
  dotCard(doc, input, 'p1', data, nine);
  dotCard(doc, input, 'p2', data, nine);
  dotCard(doc, input, 'p2', slow, nine);

  addParticipant(doc, { name: 'Amina Odhiambo', gender: 'woman', group: 'government', mode: 'onsite' }, nine);
  addParticipant(doc, { name: 'Grace Wanjiru', gender: 'woman', group: 'civilSociety', mode: 'online' }, nine + 1);
  addParticipant(doc, { name: 'Peter Otieno', gender: 'man', group: 'technicalCommunity' }, nine + 2);

  startPart(doc, brainstorm.id, nine);
  nextPart(doc, readWorkshop(doc).parts, nine + 20 * minute, { start: true });
  return doc;
}

describe('reading the room into the outcome sources', () => {
  it('counts votes per card and puts the top-voted cards first', () => {
    const sources = outcomeSourcesFromDoc(roomDoc(), { now: nine + 30 * minute });
    expect(sources?.cards.map((card) => [card.text, card.votes])).toEqual([
      ['No shared data standards', 3],
      ['Procurement takes a year', 1],
      ['Too few trainers', 0],
    ]);
    expect(sources?.cards[0]?.cluster).toBe(sources?.clusters[0]?.id);
    expect(sources?.clusters.map((cluster) => cluster.label)).toEqual(['Data']);
    expect(sources?.cards[0]?.part).toBe('Challenges');
  });

  it('counts people by mode, gender and group in the labels’ keys; an unrecorded mode is not counted in the room', () => {
    const sources = outcomeSourcesFromDoc(roomDoc(), { now: nine + 30 * minute });
    expect(sources?.attendance).toEqual({
      onsite: 1,
      online: 1,
      notRecorded: 1,
      byGender: { women: 2, men: 1 },
      byGroup: { government: 1, civilSociety: 1, technical: 1 },
    });
  });

  it('lists the parts that ran, with their start and end', () => {
    const sources = outcomeSourcesFromDoc(roomDoc(), { now: nine + 30 * minute });
    expect(sources?.runLog.map((entry) => [entry.title, entry.startedAt, entry.endedAt])).toEqual([
      ['Challenges', nine, nine + 20 * minute],
      ['Vote', nine + 20 * minute, undefined],
    ]);
    expect(sources?.meta.title).toBe('Kisumu forum');
    expect(sources?.roadmapItems).toEqual([]);
  });

  it('feeds a draft whose key issues lead with the most-voted cluster', () => {
    const sources = outcomeSourcesFromDoc(roomDoc(), { now: nine + 30 * minute });
    if (!sources) throw new Error('no sources');
    const draft = generateDraft(sources, outcomeLabelsEn);
    expect(draft.keyIssues[0]).toContain('Data');
    expect(draft.outcomes.at(-1)).toBe('3 people took part: 1 in the room, 1 online and 1 whose mode was not recorded; among them 2 women and 1 man');
  });

  it('gives nothing for a document that holds no workshop', () => {
    expect(outcomeSourcesFromDoc(new Y.Doc(), { now: 0 })).toBeUndefined();
  });

  it('gives the register, with names, to the data exports', () => {
    const dataset = datasetFromDoc(roomDoc(), { now: nine });
    expect(dataset.participants.map((person) => [person.name, person.mode, person.gender])).toEqual([
      ['Amina Odhiambo', 'onsite', 'woman'],
      ['Grace Wanjiru', 'online', 'woman'],
      ['Peter Otieno', '', 'man'],
    ]);
    expect(dataset.cards).toHaveLength(3);
  });
});
