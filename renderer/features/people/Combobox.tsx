/**
 * A text field with a list of matches under it (a combobox in the ARIA sense): the caller keeps what is typed and
 * finds the matches; this shows them, moves through them with the arrow keys, chooses with Enter or the mouse,
 * leaves with Escape, and offers to clear the choice. The unit picker and the person search are built on it.
 */
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ComboboxProps<T> {
  readonly label: string;
  readonly placeholder: string;
  /** What the user is typing; null when not typing (the field then shows `chosenText`). */
  readonly typed: string | null;
  onTypedChange(typed: string | null): void;
  readonly chosenText: string | undefined;
  /** Whether the list is shown (enough has been typed). */
  readonly open: boolean;
  readonly matches: readonly T[];
  keyOf(item: T): string;
  renderOption(item: T): ReactNode;
  /** Undefined: the clear button was pressed. */
  onChoose(item: T | undefined): void;
  readonly clearLabel: string;
  readonly noMatch: string;
  /** Under the field: the refusal, or else a hint. */
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly className?: string;
}

export function Combobox<T>({ label, placeholder, typed, onTypedChange, chosenText, open, matches, keyOf, renderOption, onChoose, clearLabel, noMatch, error, hint, className }: ComboboxProps<T>) {
  const id = useId();
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(matches.length - 1, 0));
  const note = error ? { id: `${id}-error`, className: 'field-error', text: error } : hint ? { id: `${id}-hint`, className: 'field-hint', text: hint } : undefined;

  const choose = (item: T | undefined) => {
    onChoose(item);
    onTypedChange(null);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(matches.length - 1, current + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const match = matches[current];
      if (match !== undefined) choose(match);
    } else if (event.key === 'Escape') {
      onTypedChange(null);
    }
  };

  return (
    <div className={`field unit-picker${className ? ` ${className}` : ''}`}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="unit-picker-input">
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-invalid={error ? true : undefined}
          aria-describedby={note?.id}
          aria-activedescendant={open && matches[current] !== undefined ? `${id}-option-${current}` : undefined}
          placeholder={placeholder}
          autoComplete="off"
          value={typed ?? chosenText ?? ''}
          onChange={(event) => {
            onTypedChange(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => onTypedChange(null)}
        />
        {chosenText !== undefined && (
          <button type="button" className="unit-picker-clear" aria-label={clearLabel} title={clearLabel} onClick={() => choose(undefined)}>
            ×
          </button>
        )}
      </div>
      {open && (
        <ul className="unit-picker-list" id={`${id}-list`} role="listbox" aria-label={label}>
          {matches.length === 0 && <li className="unit-picker-none">{noMatch}</li>}
          {matches.map((item, position) => (
            <li
              key={keyOf(item)}
              id={`${id}-option-${position}`}
              role="option"
              aria-selected={position === current}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(item);
              }}
            >
              {renderOption(item)}
            </li>
          ))}
        </ul>
      )}
      {note && (
        <p className={note.className} id={note.id}>
          {note.text}
        </p>
      )}
    </div>
  );
}
