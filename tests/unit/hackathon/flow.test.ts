import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor } from '../../../shared/activities/outcome';
import { addParticipant } from '../../../shared/attendance/register';
import { readParticipants } from '../../../shared/attendance/register';
import { teamBalance } from '../../../shared/hackathon/balance';
import { editCanvas, textChange, tickDeliverable } from '../../../shared/hackathon/canvas';
import { addChallenge, readChallenges, removeChallenge } from '../../../shared/hackathon/challenges';
import { judgingProgress, readScoresFor, scoreSubmission } from '../../../shared/hackathon/scores';
import { addJudge, setRubric, updateSettings } from '../../../shared/hackathon/settings';
import { deadlineAt, readSubmissions, submit } from '../../../shared/hackathon/submissions';
import { createTeam, joinTeam, leaveTeam, readTeams, teamOf } from '../../../shared/hackathon/teams';

const host: Actor = { deviceId: 'host', name: 'Host', role: 'facilitator' };
const person = (id: string): Actor => ({ deviceId: id, name: id, role: 'participant' });
const rubric = { criteria: [{ id: 'impact', label: 'Impact', weight: 50 }, { id: 'data', label: 'Use of data', weight: 50 }], scale: { min: 1, max: 5 } };

function setUp() {
  const doc = new Y.Doc();
  expect(setRubric(doc, rubric, host).ok).toBe(true);
  expect(updateSettings(doc, { maxTeamSize: 2 }, host).ok).toBe(true);
  return doc;
}

describe('challenges', () => {
  it('lets only the facilitator write them, needs a title, and removes softly', () => {
    const doc = setUp();
    expect(addChallenge(doc, { title: 'Open budgets' }, person('p'), 1)).toMatchObject({ refusal: { code: 'hackathon.facilitatorOnly' } });
    expect(addChallenge(doc, { title: '  ' }, host, 1)).toMatchObject({ refusal: { code: 'hackathon.titleMissing' } });
    const added = addChallenge(doc, { title: 'Open budgets', owner: 'Ministry of Finance' }, host, 1);
    expect(readChallenges(doc)).toMatchObject([{ title: 'Open budgets', owner: 'Ministry of Finance' }]);
    if (added.ok) removeChallenge(doc, added.value, host, 2);
    expect(readChallenges(doc)).toEqual([]);
  });
});

describe('teams', () => {
  it('refuses a member over the size limit and moves a joiner out of their old team', () => {
    const doc = setUp();
    const a = createTeam(doc, { name: 'Ada' }, person('p1'), 1);
    const b = createTeam(doc, { name: 'Bo' }, person('p3'), 2);
    if (!a.ok || !b.ok) throw new Error('no team');
    expect(joinTeam(doc, a.value, person('p2'), 3).ok).toBe(true);
    expect(joinTeam(doc, a.value, person('p3'), 4)).toMatchObject({ refusal: { code: 'hackathon.teamFull', limit: 2, team: 'Ada' } });
    expect(leaveTeam(doc, person('p2')).ok).toBe(true);
    expect(joinTeam(doc, a.value, person('p3'), 5).ok).toBe(true);
    expect(teamOf(doc, 'p3')?.name).toBe('Ada');
    expect(readTeams(doc).find((team) => team.id === b.value)?.size).toBe(0);
    expect(createTeam(doc, { name: '' }, person('p4'), 6)).toMatchObject({ refusal: { code: 'hackathon.teamNameMissing' } });
  });

  it('hints at balance from the register, matching names loosely', () => {
    const doc = setUp();
    addParticipant(doc, { name: 'Amina Yusuf', group: 'government', gender: 'woman' }, 1);
    addParticipant(doc, { name: 'Kofi Mensah', group: 'government', gender: 'woman' }, 2);
    addParticipant(doc, { name: 'Lena', group: 'academia', gender: 'man' }, 3);
    const members = { a: { name: 'amina  yusuf', joinedAt: 1 }, b: { name: 'Kofi Mensah', joinedAt: 2 }, c: { name: 'Stranger', joinedAt: 3 } };
    const balance = teamBalance(members, readParticipants(doc).participants);
    expect(balance.groups).toEqual({ government: 2 });
    expect(balance.unknown).toBe(1);
    expect(balance.hints.map((hint) => hint.code)).toEqual(['hackathon.hint.singleGroup', 'hackathon.hint.singleGender', 'hackathon.hint.missingGroups']);
    expect(balance.hints[2]?.groups).toBe('academia');
  });
});

