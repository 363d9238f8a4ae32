import { refusalEnglish } from '@shared/activities/messages.en';
import { attendanceEnglish } from '@shared/attendance/strings.en';
import { competencyEnglish } from '@shared/competencies/strings.en';
import { exchangeEnglish } from '@shared/exchange/strings.en';
import { hackathonEnglish } from '@shared/hackathon/messages.en';
import { reportEnglish } from '@shared/outcome/strings.en';
import { roadmapEnglish } from '@shared/roadmap/strings.en';
import core from './en.json';

export type Tree = { [key: string]: string | Tree };

/**
 * English resources, assembled from three kinds of source so that features never edit one
 * another's files: the app's core strings (./en.json), each feature's own `en.json` beside its
 * components, and the flat `a.b.c` keyed strings that shared/ ships for its domain data.
 */
const featureFiles = import.meta.glob<Tree>('../features/*/en.json', { eager: true, import: 'default' });

function mergeInto(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') mergeInto(existing, value);
    else target[key] = typeof value === 'object' ? mergeInto({}, value) : value;
  }
  return target;
}

function expandFlat(flat: Readonly<Record<string, string>>): Tree {
  const tree: Tree = {};
  for (const [path, text] of Object.entries(flat)) {
    const keys = path.split('.');
    let node = tree;
    keys.slice(0, -1).forEach((key) => {
      const next = node[key];
      node = typeof next === 'object' ? next : (node[key] = {});
    });
    node[keys[keys.length - 1] as string] = text;
  }
  return tree;
}

export function englishResources(): Tree {
  const english = mergeInto({}, core as Tree);
  for (const flat of [competencyEnglish, attendanceEnglish, roadmapEnglish, refusalEnglish, hackathonEnglish, exchangeEnglish, reportEnglish]) mergeInto(english, expandFlat(flat));
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
