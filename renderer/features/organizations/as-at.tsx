import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatPartialDate, isValidPartialDate, parsePartialDate, type IsoDate } from '../../../shared/dates/partial-date';
import { localDay } from '../../data/organization-services';

/** A full day typed as dd/mm/yyyy, or null. */
export function parseDay(text: string): IsoDate | null {
  const parsed = parsePartialDate(text);
  return parsed !== null && parsed.length === 10 ? parsed : null;
}

/** The day the organization screens show, kept in the address (`?asAt=yyyy-mm-dd`) so that going back keeps it; today when absent. */
export function useAsAtDay(): { day: IsoDate; today: IsoDate; setDay: (day: IsoDate) => void } {
  const [params, setParams] = useSearchParams();
  const today = localDay();
  const asked = params.get('asAt');
  const day = asked !== null && asked.length === 10 && isValidPartialDate(asked) ? asked : today;
  const setDay = (next: IsoDate) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === today) updated.delete('asAt');
        else updated.set('asAt', next);
        return updated;
      },
      { replace: true },
    );
  return { day, today, setDay };
}

/** "As at" picker: the screen shows the tree and the counts as they stood on that day. */
export function AsAtForm({ day, today, onChange }: { day: IsoDate; today: IsoDate; onChange: (day: IsoDate) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(formatPartialDate(day));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(formatPartialDate(day)), [day]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseDay(text);
    setInvalid(parsed === null);
    if (parsed !== null) onChange(parsed);
  }

  return (
    <form className="as-at-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={id}>{t('organizations.asAt.label')}</label>
        <div className="inline-form">
          <input
            id={id}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            size={11}
            placeholder={t('organizations.dayPlaceholder')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
          />
          <button type="submit">{t('organizations.asAt.show')}</button>
          {day !== today && (
            <button type="button" onClick={() => onChange(today)}>
              {t('organizations.asAt.today')}
            </button>
          )}
        </div>
        {invalid && (
          <p className="field-error" id={`${id}-error`}>
            {t('validation.date', { field: t('organizations.asAt.label') })}
          </p>
        )}
      </div>
    </form>
  );
}