describe('canvas', () => {
  it('turns a textarea value into one small edit, so concurrent typing merges', () => {
    expect(textChange('hello world', 'hello brave world')).toEqual({ index: 6, remove: 0, insert: 'brave ' });
    expect(textChange('abc', 'ac')).toEqual({ index: 1, remove: 1, insert: '' });
    const one = setUp();
    const team = createTeam(one, { name: 'Ada' }, person('p1'), 1);
    if (!team.ok) throw new Error('no team');
    joinTeam(one, team.value, person('p2'), 2);
    const two = new Y.Doc();
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    editCanvas(one, team.value, 'idea', 'A map of clinics', person('p1'));
    editCanvas(two, team.value, 'idea', 'Open data', person('p2'));
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    const idea = readTeams(one)[0]?.canvas?.idea ?? '';
    expect(idea).toContain('A map of clinics');
    expect(idea).toContain('Open data');
    expect(editCanvas(one, team.value, 'idea', 'x', person('outsider'))).toMatchObject({ refusal: { code: 'hackathon.notInTeam' } });
    expect(tickDeliverable(one, team.value, 'pitchRehearsed', true, person('p1')).ok).toBe(true);
    expect(readTeams(one)[0]?.checklist).toEqual({ pitchRehearsed: true });
  });
});

describe('submissions, scores and secrecy', () => {
  it('flags a late submission, keeps judges apart until judging closes, refuses bad marks', () => {
    const doc = setUp();
    const team = createTeam(doc, { name: 'Ada' }, person('p1'), 1);
    if (!team.ok) throw new Error('no team');
    editCanvas(doc, team.value, 'problem', 'Clinics are hard to find', person('p1'));
    expect(submit(doc, '', person('p1'), 10, 100)).toMatchObject({ refusal: { code: 'hackathon.summaryMissing' } });
    expect(submit(doc, 'A clinic finder', person('p1'), 10, 100)).toEqual({ ok: true, value: { late: false } });
    expect(submit(doc, 'A clinic finder, v2', person('p1'), 200, 100)).toEqual({ ok: true, value: { late: true } });
    expect(readSubmissions(doc)).toMatchObject([{ teamId: team.value, firstSubmittedAt: 10, late: true, canvas: { problem: 'Clinics are hard to find' } }]);
    expect(submit(doc, 'x', person('nobody'), 1, undefined)).toMatchObject({ refusal: { code: 'hackathon.notInTeam' } });

    addJudge(doc, { deviceId: 'j1', name: 'Judge one' }, host);
    addJudge(doc, { deviceId: 'j2', name: 'Judge two' }, host);
    expect(scoreSubmission(doc, team.value, 'impact', 4, person('p1'), 1)).toMatchObject({ refusal: { code: 'hackathon.notJudge' } });
    expect(scoreSubmission(doc, team.value, 'impact', 6, person('j1'), 1)).toMatchObject({ refusal: { code: 'hackathon.scoreOutOfRange', min: 1, max: 5 } });
    expect(scoreSubmission(doc, team.value, 'impact', 4, person('j1'), 1).ok).toBe(true);
    expect(scoreSubmission(doc, team.value, 'data', 2, person('j2'), 1).ok).toBe(true);
    expect(readScoresFor(doc, person('j1')).map((sheet) => sheet.judgeId)).toEqual(['j1']);
    expect(readScoresFor(doc, host)).toEqual([]);
    expect(judgingProgress(doc)).toHaveLength(2);
    updateSettings(doc, { closed: true }, host);
    expect(readScoresFor(doc, person('j1'))).toHaveLength(2);
    expect(scoreSubmission(doc, team.value, 'impact', 5, person('j1'), 2)).toMatchObject({ refusal: { code: 'hackathon.judgingClosed' } });
  });

  it('takes the deadline from a fixed time, else from the pitches timer', () => {
    const timer = { startedAt: 0, pausedAt: null, pausedMs: 0, extendedMinutes: 0, endedAt: null };
    expect(deadlineAt(500, undefined, 0)).toBe(500);
    expect(deadlineAt(null, undefined, 0)).toBeUndefined();
    expect(deadlineAt(null, { timer, minutes: 1 }, 1000)).toBe(60_000);
    expect(deadlineAt(null, { timer: { ...timer, endedAt: 30_000 }, minutes: 1 }, 1000)).toBe(30_000);
  });
});
