import { barazaExtension } from '@shared/exchange/barazaFile';

/**
 * A file name from a workshop's title: lower case, letters and digits of any script kept (an
 * Arabic or French title stays readable), everything else folded into single hyphens.
 */
export function barazaFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'workshop'}${barazaExtension}`;
}
