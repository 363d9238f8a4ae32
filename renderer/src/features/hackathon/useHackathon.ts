import type * as Y from 'yjs';
import type { Actor } from '@shared/activities/outcome';
import { readParticipants } from '@shared/attendance/register';
import { participantsRoot } from '@shared/attendance/schema';
import { readChallenges } from '@shared/hackathon/challenges';
import { computeResults } from '@shared/hackathon/results';
import { challengesRoot, rubricRoot, scoresRoot, settingsRoot, submissionsRoot, teamsRoot } from '@shared/hackathon/schema';
import { judgingProgress, readScoresFor } from '@shared/hackathon/scores';
import { readRubric, readSettings } from '@shared/hackathon/settings';
import { readSubmissions } from '@shared/hackathon/submissions';
import { readTeams } from '@shared/hackathon/teams';
import { runRoot } from '@shared/run/schema';
import { useDocValue } from '../activities/useDocValue';

/** The roots the hackathon's screens read; each hook names only what it needs. */
const setupRoots = [challengesRoot, teamsRoot, submissionsRoot, rubricRoot, settingsRoot, participantsRoot] as const;

/** Challenges, teams, submissions, the rubric and the settings, re-read on every change. */
export function useHackathon(doc: Y.Doc) {
  return useDocValue(doc, setupRoots, (current) => ({
    challenges: readChallenges(current),
    teams: readTeams(current),
    submissions: readSubmissions(current),
    rubric: readRubric(current),
    settings: readSettings(current),
    register: readParticipants(current).participants,
  }));
}

/** The score sheets this viewer may read (their own until judging closes), and who has scored
 *  what (counts only), which the facilitator may always see. */
export function useScores(doc: Y.Doc, viewer: Actor) {
  return useDocValue(
    doc,
    [scoresRoot, settingsRoot, rubricRoot, submissionsRoot],
    (current) => {
      const sheets = readScoresFor(current, viewer);
      const settings = readSettings(current);
      const rubric = readRubric(current);
      const submissionIds = readSubmissions(current).map((submission) => submission.teamId);
      const results = settings.closed && rubric ? computeResults(rubric, sheets, submissionIds) : undefined;
      return { sheets, progress: judgingProgress(current), results };
    },
    [viewer.deviceId, viewer.role],
  );
}

/** The run root, for the sprint timer and the deadline taken from the pitches part. */
export const runRoots = ['meta', 'parts', runRoot] as const;
