/* Undo and Redo buttons, each saying what it would undo or redo ("Undo expand Russia"); Ctrl+Z and Ctrl+Shift+Z do the same (see App). */
export function UndoControls({
  undoLabel,
  redoLabel,
  onUndo,
  onRedo,
}: {
  undoLabel: string | null;
  redoLabel: string | null;
  onUndo(): void;
  onRedo(): void;
}) {
  return (
    <>
      <button
        type="button"
        aria-label="Undo"
        title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        disabled={!undoLabel}
        onClick={onUndo}
      >
        ↶ Undo
      </button>
      <button
        type="button"
        aria-label="Redo"
        title={redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        disabled={!redoLabel}
        onClick={onRedo}
      >
        ↷ Redo
      </button>
    </>
  );
}
