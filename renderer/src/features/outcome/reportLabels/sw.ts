import type { OutcomeLabels } from '@shared/outcome/labels';

/**
 * The outcome report in Swahili. Counted nouns come before their number ("washiriki 12"), as
 * Swahili writes them. SDG wording follows the Swahili of the UN's "Malengo ya Maendeleo
 * Endelevu"; a native speaker's review is still wanted (docs/I18N.md).
 */
export const labels: OutcomeLabels = {
  language: 'sw',
  direction: 'ltr',
  documentTitle: 'Muhtasari wa kikao: {title}',
  fields: { organiser: 'Kimeandaliwa na', dateTime: 'Tarehe na saa', venue: 'Mahali au kiungo' },
  sections: {
    keyIssues: 'Masuala makuu yaliyojadiliwa',
    trends: 'Mwelekeo mpya, changamoto, mafanikio na fursa',
    outcomes: 'Matokeo yanayoonekana',
    plan: 'Mpango wa utekelezaji',
    themes: 'Mada zinazopendekezwa kwa jukwaa lijalo',
    participation: 'Walioshiriki',
    sdgTags: 'Malengo ya Maendeleo Endelevu',
  },
  participation: {
    figure: 'Washiriki',
    count: 'Idadi',
    onsite: 'Ukumbini',
    online: 'Mtandaoni',
    total: 'Jumla',
    byGender: 'Kwa jinsia',
    byGroup: 'Kwa kundi la wadau',
  },
  genders: { women: 'wanawake', men: 'wanaume', other: 'jinsia nyingine', undisclosed: 'haikutajwa', notRecorded: 'jinsia haijarekodiwa' },
  groups: {
    government: 'serikali',
    civilSociety: 'asasi za kiraia',
    intergovernmental: 'mashirika ya kiserikali ya kimataifa',
    academia: 'taasisi za elimu ya juu',
    privateSector: 'sekta binafsi',
    technical: 'jumuiya ya kiufundi',
    media: 'vyombo vya habari',
    other: 'wengine',
    notRecorded: 'kundi halijarekodiwa',
  },
  list: { separator: ', ', lastSeparator: ' na ' },
  countOf: '{name} {count}',
  sdgTag: 'SDG {tag}',
  roadmapImageAlt: 'Mstari wa wakati wa ramani ya njia iliyokubaliwa na ukumbi',
  draft: {
    dateTime: '{date}, {start}–{end}',
    dateOnly: '{date}',
    keyIssueCluster: {
      one: '{label}, lililoibuliwa katika mchango mmoja: “{example}”',
      other: '{label}, lililoibuliwa katika michango {cards}, kwa mfano “{example}”',
    },
    keyIssueCard: { one: '{text} (kura moja)', other: '{text} (kura {votes})' },
    trendPriority: '{name} kimejitokeza kama kipaumbele, kwa asilimia {percent} ya machaguo ya ukumbi',
    trendGrowth: '{name}: kiwango cha kujitathmini kilipanda kutoka {before} hadi {after} wakati wa kikao',
    attendance: { one: 'Mtu mmoja alishiriki, mtandaoni', other: 'Watu {total} walishiriki: {onsite} ukumbini na {online} mtandaoni' },
    attendanceOnsiteOnly: { one: 'Mtu mmoja alishiriki, ukumbini', other: 'Watu {total} walishiriki ukumbini' },
    byGender: 'Kwa jinsia, washiriki walikuwa: {list}',
    byGroup: 'Kwa kundi la wadau: {list}',
    runLog: { one: 'Kikao kiliendesha sehemu moja ya ratiba kwa dakika {minutes}', other: 'Kikao kiliendesha sehemu {parts} za ratiba kwa dakika {minutes}' },
    contributions: 'Michango iliyoandikwa na washiriki: {cards}; kura zilizopigwa: {votes}',
    agreedItems: { one: 'Ukumbi ulikubaliana kuhusu hatua moja ya ramani ya njia', other: 'Ukumbi ulikubaliana kuhusu hatua {count} za ramani ya njia' },
    planAgreed: '{title} ({horizon})',
    planProposed: '{title} ({horizon}; imependekezwa, bado kuthibitishwa)',
    themesFromLeftovers: 'Mada zilizoibuliwa wakati wa kikao zinazostahili mjadala mpana zaidi wakati ujao: {list}.',
    themesEmpty: '',
    ellipsis: '…',
  },
};
