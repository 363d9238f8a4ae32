/**
 * A sentence that names a count, in each plural form the language has (Intl.PluralRules
 * categories: English needs `one` and `other`, Arabic also `zero`, `two`, `few` and `many`).
 */
export type CountedTemplate = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every word the outcome document shows that does not come from the workshop itself. The
 * renderer passes its translation; shared/ holds no sentences of its own. Templates name their
 * values in braces (`{count}`), filled by `fillTemplate`.
 */
export type OutcomeLabels = {
  /** BCP 47 code of the labels' language, written into HTML and DOCX. */
  language: string;
  /** Right-to-left scripts (Arabic) flip the HTML layout. */
  direction: 'ltr' | 'rtl';
  /** Heading of the whole document: {title} is the session title. */
  documentTitle: string;
  fields: { organiser: string; dateTime: string; venue: string };
  sections: { keyIssues: string; trends: string; outcomes: string; plan: string; themes: string; participation: string; sdgTags: string };
  participation: {
    figure: string;
    count: string;
    onsite: string;
    online: string;
    /** People whose onsite/online mode was not recorded. */
    notRecorded: string;
    total: string;
    byGender: string;
    byGroup: string;
  };
  /** Names of known gender keys; an unknown key is shown as it is. */
  genders: Record<string, string>;
  /** Names of known stakeholder-group keys. */
  groups: Record<string, string>;
  /** How lists of names are joined in a sentence: "a, b and c". */
  list: { separator: string; lastSeparator: string };
  /** "{count} {name}" as one entry of a figures list ("12 women"). */
  countOf: string;
  sdgTag: string;
  roadmapImageAlt: string;
  /** Sentence templates for the first draft. */
  draft: {
    /** The date line: {date}, {start} and {end}; `dateOnly` when no times are set. */
    dateTime: string;
    dateOnly: string;
    keyIssueCluster: CountedTemplate;
    keyIssueCard: CountedTemplate;
    trendPriority: string;
    trendGrowth: string;
    attendance: CountedTemplate;
    attendanceOnsiteOnly: CountedTemplate;
    /** Used when some people's onsite/online mode was not recorded: {notRecorded}. */
    attendanceWithUnrecorded: CountedTemplate;
    byGender: string;
    byGroup: string;
    runLog: CountedTemplate;
    contributions: string;
    agreedItems: CountedTemplate;
    planAgreed: string;
    planProposed: string;
    themesFromLeftovers: string;
    themesEmpty: string;
    /** Put after a bullet that was cut short. */
    ellipsis: string;
  };
};

/** Replaces `{name}` with `values.name`; a name with no value is left as written, to be seen. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Fills the plural form that `count` needs in the labels' language. */
export function fillCounted(template: CountedTemplate, count: number, values: Readonly<Record<string, string | number>>, labels: OutcomeLabels): string {
  const category = pluralRules(labels.language).select(count);
  return fillTemplate(template[category] ?? template.other, values);
}

const rulesCache = new Map<string, Intl.PluralRules>();

function pluralRules(language: string): Intl.PluralRules {
  let rules = rulesCache.get(language);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(language);
    } catch {
      // An unknown language tag must not stop the report: fall back to the root rules.
      rules = new Intl.PluralRules('en');
    }
    rulesCache.set(language, rules);
  }
  return rules;
}

/** Joins names the way the labels' language does: "a, b and c". */
export function joinList(items: readonly string[], labels: OutcomeLabels): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(labels.list.separator)}${labels.list.lastSeparator}${items[items.length - 1]}`;
}

export function genderName(key: string, labels: OutcomeLabels): string {
  return labels.genders[key] ?? key;
}

export function groupName(key: string, labels: OutcomeLabels): string {
  return labels.groups[key] ?? key;
}
