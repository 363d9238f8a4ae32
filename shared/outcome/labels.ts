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
  /** Names of known gender keys, as a table row shows them ("Women"); an unknown key is shown as it is. */
  genders: Record<string, string>;
  /** A count of people of a gender inside a sentence, in each plural form ("1 woman", "2 women"). */
  genderCounts: Record<string, CountedTemplate>;
  /** Names of known stakeholder-group keys ("Civil society"). */
  groups: Record<string, string>;
  /** How lists of names are joined in a sentence: "a, b and c". */
  list: { separator: string; lastSeparator: string };
  sdgTag: string;
  /** Captions of the report's picture, saying what it draws. */
  /** `more`: under a horizon of the shorter picture, the items not drawn ("+3 more"). */
  pictures: { agreedRoadmap: CountedTemplate; agenda: string; more: CountedTemplate };
  /** The ten insights check: its heading, the table's caption ({count} people) and columns;
   *  `partCaption` names the part when a workshop ran the check more than once. */
  insights: { heading: string; caption: CountedTemplate; partCaption: string; insight: string; dontKnow: string; mean: string; noMean: string };
  /** The hackathon section: headings, column names and its few sentences. */
  hackathon: {
    heading: string;
    /** {list} of winning teams; several when tied. */
    winners: CountedTemplate;
    teamOnChallenge: string;
    teamOnly: string;
    notClosed: string;
    challenges: string;
    challenge: string;
    owner: string;
    teams: string;
    teamsCaption: string;
    rank: string;
    tiedRank: string;
    team: string;
    members: string;
    submitted: string;
    score: string;
    scoreNote: string;
    yes: string;
    no: string;
    submissions: string;
    submissionLine: string;
  };
  /** Follow-up of earlier commitments (./followUpBlocks.ts): {status} names, {count} and {list}. */
  followUp: {
    heading: string;
    summary: CountedTemplate;
    countOf: string;
    statuses: Record<'done' | 'inProgress' | 'notStarted' | 'dropped' | 'unreviewed', string>;
    line: string;
    lineOwned: string;
    withNote: string;
  };
  /** The IGF-style session report (./igf.ts): headings, roles, the deadline and the tags. */
  igf: {
    title: string;
    speakers: string;
    onsiteModerator: string;
    onlineModerator: string;
    rapporteur: string;
    keyTakeaways: string;
    callToAction: string;
    /** The deadline under takeaways and call to action: with {date}, or without a date. */
    dueSessionDayOn: string;
    dueSessionDay: string;
    sessionReport: string;
    keyInsights: string;
    nextSteps: string;
    tags: string;
    sdgTargets: string;
    wsisLines: string;
    /** One Action Line: {line} ("C7"). */
    wsisLine: string;
  };
  /** Sentence templates for the first draft. */
  draft: {
    /** The date line: {date}, {start} and {end}; `dateOnly` when no times are set. */
    dateTime: string;
    dateOnly: string;
    /** A cluster: {label}, {cards}, {votes} (already worded by `votes`) and an {example} card. */
    keyIssueCluster: CountedTemplate;
    /** A single card: {text} and {votes} (worded). */
    keyIssueCard: string;
    /** A single card filed under a barrier: {text}, {barriers}, {votes}. */
    keyIssueCardWithBarriers: string;
    /** "one vote", "12 votes". */
    votes: CountedTemplate;
    /** A cluster or card with the barriers its cards were filed under: {label}, {barriers}. */
    withBarriers: string;
    trendPriority: string;
    trendGrowth: string;
    attendance: CountedTemplate;
    attendanceOnsiteOnly: CountedTemplate;
    /** Used when some people's onsite/online mode was not recorded: {notRecorded}. */
    attendanceWithUnrecorded: CountedTemplate;
    /** Used when nobody's onsite/online mode was recorded. */
    attendanceModeUnknown: CountedTemplate;
    /** The attendance line followed by its gender counts: {attendance}, {list}. */
    attendanceByGender: string;
    /** An agreed roadmap item as a tangible outcome: {title}, {votes} (worded). */
    outcomeAgreed: string;
    /** Lines for what the facilitator marked "outcome": {text} of a card or question; {title}, {votes} of a proposal. */
    outcomeMarkedCard: string;
    outcomeMarkedQuestion: string;
    outcomeMarkedProposal: string;
    contributions: string;
    /** Plan lines: {owner}, {title}, {horizon}. */
    planOwned: string;
    planOwnedNoHorizon: string;
    planAgreed: string;
    planNoOwnerNoHorizon: string;
    planProposed: string;
    themesFromLeftovers: string;
    /** The open questions most upvoted, each quoted with `quoted`: {list}. */
    themesFromQuestions: string;
    quoted: string;
    /** The questions' sentence and the subjects' sentence in one paragraph: {first}, {second}. */
    themesJoined: string;
    themesEmpty: string;
    /** Put after a bullet that was cut short. */
    ellipsis: string;
  };
};

/** Replaces `{name}` with `values.name`; a name with no value is left as written, to be seen. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Fills the plural form that `count` needs in the labels' language; numbers as that language writes them. */
export function fillCounted(template: CountedTemplate, count: number, values: Readonly<Record<string, string | number>>, labels: OutcomeLabels): string {
  const category = pluralRules(labels.language).select(count);
  return fillLocal(template[category] ?? template.other, values, labels);
}

/** Like fillTemplate, with every number written in the labels' language ("1,234", "١٢"). */
export function fillLocal(template: string, values: Readonly<Record<string, string | number>>, labels: OutcomeLabels): string {
  const format = numberFormat(labels.language);
  return fillTemplate(template, Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'number' ? format.format(value) : value])));
}

const formatCache = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string): Intl.NumberFormat {
  let format = formatCache.get(language);
  if (!format) {
    try {
      format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    } catch {
      format = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    }
    formatCache.set(language, format);
  }
  return format;
}

/** A mean level with one decimal, as the labels' language writes it ("2.4", "2,4"). */
export function formatLevel(value: number, labels: OutcomeLabels): string {
  try {
    return new Intl.NumberFormat(labels.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  } catch {
    return value.toFixed(1);
  }
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

/** "1 woman", "2 women"; an unknown gender key is counted as "2 <key>". */
export function genderCount(key: string, count: number, labels: OutcomeLabels): string {
  const template = labels.genderCounts[key];
  return template ? fillCounted(template, count, { count }, labels) : `${count} ${genderName(key, labels)}`;
}

export function groupName(key: string, labels: OutcomeLabels): string {
  return labels.groups[key] ?? key;
}
