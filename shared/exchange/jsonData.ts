import type * as Y from 'yjs';
import { commitmentRows, type CommitmentRow } from '../commitments/rows';
import type { HackathonData } from '../hackathon/reportData';
import { hackathonData, hasHackathonData } from '../hackathon/reportData';
import { insightProfilesJson, type InsightProfileJson } from '../insights/exportData';
import { workshopInsightProfiles } from '../insights/reportData';
import type { AdapterOptions } from '../outcome/adapter';
import { datasetFromDoc, outcomeSourcesFromDoc } from '../outcome/adapter';
import type { CompetencyPriorityInput, RunLogEntry } from '../outcome/inputs';
import type { WorkshopDataset } from './combine';
import { roundTo } from './datasets';

/**
 * Everything a person entered in a workshop, as rows for the JSON export: the datasets of the
 * CSV files plus what only the JSON carries (the room's competency priorities, the run log, the
 * hackathon). Means and shares are rounded here, once, so the JSON and the CSVs agree.
 */
export type WorkshopJsonData = WorkshopDataset & {
  competencyPriorities: CompetencyPriorityInput[];
  runLog: RunLogEntry[];
  /** Absent outside hackathons, or when nothing of one was entered. */
  hackathon?: HackathonData;
  /** Absent when no commitments were carried into the workshop. */
  commitments?: CommitmentRow[];
  /** The ten insights profiles (counts per level, never who answered); absent when the check did not run. */
  insights?: InsightProfileJson[];
};

export function jsonDataFromDoc(doc: Y.Doc, options: AdapterOptions): WorkshopJsonData {
  const dataset = datasetFromDoc(doc, options);
  const sources = outcomeSourcesFromDoc(doc, options);
  const hackathon = hackathonData(doc);
  const commitments = commitmentRows(doc);
  const insights = insightProfilesJson(workshopInsightProfiles(doc));
  return {
    ...dataset,
    competencyResults: dataset.competencyResults.map((row) => withRounded(row, ['before', 'after'], 2)),
    competencyPriorities: (sources?.competencyPriorities ?? []).map((row) => withRounded(withRounded(row, ['before', 'after'], 2), ['share'], 3)),
    runLog: sources?.runLog ?? [],
    ...(hasHackathonData(hackathon) ? { hackathon } : {}),
    ...(commitments.length > 0 ? { commitments } : {}),
    ...(insights.length > 0 ? { insights } : {}),
  };
}

function withRounded<Row extends object>(row: Row, keys: readonly (keyof Row & string)[], places: number): Row {
  const out = { ...row };
  for (const key of keys) {
    const value = out[key];
    if (typeof value === 'number') (out as Record<string, unknown>)[key] = roundTo(value, places);
  }
  return out;
}

/**
 * The JSON under Chatham House: the same rule as the participants CSV, so ticking the box
 * protects people whichever file is sent. Only mode, gender and group stay of the register, rows
 * sorted by them so their order cannot be matched against a sign-in sheet; who asked a question
 * and who sat in which hackathon team go too.
 */
export function withoutIdentities(data: WorkshopJsonData): WorkshopJsonData {
  const participants = data.participants
    .map((person) => ({ id: '', name: '', email: '', organisation: '', gender: person.gender, group: person.group, mode: person.mode }))
    .sort((a, b) => `${a.mode}/${a.group}/${a.gender}`.localeCompare(`${b.mode}/${b.group}/${b.gender}`));
  const questions = data.questions.map(({ askedBy: _askedBy, ...question }) => question);
  const hackathon = data.hackathon ? { ...data.hackathon, teams: data.hackathon.teams.map((team) => ({ ...team, members: [] })) } : undefined;
  return { ...data, participants, questions, ...(hackathon ? { hackathon } : {}) };
}
