/**
 * Chooses one person out of a province's: type the start of the name (diacritics optional), pick from the matches,
 * which show birth date, post and unit to tell namesakes apart.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { PersonMatch } from '../../../shared/people/person-search';
import { Combobox } from '../people/Combobox';

export interface PersonSearchProps {
  readonly label: string;
  readonly chosen: PersonMatch | undefined;
  readonly find: (typed: string) => Promise<PersonMatch[]>;
  onChange(person: PersonMatch | undefined): void;
  readonly error?: string | undefined;
}

export const describeMatch = (match: PersonMatch) => [formatPartialDate(match.birthDate), match.currentPost, match.unitName].filter(Boolean).join(' · ');

export function PersonSearch({ label, chosen, find, onChange, error }: PersonSearchProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | null>(null);
  const [matches, setMatches] = useState<readonly PersonMatch[]>([]);
  const open = typed !== null && typed.trim().length >= 2;

  useEffect(() => {
    if (!open) return;
    let current = true;
    find(typed).then(
      (found) => current && setMatches(found),
      () => current && setMatches([]),
    );
    return () => {
      current = false;
    };
  }, [find, typed, open]);

  return (
    <Combobox
      className="person-search"
      label={label}
      placeholder={t('planning.personSearch.placeholder')}
      typed={typed}
      onTypedChange={setTyped}
      chosenText={chosen?.fullName}
      open={open}
      matches={matches}
      keyOf={(match) => match.id}
      renderOption={(match) => (
        <>
          {match.fullName} <span className="muted">({describeMatch(match)})</span>
        </>
      )}
      onChoose={onChange}
      clearLabel={t('planning.personSearch.clear')}
      noMatch={t('planning.personSearch.none')}
      error={error}
      hint={chosen && typed === null ? describeMatch(chosen) : undefined}
    />
  );
}
