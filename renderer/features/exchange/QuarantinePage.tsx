import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isRecordTypeName } from '../../../shared/records/registry';
import { useServices } from '../../data/services';
import { useRecordTexts } from '../../i18n';
import { LoadFailure, NotEnrolledNotice } from './parts';
import { useExchangeTexts, useLoaded } from './use-exchange';

/**
 * Changes held back on import: written by an office outside its jurisdiction, or holding a value this version
 * refuses. They are kept (not applied, not dropped) so that the upper office can look into them.
 */
export function QuarantinePage() {
  const { t } = useTranslation();
  const { exchange } = useServices();
  const { recordTypeLabel, fieldLabel } = useRecordTexts();
  const { dateTime } = useExchangeTexts();
  const load = useCallback(async () => {
    const [enrolment, held] = await Promise.all([exchange.enrolment(), exchange.quarantine()]);
    return { enrolment, held };
  }, [exchange]);
  const { value, failure } = useLoaded(load);

  if (failure) return <LoadFailure text={failure} />;
  if (!value) return <p className="loading">{t('exchangeUi.loading')}</p>;
  if (!value.enrolment.certificate) return <NotEnrolledNotice />;
  return (
    <>
      <h2>{t('exchangeUi.quarantine.title')}</h2>
      <p>{t('exchangeUi.quarantine.intro')}</p>
      {value.held.length === 0 ? (
        <div className="empty-state">
          <p>{t('exchangeUi.quarantine.empty')}</p>
        </div>
      ) : (
        <table className="exchange-table">
          <thead>
            <tr>
              <th scope="col">{t('exchangeUi.quarantine.record')}</th>
              <th scope="col">{t('exchangeUi.quarantine.change')}</th>
              <th scope="col">{t('exchangeUi.quarantine.author')}</th>
              <th scope="col">{t('exchangeUi.quarantine.reason')}</th>
              <th scope="col">{t('exchangeUi.quarantine.heldAt')}</th>
            </tr>
          </thead>
          <tbody>
            {value.held.map((held) => {
              const type = isRecordTypeName(held.record.type) ? held.record.type : null;
              return (
                <tr key={held.id}>
                  <th scope="row">
                    <span className="conflict-kind">{type ? recordTypeLabel(type) : held.record.type}</span>
                    {held.record.name ?? t('exchangeUi.inbox.unnamedRecord')}
                  </th>
                  <td>
                    {t(`exchangeUi.quarantine.operation.${held.operation}`)}
                    {held.operation !== 'delete' && held.fields.length > 0 && <span className="muted">: {held.fields.map((field) => (type ? fieldLabel(type, field) : field)).join(', ')}</span>}
                  </td>
                  <td>
                    {held.authorName}
                    <span className="muted"> · {t('exchangeUi.quarantine.writtenAt', { date: dateTime(held.writtenAt) })}</span>
                  </td>
                  <td>{t(held.reasonKey)}</td>
                  <td>
                    {dateTime(held.heldAt)}
                    {held.bundle?.fileName && <span className="muted mono"> {held.bundle.fileName}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
