import type { OutcomeLabels } from '@shared/outcome/labels';

/**
 * The outcome report in French. French counts 0 and 1 as singular (`one`), so singular forms
 * carry the number rather than the word "un". Terms follow docs/GLOSSARY.md (ODD for SDG).
 */
export const labels: OutcomeLabels = {
  language: 'fr',
  direction: 'ltr',
  documentTitle: 'Synthèse de la séance : {title}',
  fields: { organiser: 'Organisé par', dateTime: 'Date et heure', venue: 'Lieu ou lien' },
  sections: {
    keyIssues: 'Principales questions abordées',
    trends: 'Tendances émergentes, défis, réalisations et opportunités',
    outcomes: 'Résultats concrets',
    plan: 'Plan d’action',
    themes: 'Thèmes proposés pour le prochain forum',
    participation: 'Participation',
    sdgTags: 'Objectifs de développement durable',
  },
  participation: {
    figure: 'Participants',
    count: 'Nombre',
    onsite: 'Dans la salle',
    online: 'En ligne',
    total: 'Total',
    byGender: 'Par genre',
    byGroup: 'Par groupe de parties prenantes',
  },
  genders: { women: 'femmes', men: 'hommes', other: 'autre genre', undisclosed: 'non précisé', notRecorded: 'genre non renseigné' },
  groups: {
    government: 'gouvernement',
    civilSociety: 'société civile',
    intergovernmental: 'organisations intergouvernementales',
    academia: 'milieu universitaire',
    privateSector: 'secteur privé',
    technical: 'communauté technique',
    media: 'médias',
    other: 'autres',
    notRecorded: 'groupe non renseigné',
  },
  list: { separator: ', ', lastSeparator: ' et ' },
  countOf: '{count} {name}',
  sdgTag: 'ODD {tag}',
  roadmapImageAlt: 'Frise de la feuille de route convenue par la salle',
  draft: {
    dateTime: '{date}, {start}–{end}',
    dateOnly: '{date}',
    keyIssueCluster: {
      one: '{label}, soulevé dans {cards} contribution : « {example} »',
      many: '{label}, soulevé dans {cards} contributions, par exemple « {example} »',
      other: '{label}, soulevé dans {cards} contributions, par exemple « {example} »',
    },
    keyIssueCard: { one: '{text} ({votes} voix)', many: '{text} ({votes} voix)', other: '{text} ({votes} voix)' },
    trendPriority: '{name} ressort comme une priorité, avec {percent} % des choix de la salle',
    trendGrowth: '{name} : le niveau auto-évalué est passé de {before} à {after} au cours de la séance',
    attendance: {
      one: '{total} personne a participé, en ligne',
      many: '{total} personnes ont participé : {onsite} dans la salle et {online} en ligne',
      other: '{total} personnes ont participé : {onsite} dans la salle et {online} en ligne',
    },
    attendanceOnsiteOnly: { one: '{total} personne a participé, dans la salle', many: '{total} personnes ont participé dans la salle', other: '{total} personnes ont participé dans la salle' },
    byGender: 'Par genre, les participants étaient : {list}',
    byGroup: 'Par groupe de parties prenantes : {list}',
    runLog: {
      one: 'La séance a déroulé {parts} partie du programme en {minutes} min',
      many: 'La séance a déroulé {parts} parties du programme en {minutes} min',
      other: 'La séance a déroulé {parts} parties du programme en {minutes} min',
    },
    contributions: 'Contributions écrites par les participants : {cards} ; votes exprimés : {votes}',
    agreedItems: { one: 'La salle s’est accordée sur {count} action de la feuille de route', many: 'La salle s’est accordée sur {count} actions de la feuille de route', other: 'La salle s’est accordée sur {count} actions de la feuille de route' },
    planAgreed: '{title} ({horizon})',
    planProposed: '{title} ({horizon} ; proposé, encore à confirmer)',
    themesFromLeftovers: 'Sujets soulevés pendant la séance qui méritent une discussion plus approfondie la prochaine fois : {list}.',
    themesEmpty: '',
    ellipsis: '…',
  },
};
