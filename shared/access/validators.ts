import type { z } from 'zod';
import { cardSchema } from '../activities/cards';
import { questionSchema } from '../activities/questions';
import { ballotSchema } from '../activities/votes';
import { participantSchema } from '../attendance/schema';
import { assessmentSchema } from '../competencies/assessment';
import { attachmentSchema } from '../hackathon/attachmentSchema';
import { scoreSheetSchema, submissionSchema, teamSchema } from '../hackathon/schema';
import { insightSheetSchema } from '../insights/answers';
import { commentSchema, itemSchema } from '../roadmap/schema';
import type { participantRoots } from '../workshop/roots';
import { plainValue } from './plainValue';
import { plainLimitsFor } from './rootLimits';

/**
 * One validator per participant root: is this stored value a readable entry? Readers skip what
 * fails (and list it as unreadable); the hub uses the same test to let the facilitator remove an
 * unreadable entry outright while keeping readable ones to soft deletion.
 */
const schemas: Record<(typeof participantRoots)[number], z.ZodType> = {
  cards: cardSchema,
  votes: ballotSchema,
  ratings: assessmentSchema,
  questions: questionSchema,
  participants: participantSchema,
  teams: teamSchema,
  submissions: submissionSchema,
  scores: scoreSheetSchema,
  roadmap: itemSchema,
  roadmapComments: commentSchema,
  insights: insightSheetSchema,
  attachments: attachmentSchema,
};

export const validators = Object.fromEntries(
  Object.entries(schemas).map(([root, schema]) => [
    root,
    (value: unknown): boolean => {
      const plain = plainValue(value, plainLimitsFor(root));
      return plain.ok && schema.safeParse(plain.value).success;
    },
  ]),
) as Record<(typeof participantRoots)[number], (value: unknown) => boolean>;
