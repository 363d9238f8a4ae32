import type * as Y from 'yjs';
import { readChallenges } from './challenges';
import type { ResultRow } from './results';
import { computeResults } from './results';
import { readScoresFor } from './scores';
import { readRubric, readSettings } from './settings';
import { readSubmissions } from './submissions';
import type { CanvasField } from './schema';
import { canvasFields } from './schema';
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

/** The words of the Word appendix, passed in translated because shared/ holds no sentences. */
export type HackathonAppendixLabels = {
  heading: string;
  resultsCaption: string;
  rank: string;
  team: string;
  challenge: string;
  score: string;
  tie: string;
  unscored: string;
  summary: string;
  fields: Record<CanvasField, string>;
};

export type HackathonAppendix = {
  heading: string;
  table?: { caption: string; header: string[]; rows: string[][] };
  sections: { heading: string; fields: { label: string; value: string }[] }[];
};

/**
 * The hackathon's part of the Word report: the results table, present only once judging has
 * closed (the same moment the facilitator's results panel shows them), then every team's live
 * canvas. Tied teams show the same rank with a note, as on screen.
 */
export function hackathonAppendix(doc: Y.Doc, labels: HackathonAppendixLabels): HackathonAppendix {
  const teams = readTeams(doc);
  const names = new Map(teams.map((team) => [team.id, team]));
  const challenges = new Map(readChallenges(doc).map((challenge) => [challenge.id, challenge.title]));
  const summaries = new Map(readSubmissions(doc).map((submission) => [submission.teamId, submission.summary]));
  const results = hackathonResults(doc);
  const rows = results.map((row) => {
    const team = names.get(row.submissionId);
    const rank = row.rank === undefined ? labels.unscored : row.tied ? `${row.rank} (${labels.tie})` : String(row.rank);
    return [rank, team?.name ?? row.submissionId, challenges.get(team?.challengeId ?? '') ?? '', row.score === undefined ? '' : row.score.toFixed(2)];
  });
  const sections = teams.map((team) => {
    const fields = canvasFields.map((field) => ({ label: labels.fields[field], value: team.canvas?.[field] ?? '' })).filter((field) => field.value.trim() !== '');
    const summary = summaries.get(team.id);
    if (summary) fields.push({ label: labels.summary, value: summary });
    const challenge = challenges.get(team.challengeId);
    return { heading: challenge ? `${team.name} (${challenge})` : team.name, fields };
  });
  return {
    heading: labels.heading,
    ...(rows.length > 0 ? { table: { caption: labels.resultsCaption, header: [labels.rank, labels.team, labels.challenge, labels.score], rows } } : {}),
    sections,
  };
}
