import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { foldForSearch } from '../../../shared/text/fold';

export interface PickerOption {
  readonly value: string;
  readonly label: string;
  /** Shown after the label and searched too (a code, a unit code). */
  readonly detail?: string;
}

/** Long lists (thousands of units) are cut: typing narrows them. */
const shownAtMost = 50;

interface SearchPickerProps {
  readonly id: string;
  readonly value: string;
  readonly options: readonly PickerOption[];
  /** The name of the current value when it is not among the options (a catalog entry no longer in force). */
  readonly currentLabel?: string | undefined;
  readonly onChange: (value: string) => void;
  readonly invalid?: boolean;
  readonly describedBy?: string | undefined;
}

/**
 * A combobox: type to filter (diacritics, case and spacing ignored), arrows to move, Enter to choose, Escape to
 * leave it as it was. Emptying the text and leaving the field clears the value.
 */
export function SearchPicker({ id, value, options, currentLabel, onChange, invalid, describedBy }: SearchPickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const selectedLabel = options.find((option) => option.value === value)?.label ?? currentLabel ?? value;
  const matches = useMemo(() => {
    const folded = foldForSearch(query ?? '');
    const found = folded === '' ? options : options.filter((option) => foldForSearch(`${option.label} ${option.detail ?? ''} ${option.value}`).includes(folded));
    return found.slice(0, shownAtMost);
  }, [options, query]);

  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const choose = (option: PickerOption) => {
    onChange(option.value);
    close();
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.min(Math.max(current + step, 0), Math.max(matches.length - 1, 0)));
    } else if (event.key === 'Enter' && open) {
      // Enter chooses here; it submits the form only when the list is closed.
      event.preventDefault();
      const option = matches[active];
      if (option) choose(option);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  }

  const activeId = open && matches[active] ? `${listId}-${active}` : undefined;
  return (
    <div className="search-picker">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        placeholder={t('person.picker.placeholder')}
        value={query ?? selectedLabel}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={(event) => event.target.select()}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (query !== null && query.trim() === '') onChange('');
          close();
        }}
      />
      {open && (
        <ul className="search-picker-list" role="listbox" id={listId}>
          {matches.length === 0 && <li className="search-picker-empty">{t('person.picker.noMatch')}</li>}
          {matches.map((option, index) => (
            <li
              key={option.value}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={option.value === value ? 'current' : undefined}
              // Keeps the focus in the input, so choosing does not first blur (and close) the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.label}
              {option.detail && (
                <>
                  {' '}
                  <span className="search-picker-detail">{option.detail}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
