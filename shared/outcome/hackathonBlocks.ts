import type { HackathonData, HackathonResultRow } from '../hackathon/reportData';
import type { OutcomeBlock } from './blocks';
import type { OutcomeLabels } from './labels';
import { fillCounted, fillLocal, joinList } from './labels';
import { oneLine, shorten } from './text';

/**
 * A hackathon's part of the report, as blocks every format draws the same way: who won, the
 * challenges, each team with its challenge, size, submission and normalised score, and what
 * each team submitted. Until judging closes the marks are secret, so the table has no ranks or
 * scores and a line says why.
 */
export function hackathonBlocks(data: HackathonData, labels: OutcomeLabels): OutcomeBlock[] {
  const words = labels.hackathon;
  const blocks: OutcomeBlock[] = [{ type: 'heading', text: words.heading }];
  const ranked = [...data.results].sort(byRank);
  const winners = ranked.filter((row) => row.rank === 1);
  if (winners.length > 0) {
    const list = joinList(winners.map((row) => fillLocal(row.challenge ? words.teamOnChallenge : words.teamOnly, { team: oneLine(row.team), challenge: oneLine(row.challenge) }, labels)), labels);
    blocks.push({ type: 'paragraph', text: fillCounted(words.winners, winners.length, { list }, labels) });
  } else if (!data.judgingClosed) blocks.push({ type: 'paragraph', text: words.notClosed });

  if (data.challenges.length > 0) {
    const teamsOn = (id: string) => data.teams.filter((team) => team.challengeId === id).length;
    blocks.push({
      type: 'grid',
      caption: words.challenges,
      header: [words.challenge, words.owner, words.teams],
      numeric: [false, false, true],
      rows: data.challenges.map((challenge) => [oneLine(challenge.title), oneLine(challenge.owner), fillLocal('{count}', { count: teamsOn(challenge.id) }, labels)]),
    });
  }

  if (data.teams.length > 0) {
    const results = new Map(data.results.map((row) => [row.teamId, row]));
    const submitted = new Set(data.submissions.map((submission) => submission.teamId));
    const order = (id: string): number => results.get(id)?.rank ?? Number.MAX_SAFE_INTEGER;
    const teams = [...data.teams].sort((a, b) => order(a.id) - order(b.id) || a.name.localeCompare(b.name));
    blocks.push({
      type: 'grid',
      caption: words.teamsCaption,
      header: [words.rank, words.team, words.challenge, words.members, words.submitted, words.score],
      numeric: [true, false, false, true, false, true],
      rows: teams.map((team) => {
        const result = results.get(team.id);
        const rank = result?.rank === undefined ? '' : fillLocal(result.tied ? words.tiedRank : '{rank}', { rank: result.rank }, labels);
        const score = result?.normalisedScore === undefined ? '' : formatScore(result.normalisedScore, labels.language);
        return [rank, oneLine(team.name), oneLine(team.challenge), fillLocal('{count}', { count: team.size }, labels), submitted.has(team.id) ? words.yes : words.no, score];
      }),
    });
    if (data.results.length > 0) blocks.push({ type: 'paragraph', text: words.scoreNote });
  }

  const summaries = data.submissions.filter((submission) => oneLine(submission.summary) !== '');
  if (summaries.length > 0) {
    blocks.push({ type: 'subheading', text: words.submissions });
    blocks.push({ type: 'bullets', items: summaries.map((submission) => fillLocal(words.submissionLine, { team: oneLine(submission.team), summary: shorten(submission.summary, 200, labels.draft.ellipsis) }, labels)) });
  }
  return blocks;
}

function byRank(a: HackathonResultRow, b: HackathonResultRow): number {
  return (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.team.localeCompare(b.team);
}

/** Two decimals, as the report's language writes them: "0.85", "-0.41", "0,85". */
function formatScore(value: number, language: string): string {
  try {
    return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  } catch {
    return value.toFixed(2);
  }
}
