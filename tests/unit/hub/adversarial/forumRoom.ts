// A forum workshop in a real hub, seeded the way the app writes one: the facilitator plans it in
// two sessions (each a device with its own Yjs client id), then runs it from a third; honest
// participants register, add cards, rate themselves and vote with the app's own functions.
import * as Y from 'yjs';
import { activityOf, voteSourcePart } from '../../../../shared/activities/config';
import type { CardsActivity, DotsActivity } from '../../../../shared/activities/activitySchema';
import { addCard } from '../../../../shared/activities/cards';
import { cardVoteSetup, dotCard, type CardVoteInput } from '../../../../shared/activities/cardVote';
import { readBallots, tally, type RankedOption } from '../../../../shared/activities/votes';
import { registerSelf } from '../../../../shared/attendance/register';
import { rateCompetency } from '../../../../shared/competencies/assessment';
import { readRun } from '../../../../shared/run/state';
import { initWorkshop, partsMap, readWorkshop, setMeta, updatePart } from '../../../../shared/workshop/doc';
import type { EditablePart } from '../../../../shared/workshop/schema';
import { waitUntil } from '../helpers';
import type { AdversaryHub, Person } from './adversaryHub';
import { facilitatorClient, honestPerson, whenSynced, type HonestClient } from './honestClient';
import { sameRoom } from './roomViews';

const part = (title: string, kind: EditablePart['kind']): EditablePart => ({ title, kind, minutes: 20, questions: [], fixedStart: '' });
export const forumParts = [part('Framework', 'competencies'), part('Challenges', 'brainstorm'), part('Vote', 'vote'), part('Questions', 'qna'), part('Roadmap', 'roadmap')];
const format = { format: 'forum3' as const };
/** The duration the facilitator settled on for the brainstorm, in the last planning edit. */
export const brainstormMinutes = 45;

export type HonestParticipant = HonestClient & { person: Person };

export type ForumRoom = {
  room: string;
  facilitator: HonestClient;
  /** Every Yjs client id that wrote facilitator data (the planning sessions, then the live one). */
  facilitatorClients: number[];
  /** The planning session whose last edit set the brainstorm's minutes. */
  lastPlanningClient: number;
  parts: Record<string, string>;
  amina: HonestParticipant;
  kofi: HonestParticipant;
  /** Cards A to E in the brainstorm; A is Amina's. */
  cards: string[];
};

export function partId(doc: Y.Doc, title: string): string {
  const found = readWorkshop(doc).parts.find((candidate) => candidate.title === title);
  if (!found) throw new Error(`no part ${title}`);
  return found.id;
}

export function minutesOf(doc: Y.Doc, title: string): unknown {
  return partsMap(doc).get(partId(doc, title))?.get('minutes');
}

export function voteInput(doc: Y.Doc, pollId: string): CardVoteInput {
  const parts = readWorkshop(doc).parts;
  const poll = parts.find((candidate) => candidate.id === pollId)!;
  return { pollId, sourcePartId: voteSourcePart(parts, pollId, format)!.id, config: activityOf(poll, format) as DotsActivity, run: readRun(doc) };
}

/** The vote's ranking as the projector computes it, as each card's dots and rank (the order of
 *  tied cards follows the order cards reached a device, which differs between devices). */
export function ranking(doc: Y.Doc, pollId: string): Record<string, Pick<RankedOption, 'dots' | 'rank'>> {
  const setup = cardVoteSetup(doc, voteInput(doc, pollId));
  return Object.fromEntries(tally(readBallots(doc, pollId).ballots, setup.context, setup.options).map(({ optionId, dots, rank }) => [optionId, { dots, rank }]));
}

/** A planning session on the facilitator's laptop, before the room opened: a device of its own
 *  (its own Yjs client id) starting from what the previous session left. */
function planningSession(before: Y.Doc | undefined, plan: (doc: Y.Doc) => void): Y.Doc {
  const session = new Y.Doc();
  if (before) Y.applyUpdate(session, Y.encodeStateAsUpdate(before));
  plan(session);
  return session;
}

