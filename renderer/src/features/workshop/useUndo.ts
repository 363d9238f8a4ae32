import { useEffect, useMemo, useState } from 'react';
import * as Y from 'yjs';
import { localEdit, metaMap, partsMap } from '@shared/workshop/doc';
import { useShortcut } from '../../ui/useShortcut';

export type UndoControls = { undo: () => void; redo: () => void; canUndo: boolean; canRedo: boolean };

/**
 * Undo and redo of this person's own edits to the workshop (details and agenda). Edits from other
 * windows or other people are never undone from here. Ctrl+Z / Ctrl+Shift+Z outside text fields.
 */
export function useUndo(doc: Y.Doc | undefined, enabled: boolean): UndoControls {
  const manager = useMemo(
    () => (doc ? new Y.UndoManager([metaMap(doc), partsMap(doc)], { trackedOrigins: new Set([localEdit]), captureTimeout: 600 }) : undefined),
    [doc],
  );
  const [stacks, setStacks] = useState({ canUndo: false, canRedo: false });

  useEffect(() => {
    if (!manager) return;
    const update = () => setStacks({ canUndo: manager.canUndo(), canRedo: manager.canRedo() });
    manager.on('stack-item-added', update);
    manager.on('stack-item-popped', update);
    manager.on('stack-cleared', update);
    return () => manager.destroy();
  }, [manager]);

  const undo = () => {
    if (enabled) manager?.undo();
  };
  const redo = () => {
    if (enabled) manager?.redo();
  };
  useShortcut('KeyZ', { ctrlOrMeta: true }, undo);
  useShortcut('KeyZ', { ctrlOrMeta: true, shift: true }, redo);
  useShortcut('KeyY', { ctrlOrMeta: true }, redo);
  return { undo, redo, canUndo: enabled && stacks.canUndo, canRedo: enabled && stacks.canRedo };
}
