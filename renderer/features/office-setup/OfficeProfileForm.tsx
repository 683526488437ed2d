import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { officeLevels, type OfficeProfile, type OfficeProfileInput } from '../../../shared/office/office-profile';
import { ValidationFailed, type FieldIssue } from '../../../shared/validation/issues';
import { describeUnknownError } from '../../../shared/result';
import { useOffice } from '../../data/office-context';

type FormValues = { officeName: string; level: string; unitName: string; unitCode: string };
type FieldName = keyof FormValues;

function initialValues(profile: OfficeProfile | null): FormValues {
  return { officeName: profile?.officeName ?? '', level: profile?.level ?? '', unitName: profile?.unitName ?? '', unitCode: profile?.unitCode ?? '' };
}

/** The office's identity form, used on first start and from the settings page. */
export function OfficeProfileForm({ profile, onSaved, onCancel }: { profile: OfficeProfile | null; onSaved: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const { save } = useOffice();
  const [values, setValues] = useState<FormValues>(() => initialValues(profile));
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const issueText = (field: FieldName) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue && t(issue.messageKey, { ...issue.params, field: t(`fields.${field}.label`) });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setFailure(null);
    try {
      // The schema in the domain service is the judge; the form only reports what it says.
      await save(values as OfficeProfileInput);
      setIssues([]);
      onSaved();
    } catch (error) {
      if (error instanceof ValidationFailed) setIssues(error.issues);
      else setFailure(t('officeSetup.failed', { detail: describeUnknownError(error) }));
    } finally {
      setSaving(false);
    }
  }

  const update = (field: FieldName) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  const fieldProps = (field: FieldName) => {
    const error = issueText(field);
    return {
      id: `office-${field}`,
      name: field,
      value: values[field],
      onChange: update(field),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': `office-${field}-hint${error ? ` office-${field}-error` : ''}`,
    };
  };

  const errorLine = (field: FieldName) => {
    const error = issueText(field);
    return error ? (
      <p className="field-error" id={`office-${field}-error`}>
        {error}
      </p>
    ) : null;
  };

  const textField = (field: Exclude<FieldName, 'level'>) => (
    <div className="field">
      <label htmlFor={`office-${field}`}>{t(`fields.${field}.label`)}</label>
      <input type="text" autoComplete="off" {...fieldProps(field)} />
      <p className="field-hint" id={`office-${field}-hint`}>
        {t(`fields.${field}.hint`)}
      </p>
      {errorLine(field)}
    </div>
  );

  return (
    <form className="form" onSubmit={submit} noValidate>
      {issues.length > 0 && (
        <p className="form-error" role="alert">
          {t('officeSetup.invalid')}
        </p>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      {textField('officeName')}
      <div className="field">
        <label htmlFor="office-level">{t('fields.level.label')}</label>
        <select {...fieldProps('level')} aria-describedby={issueText('level') ? 'office-level-error' : undefined}>
          <option value="">{t('fields.level.placeholder')}</option>
          {officeLevels.map((level) => (
            <option key={level} value={level}>
              {t(`officeLevel.${level}`)}
            </option>
          ))}
        </select>
        {errorLine('level')}
      </div>
      {textField('unitName')}
      {textField('unitCode')}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('officeSetup.saving') : t('officeSetup.save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('settings.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
