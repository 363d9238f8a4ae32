import { z } from 'zod';
import { outcomeSchema } from '../outcome/schema';
import { roadmapStatuses } from '../outcome/inputs';
import { metaSchema, partSchema } from '../workshop/schema';

/**
 * The shape of the "Everything (JSON)" export, as one validator. docs/export-schema.json is
 * generated from it (`npx tsx tests/tools/writeExportSchema.ts`) and a unit test checks the two
 * agree, so the documented schema cannot drift from what the app writes. Rows are strict
 * objects: a field added to an export without a line here fails that test, not an analyst.
 */
const text = z.string();
const count = z.number().int().min(0);
const provenance = z.strictObject({ workshopId: text, workshopTitle: text }).describe('The workshop a row came from, in a combined dataset.');
const lines = z.array(text);

const participant = z.strictObject({
  id: text.describe('The register’s id; empty under Chatham House.'),
  name: text,
  email: text,
  organisation: text,
  gender: text.describe('Stable key (woman, man, anotherIdentity, preferNotToSay); empty when not recorded.'),
  group: text.describe('Stable key of the stakeholder group (government, civilSociety, …); empty when not recorded.'),
  mode: z.enum(['onsite', 'online', '']).describe('Onsite or online; empty when the register does not say (never assumed onsite).'),
  country: text.optional(),
  source: provenance.optional(),
});

const card = z.strictObject({
  id: text,
  text,
  votes: count.describe('Dots the card received in every dot vote on its part.'),
  cluster: text.optional().describe('Id of the cluster the card was sorted into.'),
  part: text.optional().describe('Title of the agenda part the card was written in.'),
  category: text.optional().describe('Stable id of the card’s category (a barrier in the three-part forum).'),
  categoryLabel: text.optional().describe('The category in words, in the session’s language.'),
  held: z.boolean().optional().describe('Held back by the facilitator and never revealed to the room.'),
  merged: lines.optional().describe('The words of cards merged into this one.'),
  deleted: z.boolean().optional(),
  source: provenance.optional(),
});

const cluster = z.strictObject({ id: text, label: text, source: provenance.optional() });

const roadmapItem = z.strictObject({
  id: text,
  title: text,
  status: z.enum(roadmapStatuses),
  horizon: text.describe('The horizon in words (“Y1 Q2”).'),
  horizonKey: text.optional().describe('The horizon’s stable id (y1q2, y1h1, later).'),
  votes: count,
  owner: text.optional(),
  description: text.optional().describe('Plain text, one block per line.'),
  challengeIds: lines.optional().describe('Ids of the challenge cards the item answers.'),
  challenges: lines.optional().describe('The words of those cards.'),
  comments: lines.optional(),
  deleted: z.boolean().optional(),
  source: provenance.optional(),
});

const question = z.strictObject({ id: text, text, votes: count, answered: z.boolean(), askedBy: text.optional(), source: provenance.optional() });

const mean = z.number().min(0).max(5).describe('Mean self-assessed level (1–5), two decimals.');

const competencyResult = z.strictObject({
  competencyId: text.optional(),
  domainId: text.optional(),
  competency: text,
  domain: text,
  before: mean.optional(),
  after: mean.optional(),
  respondents: count,
  source: provenance.optional(),
});

const competencyPriority = z.strictObject({
  id: text.optional(),
  name: text,
  domain: text.optional(),
  share: z.number().min(0).max(1).describe('Part of the room’s priority dots (0–1), three decimals.'),
  ratings: count,
  before: mean.optional(),
  after: mean.optional(),
  source: provenance.optional(),
});

const runLogEntry = z.strictObject({
  partId: text,
  title: text,
  startedAt: z.number().describe('Epoch milliseconds.'),
  endedAt: z.number().optional().describe('Absent for a part still running at export.'),
});

