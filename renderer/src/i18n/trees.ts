/**
 * Translation catalogues as trees of strings, and the two ways they are put together: merged
 * file over file, and grown from the flat `a.b.c` keyed maps that shared/ ships. Plain functions,
 * so the test tools that read the same files in Node assemble them the same way.
 */
export type Tree = { [key: string]: string | Tree };

export function mergeInto(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') mergeInto(existing, value);
    else target[key] = typeof value === 'object' ? mergeInto({}, value) : value;
  }
  return target;
}

export function expandFlat(flat: Readonly<Record<string, string>>): Tree {
  const tree: Tree = {};
  for (const [path, text] of Object.entries(flat)) {
    const keys = path.split('.');
    let node = tree;
    for (const key of keys.slice(0, -1)) {
      const next = node[key];
      node = typeof next === 'object' ? next : (node[key] = {});
    }
    node[keys[keys.length - 1] as string] = text;
  }
  return tree;
}
