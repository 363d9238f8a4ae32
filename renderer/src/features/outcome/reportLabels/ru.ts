import type { OutcomeLabels } from '@shared/outcome/labels';

/**
 * The outcome report in Russian, with its four plural forms (one: 1, 21…; few: 2–4, 22–24…;
 * many: 0, 5–20, 25–30…; other: fractions). Terms follow docs/GLOSSARY.md (ЦУР for SDG, as the
 * UN's Russian pages write it).
 */
export const labels: OutcomeLabels = {
  language: 'ru',
  direction: 'ltr',
  documentTitle: 'Итоги мероприятия: {title}',
  fields: { organiser: 'Организатор', dateTime: 'Дата и время', venue: 'Место или ссылка' },
  sections: {
    keyIssues: 'Основные обсуждавшиеся вопросы',
    trends: 'Новые тенденции, проблемы, достижения и возможности',
    outcomes: 'Конкретные результаты',
    plan: 'План действий',
    themes: 'Предлагаемые темы для следующего форума',
    participation: 'Участники',
    sdgTags: 'Цели в области устойчивого развития',
  },
  participation: {
    figure: 'Участники',
    count: 'Число',
    onsite: 'В зале',
    online: 'Онлайн',
    total: 'Всего',
    byGender: 'По полу',
    byGroup: 'По группам заинтересованных сторон',
  },
  genders: { women: 'женщины', men: 'мужчины', other: 'другой пол', undisclosed: 'не указано', notRecorded: 'пол не указан' },
  groups: {
    government: 'государство',
    civilSociety: 'гражданское общество',
    intergovernmental: 'межправительственные организации',
    academia: 'академическое сообщество',
    privateSector: 'частный сектор',
    technical: 'техническое сообщество',
    media: 'СМИ',
    other: 'другие',
    notRecorded: 'группа не указана',
  },
  list: { separator: ', ', lastSeparator: ' и ' },
  countOf: '{name}: {count}',
  sdgTag: 'ЦУР {tag}',
  roadmapImageAlt: 'Временная шкала дорожной карты, согласованной залом',
  draft: {
    dateTime: '{date}, {start}–{end}',
    dateOnly: '{date}',
    keyIssueCluster: {
      one: '{label}: упомянуто в {cards} материале, например «{example}»',
      few: '{label}: упомянуто в {cards} материалах, например «{example}»',
      many: '{label}: упомянуто в {cards} материалах, например «{example}»',
      other: '{label}: упомянуто в {cards} материала, например «{example}»',
    },
    keyIssueCard: { one: '{text} ({votes} голос)', few: '{text} ({votes} голоса)', many: '{text} ({votes} голосов)', other: '{text} ({votes} голоса)' },
    trendPriority: '{name} — приоритет: {percent}% выборов зала',
    trendGrowth: '{name}: уровень по самооценке за мероприятие вырос с {before} до {after}',
    attendance: {
      one: 'Участвовал {total} человек: {onsite} в зале и {online} онлайн',
      few: 'Участвовали {total} человека: {onsite} в зале и {online} онлайн',
      many: 'Участвовали {total} человек: {onsite} в зале и {online} онлайн',
      other: 'Участвовали {total} человека: {onsite} в зале и {online} онлайн',
    },
    attendanceOnsiteOnly: {
      one: 'В зале участвовал {total} человек',
      few: 'В зале участвовали {total} человека',
      many: 'В зале участвовали {total} человек',
      other: 'В зале участвовали {total} человека',
    },
    byGender: 'По полу участники распределились так: {list}',
    byGroup: 'По группам заинтересованных сторон: {list}',
    runLog: {
      one: 'Проведена {parts} часть программы за {minutes} мин',
      few: 'Проведены {parts} части программы за {minutes} мин',
      many: 'Проведено {parts} частей программы за {minutes} мин',
      other: 'Проведено {parts} части программы за {minutes} мин',
    },
    contributions: 'Материалов, написанных участниками: {cards}; поданных голосов: {votes}',
    agreedItems: {
      one: 'Зал согласовал {count} действие дорожной карты',
      few: 'Зал согласовал {count} действия дорожной карты',
      many: 'Зал согласовал {count} действий дорожной карты',
      other: 'Зал согласовал {count} действия дорожной карты',
    },
    planAgreed: '{title} ({horizon})',
    planProposed: '{title} ({horizon}; предложено, ещё не подтверждено)',
    themesFromLeftovers: 'Темы, поднятые во время мероприятия и заслуживающие более подробного обсуждения в следующий раз: {list}.',
    themesEmpty: '',
    ellipsis: '…',
  },
};
