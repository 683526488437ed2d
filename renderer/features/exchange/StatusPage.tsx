import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeerStatus } from '../../../shared/exchange/exchange-overview';
import { useServices } from '../../data/services';
import { LoadFailure, NotEnrolledNotice, OfficeFacts } from './parts';
import { useExchangeTexts, useLoaded } from './use-exchange';

/**
 * Where the exchange stands with each office above and below: bundles sent and received, how far the office has
 * acknowledged our changes, and what is still on its way and since when.
 */
export function StatusPage() {
  const { t } = useTranslation();
  const { exchange } = useServices();
  const { number } = useExchangeTexts();
  const load = useCallback(async () => {
    const [enrolment, peers, conflicts, quarantine] = await Promise.all([exchange.enrolment(), exchange.statuses(), exchange.conflicts(), exchange.quarantine()]);
    return { enrolment, peers, conflicts: conflicts.length, quarantined: quarantine.length };
  }, [exchange]);
  const { value, failure } = useLoaded(load);

  if (failure) return <LoadFailure text={failure} />;
  if (!value) return <p className="loading">{t('exchangeUi.loading')}</p>;
  if (!value.enrolment.certificate) return <NotEnrolledNotice />;
  return (
    <>
      <h2>{t('exchangeUi.status.title')}</h2>
      {(value.conflicts > 0 || value.quarantined > 0) && (
        <ul className="attention-list">
          {value.conflicts > 0 && (
            <li>
              <Link to="/exchange/conflicts">{t('exchangeUi.status.openConflicts', { count: number(value.conflicts) })}</Link>
            </li>
          )}
          {value.quarantined > 0 && (
            <li>
              <Link to="/exchange/quarantine">{t('exchangeUi.status.quarantined', { count: number(value.quarantined) })}</Link>
            </li>
          )}
        </ul>
      )}
      {value.peers.length === 0 ? (
        <div className="empty-state">
          <p>{t('exchangeUi.status.noPeers')}</p>
        </div>
      ) : (
        <div className="peer-list">
          {value.peers.map((status) => (
            <PeerCard key={status.office.officeId} status={status} />
          ))}
        </div>
      )}
    </>
  );
}

function PeerCard({ status }: { readonly status: PeerStatus }) {
  const { t } = useTranslation();
  const { dateTime, number } = useExchangeTexts();
  const titleId = `peer-${status.office.officeId}`;
  const settled = status.outstandingOwn === 0;
  return (
    <article className="card peer-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{status.office.officeName}</h3>
      <p className="muted">
        <OfficeFacts office={status.office} />
      </p>
      <dl className="details">
        <dt>{t('exchangeUi.status.lastSent')}</dt>
        <dd>{status.lastSentAt ? t('exchangeUi.status.sentBundle', { sequence: number(status.sentSequence), date: dateTime(status.lastSentAt) }) : t('exchangeUi.status.nothingSent')}</dd>
        <dt>{t('exchangeUi.status.lastReceived')}</dt>
        <dd>{status.lastReceivedAt ? dateTime(status.lastReceivedAt) : t('exchangeUi.status.nothingReceived')}</dd>
        <dt>{t('exchangeUi.status.acknowledged')}</dt>
        <dd className="acknowledged">
          {t('exchangeUi.status.acknowledgedValue', { acknowledged: number(status.acknowledgedOwn), own: number(status.ownSequence) })}
          {status.acknowledgedAt && <span className="muted"> {t('exchangeUi.status.acknowledgedAt', { date: dateTime(status.acknowledgedAt) })}</span>}
        </dd>
        <dt>{t('exchangeUi.status.outstanding')}</dt>
        <dd className={settled ? 'status-ok' : 'status-pending'}>
          {settled ? t('exchangeUi.status.allAcknowledged') : t('exchangeUi.status.outstandingValue', { count: number(status.outstandingOwn), since: dateTime(status.outstandingSince) })}
        </dd>
        <dt>{t('exchangeUi.status.relayed')}</dt>
        <dd>{status.outstandingRelayed === 0 ? t('exchangeUi.status.nothingRelayed') : t('exchangeUi.status.relayedValue', { count: number(status.outstandingRelayed) })}</dd>
      </dl>
    </article>
  );
}
