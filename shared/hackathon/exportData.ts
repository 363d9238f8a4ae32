import type * as Y from 'yjs';
import { readChallenges } from './challenges';
import type { ResultRow } from './results';
import { computeResults } from './results';
import { readScoresFor } from './scores';
import { readRubric, readSettings } from './settings';
import { readSubmissions } from './submissions';
import type { ResultExportRow } from './tables';
import { canvasesCsv, resultsCsv } from './tables';
import { readTeams } from './teams';

/**
 * The two hackathon files, read straight from the document for the outcome tab's exports and
 * the hackathon tab's buttons alike. Results exist only once judging has closed: until then
 * the marks are secret, so the file holds just its header.
 */
const organiser = { deviceId: '', role: 'facilitator' as const };

export function hackathonResults(doc: Y.Doc): ResultRow[] {
  const rubric = readRubric(doc);
  if (!rubric || !readSettings(doc).closed) return [];
  return computeResults(rubric, readScoresFor(doc, organiser), readSubmissions(doc).map((submission) => submission.teamId));
}

export function hackathonResultsCsv(doc: Y.Doc): string {
  const teams = new Map(readTeams(doc).map((team) => [team.id, team]));
  const challenges = new Map(readChallenges(doc).map((challenge) => [challenge.id, challenge.title]));
  const late = new Map(readSubmissions(doc).map((submission) => [submission.teamId, submission.late]));
  const rows: ResultExportRow[] = hackathonResults(doc).map((row) => {
    const team = teams.get(row.submissionId);
    return { ...row, team: team?.name ?? row.submissionId, challenge: challenges.get(team?.challengeId ?? '') ?? '', late: late.get(row.submissionId) };
  });
  return resultsCsv(rows);
}

export function hackathonCanvasesCsv(doc: Y.Doc): string {
  const challenges = new Map(readChallenges(doc).map((challenge) => [challenge.id, challenge]));
  const submissions = new Map(readSubmissions(doc).map((submission) => [submission.teamId, submission]));
  return canvasesCsv(readTeams(doc).map((team) => ({ team, challenge: challenges.get(team.challengeId), submission: submissions.get(team.id) })));
}
