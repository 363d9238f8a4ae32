import type { OutcomeLabels } from '@shared/outcome/labels';

/**
 * The outcome report in Portuguese (European spelling, as used in Lusophone Africa). Portuguese
 * counts 0 and 1 as singular (`one`), so singular lines carry the number. ODS for SDG.
 */
export const labels: OutcomeLabels = {
  language: 'pt',
  direction: 'ltr',
  documentTitle: 'Resumo da sessão: {title}',
  fields: { organiser: 'Organizado por', dateTime: 'Data e hora', venue: 'Local ou ligação' },
  sections: {
    keyIssues: 'Principais questões debatidas',
    trends: 'Tendências emergentes, desafios, conquistas e oportunidades',
    outcomes: 'Resultados concretos',
    plan: 'Plano de ação',
    themes: 'Temas sugeridos para o próximo fórum',
    participation: 'Participação',
    sdgTags: 'Objetivos de Desenvolvimento Sustentável',
  },
  participation: {
    figure: 'Participantes',
    count: 'Número',
    onsite: 'Na sala',
    online: 'Online',
    total: 'Total',
    byGender: 'Por género',
    byGroup: 'Por grupo de partes interessadas',
  },
  genders: { women: 'mulheres', men: 'homens', other: 'outro género', undisclosed: 'não indicado', notRecorded: 'género não registado' },
  groups: {
    government: 'governo',
    civilSociety: 'sociedade civil',
    intergovernmental: 'organizações intergovernamentais',
    academia: 'meio académico',
    privateSector: 'setor privado',
    technical: 'comunidade técnica',
    media: 'comunicação social',
    other: 'outros',
    notRecorded: 'grupo não registado',
  },
  list: { separator: ', ', lastSeparator: ' e ' },
  countOf: '{count} {name}',
  sdgTag: 'ODS {tag}',
  roadmapImageAlt: 'Cronologia do roteiro acordado pela sala',
  draft: {
    dateTime: '{date}, {start}–{end}',
    dateOnly: '{date}',
    keyIssueCluster: {
      one: '{label}, levantado em {cards} contribuição: «{example}»',
      many: '{label}, levantado em {cards} contribuições, por exemplo «{example}»',
      other: '{label}, levantado em {cards} contribuições, por exemplo «{example}»',
    },
    keyIssueCard: { one: '{text} ({votes} voto)', many: '{text} ({votes} votos)', other: '{text} ({votes} votos)' },
    trendPriority: '{name} destacou-se como prioridade, com {percent}% das escolhas da sala',
    trendGrowth: '{name}: o nível autoavaliado passou de {before} para {after} ao longo da sessão',
    attendance: {
      one: 'Participou {total} pessoa, online',
      many: 'Participaram {total} pessoas: {onsite} na sala e {online} online',
      other: 'Participaram {total} pessoas: {onsite} na sala e {online} online',
    },
    attendanceOnsiteOnly: { one: 'Participou {total} pessoa, na sala', many: 'Participaram {total} pessoas na sala', other: 'Participaram {total} pessoas na sala' },
    byGender: 'Por género, os participantes foram: {list}',
    byGroup: 'Por grupo de partes interessadas: {list}',
    runLog: {
      one: 'A sessão decorreu com {parts} parte do programa em {minutes} min',
      many: 'A sessão decorreu com {parts} partes do programa em {minutes} min',
      other: 'A sessão decorreu com {parts} partes do programa em {minutes} min',
    },
    contributions: 'Contribuições escritas pelos participantes: {cards}; votos expressos: {votes}',
    agreedItems: { one: 'A sala acordou {count} ação do roteiro', many: 'A sala acordou {count} ações do roteiro', other: 'A sala acordou {count} ações do roteiro' },
    planAgreed: '{title} ({horizon})',
    planProposed: '{title} ({horizon}; proposto, ainda por confirmar)',
    themesFromLeftovers: 'Assuntos levantados durante a sessão que merecem uma discussão mais aprofundada na próxima vez: {list}.',
    themesEmpty: '',
    ellipsis: '…',
  },
};
