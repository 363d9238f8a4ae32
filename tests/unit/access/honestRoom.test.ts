import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { activityOf } from '../../../shared/activities/config';
import type { CardsActivity, CompetenciesActivity, DotsActivity, QnaActivity, RoadmapActivity } from '../../../shared/activities/activitySchema';
import { addCard, deleteCard, editCard, readCards } from '../../../shared/activities/cards';
import { dotCard, undotCard } from '../../../shared/activities/cardVote';
import { askQuestion, readQuestions, toggleUpvote } from '../../../shared/activities/questions';
import { readBallots } from '../../../shared/activities/votes';
import { readParticipants, registerSelf } from '../../../shared/attendance/register';
import { prioritise, rateCompetency } from '../../../shared/competencies/assessment';
import { editCanvas, tickDeliverable } from '../../../shared/hackathon/canvas';
import { readChallenges } from '../../../shared/hackathon/challenges';
import { readScoresFor, scoreSubmission } from '../../../shared/hackathon/scores';
import { submit } from '../../../shared/hackathon/submissions';
import { createTeam, joinTeam, leaveTeam, readTeams } from '../../../shared/hackathon/teams';
import { addComment, setThreadResolved } from '../../../shared/roadmap/comments';
import { descriptionOf, itemMap } from '../../../shared/roadmap/history';
import { addItems, proposeItem, updateItem, readItems } from '../../../shared/roadmap/items';
import { voteForItem } from '../../../shared/roadmap/priorities';
import { readRun } from '../../../shared/run/state';
import { readWorkshop } from '../../../shared/workshop/doc';
import { hackathonRoom, trustedRoom, type Peer } from '../../fixtures/trustedRoom';

function activity<T>(doc: Y.Doc, partId: string): T {
  const part = readWorkshop(doc).parts.find((candidate) => candidate.id === partId)!;
  return activityOf(part, { format: 'forum3' }) as T;
}

const accepted = (peer: Peer, change: Parameters<Peer['write']>[0]) => expect(peer.write(change).outcome).toBe('applied');

