import { findCompetency } from '../competencies/framework';
import type { Translate } from '../exchange/labelKeys';
import { registerLabel } from '../exchange/labelKeys';
import type { OutcomeBlock } from '../outcome/blocks';
import { oneLine } from '../outcome/text';
import type { ProgrammeSummary } from './summary';
import { smallGroupLimit } from './groupProgress';
import { programmeEnglish } from './strings.en';

/**
 * The programme's one-page summary as the report's blocks, so the print page (PDF) and the Word
 * file draw it in the outcome report's style: the workshops, the competencies pooled over them,
 * progress by gender and stakeholder group, and the ten insights. Every table is compact; a
 * programme of twenty workshops still fits one A4 page. `translate` gives the words of stable
 * keys (`programme.summary.*`, competency, group and insight names) in the summary's language,
 * English where it has none.
 */
export type SummaryWords = { language: string; direction: 'ltr' | 'rtl'; translate: Translate };

export function summaryBlocks(name: string, summary: ProgrammeSummary, words: SummaryWords): OutcomeBlock[] {
  const say = (key: string, values: Record<string, string | number> = {}): string => fill(text(words, `programme.summary.${key}`), values, words.language);
  const counted = (key: string, count: number, values: Record<string, string | number> = {}): string => {
    const form = plural(words.language, count);
    const template = exists(words, `programme.summary.${key}_${form}`) ? `${key}_${form}` : `${key}_other`;
    return say(template, { count, ...values });
  };
  const level = (value: number | undefined) => (value === undefined ? say('none') : format(words.language, value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const change = (value: number | undefined) => (value === undefined ? say('none') : format(words.language, value, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }));
  const whole = (value: number) => format(words.language, value, { maximumFractionDigits: 0 });
  const percent = (value: number | undefined) => (value === undefined ? say('none') : format(words.language, value, { style: 'percent', maximumFractionDigits: 0 }));
  const { workshops } = summary;

  const blocks: OutcomeBlock[] = [{ type: 'title', text: say('title', { name: oneLine(name) }) }];
  const dated = workshops.map((row) => row.date).filter((date) => date !== '');
  const places = [...new Set(workshops.map((row) => oneLine(row.venue)).filter((place) => place !== ''))];
  blocks.push({ type: 'field', label: say('workshops'), value: whole(workshops.length) });
  if (dated.length > 0) blocks.push({ type: 'field', label: say('dates'), value: dated.length === 1 ? (dated[0] as string) : say('dateRange', { first: dated[0] as string, last: dated.at(-1) as string }) });
  if (places.length > 0) blocks.push({ type: 'field', label: say('places'), value: places.join(', ') });
  blocks.push({ type: 'field', label: say('people'), value: whole(summary.attendance) });

  const meanChange = (row: ProgrammeSummary['workshops'][number]) => {
    const deltas = row.competencies.filter((item) => item.delta !== undefined);
    return deltas.length === 0 ? undefined : deltas.reduce((sum, item) => sum + (item.delta ?? 0), 0) / deltas.length;
  };
  blocks.push({
    type: 'grid',
    caption: say('workshopsCaption'),
    header: [say('workshop'), say('date'), say('place'), say('registered'), say('ratedBefore'), say('ratedAfter'), say('meanChange')],
    numeric: [false, false, false, true, true, true, true],
    rows: workshops.map((row) => [oneLine(row.title), row.date, oneLine(row.venue), whole(row.attendance), whole(row.respondents.before), whole(row.respondents.after), change(meanChange(row))]),
    compact: true,
  });

  blocks.push({
    type: 'grid',
    caption: say('competenciesCaption'),
    header: [say('competency'), say('priority'), say('before'), say('after'), say('change'), say('improved')],
    numeric: [false, true, true, true, true, true],
    rows: summary.competencies.map((item) => [
      words.translate(findCompetency(item.competencyId)?.key ?? item.competencyId),
      percent(item.share),
      level(item.before.mean),
      level(item.after.mean),
      change(item.delta),
      item.compared === 0 ? say('none') : say('improvedOf', { improved: whole(item.improved), compared: whole(item.compared) }),
    ]),
    compact: true,
  });

  if (summary.groups.length > 0) {
    blocks.push({
      type: 'grid',
      caption: say('groupsCaption'),
      header: [say('group'), say('peopleRated'), say('before'), say('after'), say('change')],
      numeric: [false, true, true, true, true],
      rows: summary.groups.map((group) => {
        const label = registerLabel(group.dimension === 'gender' ? 'genders' : 'groups', group.key === 'notRecorded' ? '' : group.key, words.translate);
        return [group.withheldSomewhere ? `${label} (*)` : label, say('peopleBeforeAfter', { before: whole(group.before.count), after: whole(group.after.count) }), level(group.before.mean), level(group.after.mean), change(group.delta)];
      }),
      compact: true,
    });
    if (summary.groups.some((group) => group.withheldSomewhere)) blocks.push({ type: 'paragraph', text: counted('withheld', smallGroupLimit) });
  }

  if (summary.insights) {
    const { rows, respondents } = summary.insights;
    blocks.push({
      type: 'grid',
      caption: counted('insightsCaption', respondents, { workshops: counted('workshopCount', summary.insights.workshops) }),
      header: [say('insight'), '1', '2', '3', '4', '5', say('dontKnow'), say('mean')],
      numeric: [false, true, true, true, true, true, true, true],
      rows: rows.map((row) => [words.translate(`insights.items.${row.id}`), ...row.counts.map(whole), whole(row.dontKnow), level(row.mean)]),
      compact: true,
    });
  }
  return blocks;
}

function exists(words: SummaryWords, key: string): boolean {
  const found = words.translate(key);
  return (found !== key && found !== '') || programmeEnglish[key] !== undefined;
}

function text(words: SummaryWords, key: string): string {
  const found = words.translate(key);
  return found !== key && found !== '' ? found : (programmeEnglish[key] ?? key);
}

/** `{name}` filled with its value; a name with no value stays, to be seen. */
function fill(template: string, values: Record<string, string | number>, language: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : typeof value === 'number' ? format(language, value, {}) : value;
  });
}

function format(language: string, value: number, options: Intl.NumberFormatOptions): string {
  try {
    return new Intl.NumberFormat(language, options).format(value);
  } catch {
    return new Intl.NumberFormat('en', options).format(value);
  }
}

function plural(language: string, count: number): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(language).select(count);
  } catch {
    return new Intl.PluralRules('en').select(count);
  }
}