export async function seedForum(hub: AdversaryHub, room: string): Promise<ForumRoom> {
  const first = planningSession(undefined, (doc) =>
    initWorkshop(doc, { id: 'ws-adversarial', title: 'Digital skills forum', format: 'forum3', date: '2026-12-02', startTime: '09:00', endTime: '', venue: '', organiser: '', language: 'en', sdgTags: [], description: '', createdAt: 0, parts: forumParts }),
  );
  const second = planningSession(first, (doc) => {
    setMeta(doc, { venue: 'Hall B' });
    updatePart(doc, partId(doc, 'Challenges'), { minutes: brainstormMinutes });
  });
  // Opening the room: the facilitator's app connects with everything planned so far.
  const facilitator = facilitatorClient(hub, room, Y.encodeStateAsUpdate(second));
  const aminaPerson = await hub.join(room);
  const kofiPerson = await hub.join(room);
  const amina = Object.assign(honestPerson(hub, room, aminaPerson, 'Amina'), { person: aminaPerson });
  const kofi = Object.assign(honestPerson(hub, room, kofiPerson, 'Kofi'), { person: kofiPerson });
  await whenSynced(facilitator, amina, kofi);
  await waitUntil(() => readWorkshop(amina.doc).parts.length === forumParts.length && readWorkshop(kofi.doc).parts.length === forumParts.length, 'the participants have the agenda');
  const parts = Object.fromEntries(readWorkshop(facilitator.doc).parts.map((item) => [item.title, item.id]));

  const brainstorm = parts.Challenges!;
  const cardsConfig = (doc: Y.Doc) => activityOf(readWorkshop(doc).parts.find((item) => item.id === brainstorm)!, format) as CardsActivity;
  const cards: string[] = [];
  const add = (client: HonestParticipant, text: string, now: number) => {
    const added = addCard(client.doc, brainstorm, { text }, client.actor, cardsConfig(client.doc), now);
    if (!added.ok) throw new Error(`card refused: ${JSON.stringify(added.refusal)}`);
    cards.push(added.value);
  };
  registerSelf(amina.doc, aminaPerson.id, { name: 'Amina Odhiambo', organisation: 'County office' }, 1);
  registerSelf(kofi.doc, kofiPerson.id, { name: 'Kofi Mensah' }, 2);
  rateCompetency(amina.doc, 'before', aminaPerson.id, 'digitalLiteracy', 3, 3);
  add(amina, 'A: permits take 90 days', 4);
  add(amina, 'B: no open data portal', 5);
  add(kofi, 'C: staff lack training', 6);
  add(kofi, 'D: procurement is slow', 7);
  add(amina, 'E: websites are outdated', 8);
  // Kofi votes once he has every card: a dot needs the card on his copy.
  await waitUntil(() => cards.every((card) => kofi.doc.getMap('cards').has(card) && amina.doc.getMap('cards').has(card)), 'both have every card');
  const pollId = parts.Vote!;
  const dot = (client: HonestParticipant, card: string, now: number) => {
    const placed = dotCard(client.doc, voteInput(client.doc, pollId), client.person.id, card, now);
    if (!placed.ok) throw new Error(`dot refused: ${JSON.stringify(placed.refusal)}`);
  };
  dot(amina, cards[0]!, 10);
  dot(amina, cards[0]!, 11);
  dot(amina, cards[1]!, 12);
  dot(kofi, cards[0]!, 13);
  dot(kofi, cards[1]!, 14);
  dot(kofi, cards[2]!, 15);
  await waitUntil(() => sameRoom(facilitator.doc, amina.doc) && sameRoom(facilitator.doc, kofi.doc), 'everyone has every vote, card and row');
  return { room, facilitator, facilitatorClients: [first.clientID, second.clientID], lastPlanningClient: second.clientID, parts, amina, kofi, cards };
}
