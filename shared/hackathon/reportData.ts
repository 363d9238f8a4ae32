import type * as Y from 'yjs';
import { readChallenges } from './challenges';
import { hackathonResults } from './exportData';
import { canvasFields } from './schema';
import { readSettings } from './settings';
import { readSubmissions } from './submissions';
import { readTeams } from './teams';

/**
 * A hackathon as plain rows: challenges, teams, submissions and results. One reading feeds the
 * JSON export and the report's hackathon section, so both tell the same story. Results are
 * present only once judging has closed (before that the marks are secret, as on screen).
 */
export type HackathonChallengeRow = { id: string; title: string; problem: string; affected: string; data: string; constraints: string; owner: string };
export type HackathonTeamRow = { id: string; name: string; challengeId: string; challenge: string; size: number; members: string[]; canvas: Record<string, string> };
export type HackathonSubmissionRow = { teamId: string; team: string; summary: string; submittedAt: number; late: boolean };
export type HackathonResultRow = {
  teamId: string;
  team: string;
  challenge: string;
  /** 1 is best; absent when nobody scored the team. */
  rank?: number;
  tied: boolean;
  /** Mean of the judges' z-scores (see ./results.ts), rounded to three decimals. */
  normalisedScore?: number;
  /** Weighted mean of the plain marks on the rubric's scale, rounded to two decimals. */
  rawScore?: number;
  judges: number;
};
export type HackathonData = {
  judgingClosed: boolean;
  challenges: HackathonChallengeRow[];
  teams: HackathonTeamRow[];
  submissions: HackathonSubmissionRow[];
  results: HackathonResultRow[];
};

const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;

export function hackathonData(doc: Y.Doc): HackathonData {
  const challenges = readChallenges(doc).filter((challenge) => challenge.deletedAt === undefined);
  const titles = new Map(challenges.map((challenge) => [challenge.id, challenge.title]));
  const teams = readTeams(doc);
  const teamById = new Map(teams.map((team) => [team.id, team]));
  const teamName = (id: string): string => teamById.get(id)?.name ?? id;
  const challengeOf = (teamId: string): string => titles.get(teamById.get(teamId)?.challengeId ?? '') ?? '';
  return {
    judgingClosed: readSettings(doc).closed,
    challenges: challenges.map(({ id, title, problem, affected, data, constraints, owner }) => ({ id, title, problem, affected, data, constraints, owner })),
    teams: teams.map((team) => ({
      id: team.id,
      name: team.name,
      challengeId: team.challengeId,
      challenge: titles.get(team.challengeId) ?? '',
      size: team.size,
      members: Object.values(team.members).map((member) => member.name),
      canvas: Object.fromEntries(canvasFields.flatMap((field) => (team.canvas?.[field]?.trim() ? [[field, team.canvas[field] as string]] : []))),
    })),
    submissions: readSubmissions(doc).map((submission) => ({
      teamId: submission.teamId,
      team: teamName(submission.teamId),
      summary: submission.summary,
      submittedAt: submission.submittedAt,
      late: submission.late,
    })),
    results: hackathonResults(doc).map((row) => {
      const result: HackathonResultRow = { teamId: row.submissionId, team: teamName(row.submissionId), challenge: challengeOf(row.submissionId), tied: row.tied, judges: row.judges };
      if (row.rank !== undefined) result.rank = row.rank;
      if (row.score !== undefined) result.normalisedScore = round(row.score, 3);
      if (row.raw !== undefined) result.rawScore = round(row.raw, 2);
      return result;
    }),
  };
}

/** True when the document holds anything of a hackathon worth reporting. */
export function hasHackathonData(data: HackathonData): boolean {
  return data.challenges.length > 0 || data.teams.length > 0 || data.submissions.length > 0;
}
