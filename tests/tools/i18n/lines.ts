/**
 * The line format translators write in, shorter than JSON and easy to read beside English:
 *
 *   @lan.join                 every following key sits under `lan.join`
 *   title = Rejoindre         the key `lan.join.title` (a tab also separates key and text)
 *
 * A line break inside a string is written `\n`. Plural forms are ordinary keys (`parts_few`).
 */
import { expandFlat, type Tree } from '../../../renderer/src/i18n/trees';

export type Flat = Record<string, string>;

export function parseLines(text: string): Flat {
  const flat: Flat = {};
  let prefix = '';
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (line.startsWith('@')) {
      prefix = line.slice(1).trim();
      continue;
    }
    // Keys have no spaces, so the first tab or " = " ends the key.
    const match = /^([^\s=]+)(?:\t| = ?)(.*)$/.exec(line);
    if (!match) throw new Error(`line ${index + 1}: no tab or " = " between key and text: ${line}`);
    const key = `${prefix ? `${prefix}.` : ''}${match[1] as string}`;
    if (key in flat) throw new Error(`line ${index + 1}: ${key} written twice`);
    flat[key] = (match[2] as string).replace(/\\n/g, '\n');
  }
  return flat;
}

/** Groups keys by their parent path, keeping the order of first appearance. */
export function groupByParent(keys: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const cut = key.lastIndexOf('.');
    const parent = cut < 0 ? '' : key.slice(0, cut);
    const list = groups.get(parent) ?? [];
    list.push(key.slice(cut + 1));
    groups.set(parent, list);
  }
  return groups;
}

export type { Tree } from '../../../renderer/src/i18n/trees';
/** A flat `a.b.c` map as the nested tree a locale file holds. */
export const unflatten = (flat: Flat): Tree => expandFlat(flat);
