import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalView } from '../../../shared/exchange/exchange-overview';
import { parseRefusal } from '../../../shared/exchange/refusals';
import { ExchangeRefused } from '../../data/exchange-services';
import { useServices } from '../../data/services';
import { LoadFailure } from './parts';
import { useExchangeTexts, useLoaded } from './use-exchange';

/** Every bundle made and every file taken in (or refused): when, with whom, which file and its hash, and the outcome. */
export function JournalPage() {
  const { t } = useTranslation();
  const { exchange } = useServices();
  const load = useCallback(() => exchange.journal(), [exchange]);
  const { value: rows, failure } = useLoaded(load);

  if (failure) return <LoadFailure text={failure} />;
  if (!rows) return <p className="loading">{t('exchangeUi.loading')}</p>;
  return (
    <>
      <h2>{t('exchangeUi.journal.title')}</h2>
      {rows.length === 0 ? (
        <div className="empty-state">
          <p>{t('exchangeUi.journal.empty')}</p>
        </div>
      ) : (
        <table className="exchange-table journal-table">
          <thead>
            <tr>
              <th scope="col">{t('exchangeUi.journal.at')}</th>
              <th scope="col">{t('exchangeUi.journal.direction')}</th>
              <th scope="col">{t('exchangeUi.journal.office')}</th>
              <th scope="col">{t('exchangeUi.journal.file')}</th>
              <th scope="col">{t('exchangeUi.journal.result')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <JournalRow key={row.id} row={row} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function JournalRow({ row }: { readonly row: JournalView }) {
  const { t } = useTranslation();
  const { dateTime, number, errorText } = useExchangeTexts();
  const counts = Object.entries(row.counts).filter(([, count]) => count > 0);
  const refusal = row.result === 'refused' ? parseRefusal(row.detail) : null;
  return (
    <tr className={refusal ? 'journal-refused' : undefined}>
      <td>{dateTime(row.at)}</td>
      <td>{t(`exchangeUi.journal.${row.direction}`)}</td>
      <td>{row.peerName || <span className="muted">{t('exchangeUi.journal.unknownOffice')}</span>}</td>
      <td>
        <span className="mono">{row.fileName || t('exchangeUi.journal.noFileName')}</span>
        {row.sha256 && <span className="mono hash muted">SHA-256: {row.sha256}</span>}
      </td>
      <td>
        <strong>{t(`exchangeUi.journal.outcome.${row.result}`)}</strong>
        {refusal && <span className="journal-detail">{errorText(new ExchangeRefused(refusal.reasonKey, refusal.detail))}</span>}
        {counts.length > 0 && <span className="journal-detail">{counts.map(([key, count]) => t(`exchangeUi.journal.count.${key}`, { count: number(count) })).join(' · ')}</span>}
      </td>
    </tr>
  );
}
