import { useEffect, useMemo, useRef } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Collaboration, { isChangeOrigin } from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { Awareness } from 'y-protocols/awareness';
import { KeepOwnCaret } from './keepOwnCaret';
import { NoScrollOnRemoteEdits } from './noScrollOnRemoteEdits';
import { quietCaret } from './quietCaret';
import type * as Y from 'yjs';

export type DescriptionEditorProps = {
  /** The item's description, shared with everyone editing it. */
  fragment: Y.XmlFragment;
  label: string;
  readOnly?: boolean;
  /**
   * The room's awareness, when a network provider is connected: remote cursors and names are
   * drawn from it. Single-browser mode has none, and the editor works the same without it.
   */
  awareness?: Awareness | undefined;
  user?: { name: string; color: string } | undefined;
  /** Called when the writer pauses or leaves the editor, to log a version of the text. */
  onSettle?: () => void;
};

const settleAfterMs = 4000;

/**
 * A collaborative rich-text editor (TipTap on ProseMirror) bound to a Y.XmlFragment through
 * y-prosemirror's binding: two people typing in the same paragraph both keep their words. The
 * editor's own undo history is off; the binding's undo tracks only this writer's changes.
 * Loaded lazily: TipTap is large, and most screens never show a description editor.
 */
export default function DescriptionEditor({ fragment, label, readOnly = false, awareness, user, onSettle }: DescriptionEditorProps) {
  const settle = useRef(onSettle);
  settle.current = onSettle;
  const timer = useRef<number | undefined>(undefined);
  const caretAwareness = useMemo(() => (awareness ? quietCaret(awareness) : undefined), [awareness]);
  const editor = useEditor(
    {
      editable: !readOnly,
      extensions: [
        StarterKit.configure({ undoRedo: false, link: false }),
        Collaboration.configure({ fragment }),
        KeepOwnCaret,
        NoScrollOnRemoteEdits,
        ...(caretAwareness ? [CollaborationCaret.configure({ provider: { awareness: caretAwareness }, user: user ?? { name: '', color: '#1565c0' } })] : []),
      ],
      editorProps: { attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', class: 'description-editor-content', 'data-testid': 'description-editor' } },
      onUpdate: ({ transaction }) => {
        // Only this writer's own typing schedules a version; remote edits are logged by their writer.
        if (isChangeOrigin(transaction)) return;
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => settle.current?.(), settleAfterMs);
      },
      onBlur: () => {
        window.clearTimeout(timer.current);
        settle.current?.();
      },
    },
    [fragment, caretAwareness],
  );
  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => editor?.setEditable(!readOnly), [editor, readOnly]);
  return <EditorContent editor={editor} className="description-editor" />;
}
