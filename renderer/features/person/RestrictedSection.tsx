import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restrictedFields, type RestrictedValues } from '../../../shared/people/person-service';
import { describeUnknownError } from '../../../shared/result';
import { useServices } from '../../data/services';
import { FieldsSection } from './FieldsSection';

/**
 * Personal political history, foreign relations and family economy: part of the party dossier, classified.
 * They are not even loaded until the user asks to see them; that request is where access will be logged.
 */
export function RestrictedSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { person } = useServices();
  const [values, setValues] = useState<RestrictedValues | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => setValues(await person.restricted(personId)), [person, personId]);
  const reveal = () => {
    setError(null);
    load().catch((cause: unknown) => setError(t('person.failed', { detail: describeUnknownError(cause) })));
  };

  if (values === null) {
    return (
      <div className="restricted-gate">
        <p>{t('person.restricted.notice')}</p>
        <button type="button" className="primary" onClick={reveal}>
          {t('person.restricted.show')}
        </button>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }
  return <FieldsSection personId={personId} record={values} editable={restrictedFields} onSaved={load} />;
}
