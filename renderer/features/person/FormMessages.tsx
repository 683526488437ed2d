import { useTranslation } from 'react-i18next';
import type { useRecordForm } from './use-record-form';

/** What a form says above its fields: that something is wrong, issues about fields it does not show, a failure. */
export function FormMessages({ form }: { form: Pick<ReturnType<typeof useRecordForm>, 'issues' | 'otherIssues' | 'failure'> }) {
  const { t } = useTranslation();
  return (
    <>
      {form.issues.length > 0 && (
        <div className="form-error" role="alert">
          <p>{t('person.invalid')}</p>
          {form.otherIssues.length > 0 && (
            <ul>
              {form.otherIssues.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {form.failure && (
        <p className="form-error" role="alert">
          {form.failure}
        </p>
      )}
    </>
  );
}
