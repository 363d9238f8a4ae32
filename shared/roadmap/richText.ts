import * as Y from 'yjs';
import type { RichNode } from './schema';

/**
 * Item descriptions are Y.XmlFragments in the layout the TipTap/ProseMirror binding writes:
 * elements named after node types (`paragraph`, `bulletList`), text as Y.XmlText whose
 * formatting attributes are the marks. These helpers copy that tree to plain JSON and back, so a
 * version of a description can be stored in the item's history and restored later, and so the
 * template and imports can write descriptions without an editor. Callers transact.
 */
export function fragmentToJson(fragment: Y.XmlFragment | Y.XmlElement): RichNode[] {
  const nodes: RichNode[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof op.insert !== 'string') continue;
        nodes.push(op.attributes && Object.keys(op.attributes).length > 0 ? { text: op.insert, marks: op.attributes } : { text: op.insert });
      }
    } else if (child instanceof Y.XmlElement) {
      const attrs = child.getAttributes() as Record<string, unknown>;
      const stringAttrs: Record<string, string> = {};
      for (const [key, value] of Object.entries(attrs)) if (typeof value === 'string') stringAttrs[key] = value;
      const node: RichNode = { name: child.nodeName, children: fragmentToJson(child) };
      if (Object.keys(stringAttrs).length > 0) node.attrs = stringAttrs;
      nodes.push(node);
    }
  }
  return nodes;
}

/** Replaces the fragment's content with `nodes`. Runs of text become one Y.XmlText, as the
 *  editor would write them. */
export function writeFragment(fragment: Y.XmlFragment | Y.XmlElement, nodes: readonly RichNode[]): void {
  if (fragment.length > 0) fragment.delete(0, fragment.length);
  appendNodes(fragment, nodes);
}

function appendNodes(parent: Y.XmlFragment | Y.XmlElement, nodes: readonly RichNode[]): void {
  let text: Y.XmlText | undefined;
  for (const node of nodes) {
    if ('text' in node) {
      if (!text) {
        text = new Y.XmlText();
        parent.insert(parent.length, [text]);
      }
      text.insert(text.length, node.text, (node.marks ?? {}) as Record<string, unknown>);
      continue;
    }
    text = undefined;
    const element = new Y.XmlElement(node.name);
    parent.insert(parent.length, [element]);
    for (const [key, value] of Object.entries(node.attrs ?? {})) element.setAttribute(key, value);
    appendNodes(element, node.children);
  }
}

/** Paragraphs of plain text as rich nodes (template and imported descriptions). */
export function paragraphs(lines: readonly string[]): RichNode[] {
  return lines.filter((line) => line.trim() !== '').map((line) => ({ name: 'paragraph', children: [{ text: line.trim() }] }));
}

/** The words of a description, blocks separated by line breaks: for lists, exports and tests. */
export function plainText(nodes: readonly RichNode[]): string {
  const blocks: string[] = [];
  const walk = (list: readonly RichNode[], into: string[]): void => {
    let line = '';
    for (const node of list) {
      if ('text' in node) line += node.text;
      else if (node.children.every((child) => 'text' in child)) {
        if (line) into.push(line);
        line = '';
        into.push(node.children.map((child) => ('text' in child ? child.text : '')).join(''));
      } else walk(node.children, into);
    }
    if (line) into.push(line);
  };
  walk(nodes, blocks);
  return blocks.join('\n');
}

/** Two snapshots hold the same content. */
export function sameRichText(a: readonly RichNode[], b: readonly RichNode[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
