import * as Y from 'yjs';
import { randomId } from '../ids';
import type { Actor, Outcome } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { readRecords, recordMap } from '../activities/records';
import { localEdit } from '../workshop/doc';
import type { Member, Team } from './schema';
import { canvasFields, limits, teamSchema, teamsRoot } from './schema';
import { readSettings } from './settings';

/**
 * Teams (root `teams`): one Y.Map per team holding its name and challenge, a `members` Y.Map
 * keyed by device id (so two people joining at once both land), a `canvas` Y.Map of Y.Text
 * fields that members co-edit, and a `checklist` Y.Map of deliverables ticked off. The size
 * limit is checked when joining; two people taking the last seat on two laptops at the same
 * moment can still both get in once their edits merge, so readers show `over` rather than
 * dropping anyone.
 */
export type TeamRefusalCode = 'hackathon.teamNameMissing' | 'hackathon.teamNameTooLong' | 'hackathon.teamFull' | 'hackathon.teamNotFound' | 'hackathon.notInTeam' | 'hackathon.unknownChallenge';

export type TeamView = Team & { size: number; over: boolean };

export function readTeams(doc: Y.Doc): TeamView[] {
  const { maxTeamSize } = readSettings(doc);
  return readRecords(doc, teamsRoot, teamSchema)
    .records.filter((team) => team.deletedAt === undefined)
    .map((team) => {
      const size = Object.keys(team.members).length;
      return { ...team, size, over: size > maxTeamSize };
    })
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

export function teamOf(doc: Y.Doc, deviceId: string): TeamView | undefined {
  return readTeams(doc).find((team) => deviceId in team.members);
}

function memberOf(actor: Actor, now: number, extra: Partial<Member>): Member {
  return { name: actor.name?.trim() ?? '', joinedAt: now, ...extra };
}

/** Removes the device from every team it is in. Callers transact. */
function leaveAll(doc: Y.Doc, deviceId: string): void {
  doc.getMap<unknown>(teamsRoot).forEach((value) => {
    if (value instanceof Y.Map) {
      const members = value.get('members');
      if (members instanceof Y.Map && members.has(deviceId)) members.delete(deviceId);
    }
  });
}

/** Forms a team with the actor as its first member (leaving any team they were in). */
export function createTeam(doc: Y.Doc, input: { name: string; challengeId?: string }, actor: Actor, now: number, profile: Partial<Member> = {}): Outcome<string, TeamRefusalCode> {
  const name = input.name.trim();
  if (name === '') return refuse('hackathon.teamNameMissing');
  if (name.length > limits.teamName) return refuse('hackathon.teamNameTooLong', { limit: limits.teamName });
  const id = randomId();
  doc.transact(() => {
    leaveAll(doc, actor.deviceId);
    const team = new Y.Map<unknown>();
    team.set('id', id);
    team.set('name', name);
    team.set('challengeId', input.challengeId ?? '');
    team.set('createdAt', now);
    team.set('createdBy', actor.deviceId);
    const members = new Y.Map<unknown>();
    members.set(actor.deviceId, memberOf(actor, now, profile));
    team.set('members', members);
    const canvas = new Y.Map<Y.Text>();
    for (const field of canvasFields) canvas.set(field, new Y.Text());
    team.set('canvas', canvas);
    team.set('checklist', new Y.Map<boolean>());
    doc.getMap<unknown>(teamsRoot).set(id, team);
  }, localEdit);
  return accept(id);
}

/** Joins a team, refusing when it is full; a member of another team leaves it first. */
export function joinTeam(doc: Y.Doc, teamId: string, actor: Actor, now: number, profile: Partial<Member> = {}): Outcome<undefined, TeamRefusalCode> {
  const team = readTeams(doc).find((item) => item.id === teamId);
  const map = recordMap(doc, teamsRoot, teamId);
  const members = map?.get('members');
  if (!team || !(members instanceof Y.Map)) return refuse('hackathon.teamNotFound');
  if (actor.deviceId in team.members) return accept(undefined);
  const limit = readSettings(doc).maxTeamSize;
  if (team.size >= limit) return refuse('hackathon.teamFull', { limit, team: team.name });
  doc.transact(() => {
    leaveAll(doc, actor.deviceId);
    members.set(actor.deviceId, memberOf(actor, now, profile));
  }, localEdit);
  return accept(undefined);
}

export function leaveTeam(doc: Y.Doc, actor: Actor): Outcome<undefined, TeamRefusalCode> {
  if (!teamOf(doc, actor.deviceId)) return refuse('hackathon.notInTeam');
  doc.transact(() => leaveAll(doc, actor.deviceId), localEdit);
  return accept(undefined);
}

/** Picks (or changes) the team's challenge: any member, or the facilitator. */
export function pickChallenge(doc: Y.Doc, teamId: string, challengeId: string, actor: Actor, known: readonly string[]): Outcome<undefined, TeamRefusalCode> {
  const map = recordMap(doc, teamsRoot, teamId);
  const team = readTeams(doc).find((item) => item.id === teamId);
  if (!map || !team) return refuse('hackathon.teamNotFound');
  if (actor.role !== 'facilitator' && !(actor.deviceId in team.members)) return refuse('hackathon.notInTeam');
  if (challengeId !== '' && !known.includes(challengeId)) return refuse('hackathon.unknownChallenge');
  doc.transact(() => map.set('challengeId', challengeId), localEdit);
  return accept(undefined);
}
