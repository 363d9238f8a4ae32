import { Extension } from '@tiptap/core';
import { Plugin, TextSelection, type EditorState } from '@tiptap/pm/state';
import { relativePositionToAbsolutePosition, ySyncPluginKey, type ProsemirrorBinding } from '@tiptap/y-tiptap';

/**
 * Keeps this writer's caret right after their own last character when someone else's edit
 * arrives in the same paragraph.
 *
 * The binding saves the caret as a Yjs relative position before a remote change and restores
 * it afterwards, which is exactly right; but @tiptap/y-tiptap (since 3.0.6) then second-guesses
 * it whenever the paragraph's text changed, and when the new text merely starts with the old
 * one it puts the caret back at its old character offset. Two people typing at the end of one
 * paragraph hit that case all the time: the caret lands in front of the other person's words,
 * or in front of one's own last space, and the next keystrokes split both sentences. This puts
 * the caret where the relative position says, for text carets whose paragraph structure the
 * remote change left alone (block moves keep the binding's own recovery).
 */
export const KeepOwnCaret = Extension.create({
  name: 'keepOwnCaret',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        appendTransaction(transactions, before, state) {
          const remote = transactions.some((transaction) => (transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin);
          if (!remote || before.doc.childCount !== state.doc.childCount) return null;
          const binding = (ySyncPluginKey.getState(state) as { binding?: ProsemirrorBinding } | undefined)?.binding;
          // Null outside a remote change; typed as always present by the library.
          const saved = binding?.beforeTransactionSelection as ProsemirrorBinding['beforeTransactionSelection'] | null | undefined;
          if (!binding || !saved || saved.type !== 'text') return null;
          const anchor = relativePositionToAbsolutePosition(binding.doc, binding.type, saved.anchor, binding.mapping);
          const head = relativePositionToAbsolutePosition(binding.doc, binding.type, saved.head, binding.mapping);
          if (anchor === null || head === null) return null;
          if (anchor === state.selection.anchor && head === state.selection.head) return null;
          if (!sameBlock(state, anchor, state.selection.anchor) || !sameBlock(state, head, state.selection.head)) return null;
          // Marked like the binding's own transaction, so it is not written back to the document
          // nor kept in anyone's undo history.
          return state.tr
            .setSelection(TextSelection.between(state.doc.resolve(anchor), state.doc.resolve(head)))
            .setMeta(ySyncPluginKey, { isChangeOrigin: true })
            .setMeta('addToHistory', false);
        },
      }),
    ];
  },
});

function sameBlock(state: EditorState, a: number, b: number): boolean {
  const size = state.doc.content.size;
  if (a < 0 || a > size || b < 0 || b > size) return false;
  const $a = state.doc.resolve(a);
  return $a.parent.isTextblock && $a.index(0) === state.doc.resolve(b).index(0);
}
