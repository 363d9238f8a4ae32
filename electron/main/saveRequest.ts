import { extname } from 'node:path';
import { maxPrintHtmlChars, maxSaveBytes, saveNamePattern } from '../../shared/ipc/contract';

/**
 * The checks on what the page asks to save, kept apart from Electron so they can be tested on
 * their own. The page only suggests a file name; these make sure the name cannot carry a folder
 * and that the bytes and the HTML stay within bounds.
 */
export function isSaveRequest(args: unknown[]): args is [string, Uint8Array] {
  const [name, bytes] = args;
  return args.length === 2 && typeof name === 'string' && saveNamePattern.test(name) && bytes instanceof Uint8Array && bytes.byteLength <= maxSaveBytes;
}

export function isPrintRequest(args: unknown[]): args is [string, string] {
  const [html, name] = args;
  return args.length === 2 && typeof html === 'string' && html.length <= maxPrintHtmlChars && typeof name === 'string' && saveNamePattern.test(name) && name.endsWith('.pdf');
}

/** The path to write: the chosen one, with the requested extension added if the person typed another. */
export function pathWithExtension(chosen: string, suggestedName: string): string {
  const extension = extname(suggestedName).toLowerCase();
  return extname(chosen).toLowerCase() === extension ? chosen : `${chosen}${extension}`;
}
