import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeEntry } from '../../../shared/exchange/exchange-overview';
import { ValidationFailed } from '../../../shared/validation/issues';
import { useServices } from '../../data/services';
import { LoadFailure } from './parts';
import { useExchangeTexts, useLoaded } from './use-exchange';

/** Every office this one knows, with its level and jurisdiction; offices below may be revoked, with a reason. */
export function RosterCard() {
  const { t } = useTranslation();
  const { exchange } = useServices();
  const load = useCallback(() => exchange.offices(), [exchange]);
  const { value: offices, failure, reload } = useLoaded(load);
  const [revoking, setRevoking] = useState<OfficeEntry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section className="card" aria-labelledby="roster-title">
      <h3 id="roster-title">{t('exchangeUi.roster.title')}</h3>
      <LoadFailure text={failure} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {offices && (
        <table className="exchange-table">
          <thead>
            <tr>
              <th scope="col">{t('exchangeUi.roster.office')}</th>
              <th scope="col">{t('exchangeUi.roster.level')}</th>
              <th scope="col">{t('exchangeUi.roster.jurisdiction')}</th>
              <th scope="col">{t('exchangeUi.roster.relation')}</th>
              <th scope="col">{t('exchangeUi.roster.state')}</th>
              <th scope="col">{t('exchangeUi.roster.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {offices.map((office) => (
              <tr key={office.officeId}>
                <th scope="row">{office.officeName}</th>
                <td>{t(`exchangeUi.level.${office.level}`)}</td>
                <td>{office.jurisdictionUnitName}</td>
                <td>{t(`exchangeUi.relation.${office.relation}`)}</td>
                <td>{office.revokedReason === null ? t('exchangeUi.roster.valid') : t('exchangeUi.roster.revoked', { reason: office.revokedReason })}</td>
                <td>
                  {(office.relation === 'child' || office.relation === 'below') && office.revokedReason === null && (
                    <button type="button" onClick={() => (setRevoking(office), setNotice(null))} aria-label={t('exchangeUi.roster.revokeOffice', { office: office.officeName })}>
                      {t('exchangeUi.roster.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {revoking && (
        <RevokeForm
          key={revoking.officeId}
          office={revoking}
          onDone={(done) => {
            setRevoking(null);
            if (done) {
              setNotice(t('exchangeUi.roster.revokedNotice', { office: revoking.officeName }));
              reload();
            }
          }}
        />
      )}
    </section>
  );
}

function RevokeForm({ office, onDone }: { readonly office: OfficeEntry; readonly onDone: (revoked: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { exchange } = useServices();
  const { errorText } = useExchangeTexts();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = t('exchangeUi.roster.reason');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setReasonError(null);
    try {
      await exchange.revoke(office.officeId, reason);
      onDone(true);
    } catch (cause) {
      if (cause instanceof ValidationFailed) setReasonError(cause.issues.map((issue) => t(issue.messageKey, { ...issue.params, field: label })).join(' '));
      else setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form revoke-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('exchangeUi.roster.revokeTitle', { office: office.officeName })}</h4>
      <p>{t('exchangeUi.roster.revokeIntro')}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{label}</label>
        <input id={`${id}-reason`} value={reason} maxLength={500} aria-invalid={reasonError ? true : undefined} aria-describedby={reasonError ? `${id}-error` : undefined} onChange={(event) => setReason(event.target.value)} autoFocus />
        {reasonError && (
          <p className="field-error" id={`${id}-error`}>
            {reasonError}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('exchangeUi.roster.confirmRevoke')}
        </button>
        <button type="button" disabled={busy} onClick={() => onDone(false)}>
          {t('exchangeUi.cancel')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
