import { cardsRoot } from '@shared/activities/cards';
import { clustersRoot } from '@shared/activities/clusters';
import { questionsRoot } from '@shared/activities/questions';
import { votesRoot } from '@shared/activities/votes';
import { participantsRoot } from '@shared/attendance/schema';
import { ratingsRoot } from '@shared/competencies/assessment';
import { runRoot } from '@shared/run/schema';

/** Which document roots each panel reads, so it re-reads only when one of them changes. */
export const watched = {
  agenda: ['meta', 'parts', runRoot],
  board: [cardsRoot, clustersRoot],
  cardVote: [cardsRoot, votesRoot],
  priorities: [votesRoot],
  ratings: [ratingsRoot],
  questions: [questionsRoot],
  register: [participantsRoot],
} as const;
