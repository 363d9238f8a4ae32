/**
 * The record that finally stands for `id` after merges (cards, roadmap items). Follows the chain
 * (A into B, B into C). Two facilitators merging crosswise offline can make a loop (A into B,
 * B into A); then the member of the loop with the smallest id stands for all of it, so that
 * every reader agrees without talking to the others.
 */
export function resolveMergeChain(byId: Pick<ReadonlyMap<string, { mergedInto?: string | undefined }>, 'get' | 'has'>, id: string): string {
  const path: string[] = [id];
  for (;;) {
    const next = byId.get(path[path.length - 1] as string)?.mergedInto;
    if (next === undefined || !byId.has(next)) return path[path.length - 1] as string;
    const loopStart = path.indexOf(next);
    if (loopStart >= 0) return path.slice(loopStart).reduce((min, member) => (member < min ? member : min));
    path.push(next);
  }
}