describe('what an honest participant does in a forum passes the hub', () => {
  it('cards: adding, editing and withdrawing one’s own card', () => {
    const room = trustedRoom();
    const amina = room.join('p-amina');
    const partId = room.parts.Challenges!;
    let cardId = '';
    accepted(amina, (doc, actor) => {
      const added = addCard(doc, partId, { text: 'Data is kept in silos', category: 'dataInfrastructure' }, actor, activity<CardsActivity>(doc, partId), 1);
      if (added.ok) cardId = added.value;
    });
    accepted(amina, (doc, actor) => editCard(doc, cardId, { text: 'Data stays in ministry silos' }, actor, activity<CardsActivity>(doc, partId), 2));
    accepted(amina, (doc, actor) => deleteCard(doc, cardId, actor, 3));
    expect(readCards(room.hub).cards[0]).toMatchObject({ id: cardId, text: 'Data stays in ministry silos', deletedAt: 3, authorDevice: 'p-amina' });
    expect(room.converged()).toBe(true);
  });

  it('dots, priorities and self-assessment under one’s own identity', () => {
    const room = trustedRoom();
    const amina = room.join('p-amina');
    const kofi = room.join('p-kofi');
    const cardsPart = room.parts.Challenges!;
    const votePart = room.parts.Vote!;
    const framework = room.parts.Framework!;
    let card = '';
    accepted(kofi, (doc, actor) => {
      const added = addCard(doc, cardsPart, { text: 'No budget for training' }, actor, activity<CardsActivity>(doc, cardsPart), 1);
      if (added.ok) card = added.value;
    });
    const input = (doc: Y.Doc) => ({ pollId: votePart, sourcePartId: cardsPart, config: activity<DotsActivity>(doc, votePart), run: readRun(doc) });
    accepted(amina, (doc) => dotCard(doc, input(doc), 'p-amina', card, 10));
    accepted(amina, (doc) => dotCard(doc, input(doc), 'p-amina', card, 11));
    accepted(amina, (doc) => undotCard(doc, input(doc), 'p-amina', card, 12));
    accepted(amina, (doc) => prioritise(doc, framework, 'p-amina', 'digitalLiteracy', activity<CompetenciesActivity>(doc, framework), readRun(doc), 13));
    accepted(amina, (doc) => rateCompetency(doc, 'before', 'p-amina', 'digitalLiteracy', 3, 14));
    expect(readBallots(room.hub, votePart).ballots.get('p-amina')).toEqual([card]);
    expect(room.converged()).toBe(true);
  });

  it('questions: asking, and upvoting anyone’s question', () => {
    const room = trustedRoom();
    const amina = room.join('p-amina');
    const kofi = room.join('p-kofi');
    const part = room.parts.Questions!;
    let question = '';
    accepted(amina, (doc, actor) => {
      const asked = askQuestion(doc, part, 'Who pays for the servers?', actor, activity<QnaActivity>(doc, part), 1);
      if (asked.ok) question = asked.value;
    });
    accepted(kofi, (doc) => toggleUpvote(doc, question, 'p-kofi'));
    accepted(amina, (doc) => toggleUpvote(doc, question, 'p-amina'));
    accepted(kofi, (doc) => toggleUpvote(doc, question, 'p-kofi'));
    expect(readQuestions(room.hub, part, { deviceId: 'p-amina', role: 'participant' }).open[0]).toMatchObject({ upvotes: 1, upvotedByMe: true });
  });

  it('the register: one’s own row, created and corrected', () => {
    const room = trustedRoom();
    const amina = room.join('p-amina');
    accepted(amina, (doc) => registerSelf(doc, 'p-amina', { name: 'Amina Njoroge', organisation: 'County of Nakuru', group: 'government', gender: 'woman' }, 1));
    accepted(amina, (doc) => registerSelf(doc, 'p-amina', { name: 'Amina W. Njoroge', organisation: 'County of Nakuru', group: 'government', gender: 'woman', mode: 'onsite' }, 2));
    expect(readParticipants(room.hub).participants).toMatchObject([{ id: 'p-amina', name: 'Amina W. Njoroge', mode: 'onsite', source: 'self' }]);
  });

  it('the roadmap: proposing, editing one’s proposal, co-editing any description, commenting and resolving', () => {
    const room = trustedRoom();
    const amina = room.join('p-amina');
    const kofi = room.join('p-kofi');
    const part = room.parts.Roadmap!;
    let facilitatorItem = '';
    accepted(room.facilitator, (doc, actor) => {
      const added = addItems(doc, part, [{ title: 'Regional trainings', horizon: 'y1h1' }], actor, 1);
      if (added.ok) facilitatorItem = added.value[0]!;
    });
    let proposal = '';
    accepted(amina, (doc, actor) => {
      const proposed = proposeItem(doc, part, { title: 'A shared data catalogue', horizon: readItems(doc).items[0]!.horizon }, actor, 2);
      if (proposed.ok) proposal = proposed.value;
    });
    accepted(amina, (doc, actor) => updateItem(doc, proposal, { title: 'A data catalogue shared by ministries' }, actor, 3));
    accepted(kofi, (doc) => {
      const fragment = descriptionOf(itemMap(doc, facilitatorItem)!);
      doc.transact(() => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText('Start with two counties.')]);
        fragment.insert(fragment.length, [paragraph]);
      });
    });
    let thread = '';
    accepted(kofi, (doc, actor) => {
      const added = addComment(doc, facilitatorItem, 'Which counties?', actor, 4);
      if (added.ok) thread = added.value;
    });
    accepted(kofi, (doc, actor) => setThreadResolved(doc, thread, true, actor, 5));
    expect(readItems(room.hub).items.find((item) => item.id === proposal)?.title).toBe('A data catalogue shared by ministries');
    expect(room.converged()).toBe(true);
    const priorities = (doc: Y.Doc) => ({ partId: part, config: activity<RoadmapActivity>(doc, part), run: readRun(doc) });
    accepted(amina, (doc) => voteForItem(doc, priorities(doc), 'p-amina', facilitatorItem, 6));
  });
});

describe('what honest people do in a hackathon passes the hub', () => {
  it('teams, canvas, checklist, submission and a judge’s marks', () => {
    const room = hackathonRoom();
    const amina = room.join('p-amina');
    const kofi = room.join('p-kofi');
    const judge = room.join('judge-1', 'judge');
    let team = '';
    accepted(amina, (doc, actor) => {
      const created = createTeam(doc, { name: 'Permit Busters', challengeId: readChallenges(doc)[0]!.id }, actor, 1);
      if (created.ok) team = created.value;
    });
    accepted(kofi, (doc, actor) => joinTeam(doc, team, actor, 2));
    accepted(kofi, (doc, actor) => editCanvas(doc, team, 'idea', 'One form, one office', actor));
    accepted(amina, (doc, actor) => tickDeliverable(doc, team, 'canvasComplete', true, actor));
    accepted(amina, (doc, actor) => submit(doc, 'A single permit desk for small businesses.', actor, 3, undefined));
    accepted(judge, (doc, actor) => scoreSubmission(doc, team, 'impact', 4, actor, 4));
    accepted(judge, (doc, actor) => scoreSubmission(doc, team, 'feasibility', 3, actor, 5));
    accepted(kofi, (doc, actor) => leaveTeam(doc, actor));
    expect(readTeams(room.hub)[0]!.size).toBe(1);
    expect(readScoresFor(room.hub, { deviceId: 'judge-1', role: 'participant' })[0]!.marks).toEqual({ impact: 4, feasibility: 3 });
    expect(room.converged()).toBe(true);
  });
});
