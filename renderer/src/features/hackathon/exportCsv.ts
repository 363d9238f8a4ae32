import type { Challenge, Submission } from '@shared/hackathon/schema';
import type { ResultRow } from '@shared/hackathon/results';
import { canvasesCsv, resultsCsv } from '@shared/hackathon/tables';
import type { TeamView } from '@shared/hackathon/teams';
import { downloadBytes } from '../exchange/download';

type Data = { teams: readonly TeamView[]; challenges: readonly Challenge[]; submissions: readonly Submission[] };

function save(text: string, name: string) {
  downloadBytes(new TextEncoder().encode(text), name, 'text/csv;charset=utf-8');
}

/** The results file: one row per submitted team, with rank, tie and both scores. */
export function downloadResults(rows: readonly ResultRow[], data: Data, title: string) {
  const teams = new Map(data.teams.map((team) => [team.id, team]));
  const challenges = new Map(data.challenges.map((challenge) => [challenge.id, challenge.title]));
  const late = new Map(data.submissions.map((submission) => [submission.teamId, submission.late]));
  const exportRows = rows.map((row) => {
    const team = teams.get(row.submissionId);
    return { ...row, team: team?.name ?? row.submissionId, challenge: challenges.get(team?.challengeId ?? '') ?? '', late: late.get(row.submissionId) };
  });
  save(resultsCsv(exportRows), `${title || 'hackathon'} - results.csv`);
}

/** Every team's canvas, whether or not it submitted. */
export function downloadCanvases(data: Data, title: string) {
  const challenges = new Map(data.challenges.map((challenge) => [challenge.id, challenge]));
  const submissions = new Map(data.submissions.map((submission) => [submission.teamId, submission]));
  const rows = data.teams.map((team) => ({ team, challenge: challenges.get(team.challengeId), submission: submissions.get(team.id) }));
  save(canvasesCsv(rows), `${title || 'hackathon'} - canvases.csv`);
}
