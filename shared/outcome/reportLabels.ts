import type { CountedTemplate, OutcomeLabels } from './labels';
import { reportEnglish } from './strings.en';

/**
 * Builds the report's labels from translation keys (see ./strings.en.ts), so the words of the
 * outcome document live in the same translation files as the rest of the app. `translate`
 * returns undefined for a key the language lacks; that key then falls back to English, one key
 * at a time, so a half-translated language still gives a whole report.
 */
export type KeyLookup = (key: string) => string | undefined;

const pluralForms: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const genderKeys = ['women', 'men', 'other', 'undisclosed', 'notRecorded'] as const;
const igfKeys = ['title', 'speakers', 'onsiteModerator', 'onlineModerator', 'rapporteur', 'keyTakeaways', 'callToAction', 'dueSessionDayOn', 'dueSessionDay', 'sessionReport', 'keyInsights', 'nextSteps', 'tags', 'sdgTargets', 'wsisLines', 'wsisLine'] as const;
const followUpStatusKeys = ['done', 'inProgress', 'notStarted', 'dropped', 'unreviewed'] as const;
const groupKeys = ['government', 'civilSociety', 'intergovernmental', 'academia', 'privateSector', 'technical', 'media', 'other', 'notRecorded'] as const;

export function outcomeLabelsFrom(lookup: KeyLookup, language: string, direction: 'ltr' | 'rtl'): OutcomeLabels {
  const text = (key: string): string => lookup(`report.${key}`) ?? reportEnglish[`report.${key}`] ?? '';
  const counted = (key: string): CountedTemplate => {
    const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
    for (const form of pluralForms) {
      const value = lookup(`report.${key}_${form}`);
      if (value !== undefined) forms[form] = value;
    }
    // `other` is required; a language that gave none of its own borrows English whole, rather
    // than mixing its `one` with English `other`.
    if (forms.other === undefined) return { one: text(`${key}_one`), other: text(`${key}_other`) };
    return { ...forms, other: forms.other };
  };
  const record = <Key extends string>(keys: readonly Key[], read: (key: Key) => string): Record<string, string> => Object.fromEntries(keys.map((key) => [key, read(key)]));
  return {
    language,
    direction,
    documentTitle: text('documentTitle'),
    fields: { organiser: text('fields.organiser'), dateTime: text('fields.dateTime'), venue: text('fields.venue') },
    sections: {
      keyIssues: text('sections.keyIssues'),
      trends: text('sections.trends'),
      outcomes: text('sections.outcomes'),
      plan: text('sections.plan'),
      themes: text('sections.themes'),
      participation: text('sections.participation'),
      sdgTags: text('sections.sdgTags'),
    },
    participation: {
      figure: text('participation.figure'),
      count: text('participation.count'),
      onsite: text('participation.onsite'),
      online: text('participation.online'),
      notRecorded: text('participation.notRecorded'),
      total: text('participation.total'),
      byGender: text('participation.byGender'),
      byGroup: text('participation.byGroup'),
    },
    genders: record(genderKeys, (key) => text(`genders.${key}`)),
    genderCounts: Object.fromEntries(genderKeys.map((key) => [key, counted(`genderCounts.${key}`)])),
    groups: record(groupKeys, (key) => text(`groups.${key}`)),
    list: { separator: text('list.separator'), lastSeparator: text('list.lastSeparator') },
    sdgTag: text('sdgTag'),
    pictures: { agreedRoadmap: counted('pictures.agreedRoadmap'), agenda: text('pictures.agenda'), more: counted('pictures.more') },
    insights: {
      heading: text('insights.heading'),
      caption: counted('insights.caption'),
      partCaption: text('insights.partCaption'),
      insight: text('insights.insight'),
      dontKnow: text('insights.dontKnow'),
      mean: text('insights.mean'),
      noMean: text('insights.noMean'),
    },
    hackathon: {
      heading: text('hackathon.heading'),
      winners: counted('hackathon.winners'),
      teamOnChallenge: text('hackathon.teamOnChallenge'),
      teamOnly: text('hackathon.teamOnly'),
      notClosed: text('hackathon.notClosed'),
      challenges: text('hackathon.challenges'),
      challenge: text('hackathon.challenge'),
      owner: text('hackathon.owner'),
      teams: text('hackathon.teams'),
      teamsCaption: text('hackathon.teamsCaption'),
      rank: text('hackathon.rank'),
      tiedRank: text('hackathon.tiedRank'),
      team: text('hackathon.team'),
      members: text('hackathon.members'),
      submitted: text('hackathon.submitted'),
      score: text('hackathon.score'),
      scoreNote: text('hackathon.scoreNote'),
      yes: text('hackathon.yes'),
      no: text('hackathon.no'),
      submissions: text('hackathon.submissions'),
      submissionLine: text('hackathon.submissionLine'),
    },
    followUp: {
      heading: text('followUp.heading'),
      summary: counted('followUp.summary'),
      countOf: text('followUp.countOf'),
      statuses: record(followUpStatusKeys, (key) => text(`followUp.status.${key}`)) as OutcomeLabels['followUp']['statuses'],
      line: text('followUp.line'),
      lineOwned: text('followUp.lineOwned'),
      withNote: text('followUp.withNote'),
    },
    igf: record(igfKeys, (key) => text(`igf.${key}`)) as OutcomeLabels['igf'],
    draft: {
      dateTime: text('draft.dateTime'),
      dateOnly: text('draft.dateOnly'),
      keyIssueCluster: counted('draft.keyIssueCluster'),
      keyIssueCard: text('draft.keyIssueCard'),
      keyIssueCardWithBarriers: text('draft.keyIssueCardWithBarriers'),
      votes: counted('draft.votes'),
      withBarriers: text('draft.withBarriers'),
      trendPriority: text('draft.trendPriority'),
      trendGrowth: text('draft.trendGrowth'),
      attendance: counted('draft.attendance'),
      attendanceOnsiteOnly: counted('draft.attendanceOnsiteOnly'),
      attendanceWithUnrecorded: counted('draft.attendanceWithUnrecorded'),
      attendanceModeUnknown: counted('draft.attendanceModeUnknown'),
      attendanceByGender: text('draft.attendanceByGender'),
      outcomeAgreed: text('draft.outcomeAgreed'),
      outcomeMarkedCard: text('draft.outcomeMarkedCard'),
      outcomeMarkedQuestion: text('draft.outcomeMarkedQuestion'),
      outcomeMarkedProposal: text('draft.outcomeMarkedProposal'),
      contributions: text('draft.contributions'),
      planOwned: text('draft.planOwned'),
      planOwnedNoHorizon: text('draft.planOwnedNoHorizon'),
      planAgreed: text('draft.planAgreed'),
      planNoOwnerNoHorizon: text('draft.planNoOwnerNoHorizon'),
      planProposed: text('draft.planProposed'),
      themesFromLeftovers: text('draft.themesFromLeftovers'),
      themesFromQuestions: text('draft.themesFromQuestions'),
      quoted: text('draft.quoted'),
      themesJoined: text('draft.themesJoined'),
      themesEmpty: text('draft.themesEmpty'),
      ellipsis: text('draft.ellipsis'),
    },
  };
}
