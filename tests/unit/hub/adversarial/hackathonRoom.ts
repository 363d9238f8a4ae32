// A hackathon in a real hub, seeded the way the app runs one: the facilitator sets the rubric, a
// challenge and a judge (named on the hub, who joins with the code read out); two teams form and
// submit; the judge scores both with the app's own functions.
import type * as Y from 'yjs';
import { addChallenge, readChallenges } from '../../../../shared/hackathon/challenges';
import { computeResults, type ResultRow } from '../../../../shared/hackathon/results';
import { readScoresFor, scoreSubmission } from '../../../../shared/hackathon/scores';
import { readRubric, setRubric, updateSettings } from '../../../../shared/hackathon/settings';
import { readSubmissions, submit } from '../../../../shared/hackathon/submissions';
import { createTeam } from '../../../../shared/hackathon/teams';
import { initWorkshop } from '../../../../shared/workshop/doc';
import type { EditablePart } from '../../../../shared/workshop/schema';
import { waitUntil } from '../helpers';
import type { AdversaryHub, Person } from './adversaryHub';
import { connectHonest, facilitatorClient, honestPerson, whenSynced, type HonestClient } from './honestClient';

const part = (title: string, kind: EditablePart['kind']): EditablePart => ({ title, kind, minutes: 30, questions: [], fixedStart: '' });

export type HackathonRoom = { facilitator: HonestClient; amina: HonestClient; judge: HonestClient & { person: Person }; teams: [string, string] };

export async function seedHackathon(hub: AdversaryHub, room: string): Promise<HackathonRoom> {
  const facilitator = facilitatorClient(hub, room);
  await whenSynced(facilitator);
  const doc = facilitator.doc;
  initWorkshop(doc, { id: 'ws-hack', title: 'Permits hackathon', format: 'hackathon1', date: '2026-12-02', startTime: '09:00', endTime: '', venue: '', organiser: '', language: 'en', sdgTags: [], description: '', createdAt: 0, parts: [part('Teams', 'discussion'), part('Sprint', 'sprint'), part('Pitches', 'pitches'), part('Judging', 'judging')] });
  setRubric(doc, { criteria: [{ id: 'impact', label: 'Impact', weight: 60 }, { id: 'feasibility', label: 'Feasibility', weight: 40 }], scale: { min: 1, max: 5 } }, facilitator.actor);
  addChallenge(doc, { title: 'Faster business permits', problem: 'Permits take 90 days.' }, facilitator.actor, 1);
  const judgePerson = await hub.judge(room, 'Dr Wanjiru');
  updateSettings(doc, { judges: [{ deviceId: judgePerson.id, name: 'Dr Wanjiru' }] }, facilitator.actor);

  const amina = honestPerson(hub, room, await hub.join(room), 'Amina');
  const kofi = honestPerson(hub, room, await hub.join(room), 'Kofi');
  const judge = Object.assign(connectHonest(hub, room, judgePerson.credential, { deviceId: judgePerson.id, name: 'Dr Wanjiru', role: 'participant' }), { person: judgePerson });
  await whenSynced(amina, kofi, judge);
  await waitUntil(() => [amina, kofi, judge].every((client) => readChallenges(client.doc).length === 1 && readRubric(client.doc) !== undefined), 'everyone has the rubric and the challenge');
  const teams = [amina, kofi].map((member, index) => {
    const created = createTeam(member.doc, { name: `Team ${index + 1}`, challengeId: readChallenges(member.doc)[0]!.id }, member.actor, 2 + index);
    if (!created.ok) throw new Error('team refused');
    submit(member.doc, `Our idea ${index + 1}: one desk for every permit.`, member.actor, 4 + index, undefined);
    return created.value;
  }) as [string, string];
  await waitUntil(() => readSubmissions(judge.doc).length === 2, 'the judge has both submissions');
  for (const [team, marks] of [[teams[0], { impact: 5, feasibility: 4 }], [teams[1], { impact: 2, feasibility: 3 }]] as const) {
    for (const [criterion, mark] of Object.entries(marks)) {
      const scored = scoreSubmission(judge.doc, team, criterion, mark, judge.actor, 10);
      if (!scored.ok) throw new Error(`score refused: ${JSON.stringify(scored.refusal)}`);
    }
  }
  await waitUntil(() => doc.getMap('scores').size === 2, 'the facilitator has the score sheets');
  kofi.destroy();
  return { facilitator, amina, judge, teams };
}

/** The results as the facilitator's results screen computes them, once judging is closed. */
export function results(doc: Y.Doc, viewer: HonestClient): ResultRow[] {
  return computeResults(readRubric(doc)!, readScoresFor(doc, viewer.actor), readSubmissions(doc).map((submission) => submission.teamId));
}
