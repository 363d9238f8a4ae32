import { extname } from 'node:path';

/** The path to write: the chosen one, with the requested extension added if the person typed another. */
export function pathWithExtension(chosen: string, suggestedName: string): string {
  const extension = extname(suggestedName).toLowerCase();
  return extname(chosen).toLowerCase() === extension ? chosen : `${chosen}${extension}`;
}
