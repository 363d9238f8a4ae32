import { useEffect, useId, useState } from 'react';

type ValidatedFieldProps = {
  label: string;
  value: string;
  /** Returns an error message for a draft, or undefined when it may be saved. */
  validate: (draft: string) => string | undefined;
  onCommit: (draft: string) => void;
  hint?: string;
  disabled?: boolean;
  inputMode?: 'numeric' | 'text';
  placeholder?: string;
  className?: string;
  testId?: string;
};

/**
 * A text field that saves only valid input, as it is typed. Invalid input stays in the field
 * with a message beside it, so nothing typed is lost and nothing invalid is stored.
 */
export function ValidatedField({ label, value, validate, onCommit, hint, disabled, inputMode, placeholder, className, testId }: ValidatedFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  const error = validate(draft);

  // Adopt changes made elsewhere (undo, another window) unless the person is typing here.
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);

  const described = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={draft}
        disabled={disabled}
        inputMode={inputMode}
        placeholder={placeholder}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (validate(next) === undefined && next !== value) onCommit(next);
        }}
      />
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
