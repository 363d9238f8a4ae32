import { refusalEnglish } from '@shared/activities/messages.en';
import { attendanceEnglish } from '@shared/attendance/strings.en';
import { competencyEnglish } from '@shared/competencies/strings.en';
import { exchangeEnglish } from '@shared/exchange/strings.en';
import { hackathonEnglish } from '@shared/hackathon/messages.en';
import { reportEnglish } from '@shared/outcome/strings.en';
import { programmeEnglish } from '@shared/programme/strings.en';
import { roadmapEnglish } from '@shared/roadmap/strings.en';
import core from './en.json';
import { expandFlat, mergeInto, type Tree } from './trees';

export type { Tree } from './trees';

/**
 * English resources, assembled from three kinds of source so that features never edit one
 * another's files: the app's core strings (./en.json), each feature's own `en.json` beside its
 * components, and the flat `a.b.c` keyed strings that shared/ ships for its domain data.
 */
const featureFiles = import.meta.glob<Tree>('../features/*/en.json', { eager: true, import: 'default' });

export function englishResources(): Tree {
  const english = mergeInto({}, core as Tree);
  for (const flat of [competencyEnglish, attendanceEnglish, roadmapEnglish, refusalEnglish, hackathonEnglish, exchangeEnglish, reportEnglish, programmeEnglish]) mergeInto(english, expandFlat(flat));
  for (const file of Object.values(featureFiles)) mergeInto(english, file);
  return english;
}

/**
 * Every other language is one file, ./locales/<code>.json, with the same keys as the English
 * assembled above. They are fetched only when chosen, so a phone on a slow LAN downloads one
 * language, not eight.
 */
const localeFiles = import.meta.glob<Tree>('./locales/*.json', { import: 'default' });

export async function translationResources(language: string): Promise<Tree | undefined> {
  if (language === 'en') return englishResources();
  const load = localeFiles[`./locales/${language}.json`];
  return load ? await load() : undefined;
}