const hackathon = z
  .strictObject({
    judgingClosed: z.boolean(),
    challenges: z.array(z.strictObject({ id: text, title: text, problem: text, affected: text, data: text, constraints: text, owner: text })),
    teams: z.array(
      z.strictObject({
        id: text,
        name: text,
        challengeId: text,
        challenge: text,
        size: count,
        members: lines.describe('Members’ names; empty under Chatham House.'),
        canvas: z.record(text, text).describe('The live team canvas, by field (problem, users, idea, howItWorks, dataNeeded, risks, nextSteps).'),
      }),
    ),
    submissions: z.array(z.strictObject({ teamId: text, team: text, summary: text, submittedAt: z.number(), late: z.boolean() })),
    results: z
      .array(
        z.strictObject({
          teamId: text,
          team: text,
          challenge: text,
          rank: z.number().int().min(1).optional(),
          tied: z.boolean(),
          normalisedScore: z.number().optional().describe('Mean of the judges’ z-scores; may be negative.'),
          rawScore: z.number().optional(),
          judges: count,
        }),
      )
      .describe('Empty until judging has closed.'),
  })
  .describe('Present for a hackathon with challenges, teams or submissions.');

const commitment = z
  .strictObject({
    id: text.describe('Stable id: origin workshop / roadmap or plan / item; the same in every workshop that carries it.'),
    origin: z.strictObject({ workshopId: text, workshopTitle: text, workshopDate: text, kind: z.enum(['roadmap', 'plan']), itemId: text }),
    title: text,
    owner: text,
    horizon: text.optional().describe('Stable key of the roadmap horizon (y1h1, later, …).'),
    carriedAt: z.number().describe('Epoch milliseconds.'),
    status: z.enum(['done', 'inProgress', 'notStarted', 'dropped']).optional().describe('The latest review’s; absent before any.'),
    reviews: z.array(z.strictObject({ status: z.enum(['done', 'inProgress', 'notStarted', 'dropped']), note: text, at: z.number(), by: text.describe('The facilitator’s name, or their device id.') })),
  })
  .describe('An earlier workshop’s open action carried into this one, with this workshop’s reviews.');
const insightProfile = z
  .strictObject({
    partId: text,
    partTitle: text,
    respondents: count,
    rows: z.array(
      z.strictObject({
        id: text.describe('The insight’s stable id (leadership, data, workforce, strategy, competencies, baselineLiteracy, trainingKpis, academia, privateSector, international).'),
        group: z.enum(['principle', 'step']),
        counts: z.array(count).length(5).describe('People who chose each level, 1 (not at all) to 5 (fully).'),
        dontKnow: count,
        rated: count.describe('People who chose a level; “don’t know” left out.'),
        mean: z.number().optional().describe('Mean level over the people who rated it.'),
      }),
    ),
  })
  .describe('One ten insights check: the room’s counts per level, never who answered.');

const data = z.strictObject({
  participants: z.array(participant),
  cards: z.array(card),
  clusters: z.array(cluster),
  roadmapItems: z.array(roadmapItem),
  questions: z.array(question),
  competencyResults: z.array(competencyResult),
  competencyPriorities: z.array(competencyPriority),
  runLog: z.array(runLogEntry),
  hackathon: hackathon.optional(),
  commitments: z.array(commitment).optional().describe('Present when commitments of earlier workshops were carried into this one.'),
  insights: z.array(insightProfile).optional().describe('Present when the workshop ran the ten insights check and someone answered.'),
});

export const workshopExportSchema = z
  .strictObject({
    format: z.literal('baraza-workshop-json'),
    formatVersion: z.literal(3).describe('Version of this export’s shape, the one this schema describes.'),
    schemaVersion: z.number().int().positive().describe('Version of the workshop document the export was read from.'),
    exportedAt: z.number(),
    appVersion: text,
    workshop: metaSchema.nullable(),
    agenda: z.array(partSchema),
    outcome: outcomeSchema.nullable(),
    data: data.nullable(),
    problems: lines.describe('What failed validation and was therefore left out; empty for a sound workshop.'),
  })
  .describe('Everything a person entered in one Baraza workshop, exported as JSON for analysis.');

/** The JSON Schema document published in docs/export-schema.json. */
export function exportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(workshopExportSchema, { unrepresentable: 'any' }),
    $id: 'https://baraza.invalid/schemas/workshop-export-3.json',
    title: 'Baraza workshop export (Everything, JSON)',
  };
}
