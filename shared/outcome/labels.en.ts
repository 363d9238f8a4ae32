import type { OutcomeLabels } from './labels';
import { outcomeLabelsFrom } from './reportLabels';
import { reportEnglish } from './strings.en';

/**
 * The English wording of the outcome document, used when no translation is passed (tests,
 * benchmarks, combined reports read outside the app). The words themselves are in ./strings.en.ts.
 */
export const outcomeLabelsEn: OutcomeLabels = outcomeLabelsFrom((key) => reportEnglish[key], 'en', 'ltr');
