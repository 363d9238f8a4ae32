import { attachmentPlainLimits, attachmentsRoot } from '../hackathon/attachmentSchema';
import { entryLimits, type PlainLimits } from './plainValue';

/**
 * The limits an entry of a root is read within: the same for every root, except that a
 * hackathon's attachments also hold one file's bytes. The hub bounds what people write, the
 * validators and readers what they accept, by this one answer.
 */
export function plainLimitsFor(root: string): PlainLimits {
  return root === attachmentsRoot ? attachmentPlainLimits : entryLimits;
}
