import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReminderList } from '../../../shared/reports/report-jobs';
import { localDay } from '../../data/organization-services';
import { useServices } from '../../data/services';
import { failureDetail } from '../../app/failure-detail';
import './reminders.css';

/** The home screen's reminders: how many people each concerns (and how many are overdue), each opening its list. */
export function RemindersCard({ ownUnitCode }: { ownUnitCode: string }) {
  const { t } = useTranslation();
  const { reports } = useServices();
  const [lists, setLists] = useState<readonly ReminderList[] | null>(null);
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    reports.reminders(localDay(), ownUnitCode, 1, (fraction) => current && setProgress(fraction)).then(
      (loaded) => current && setLists(loaded),
      (error: unknown) => current && setFailure(failureDetail(error, t)),
    );
    return () => {
      current = false;
    };
  }, [reports, ownUnitCode, t]);

  return (
    <section className="reminders-card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('reminders.title')}</h2>
      {failure && (
        <p className="form-error" role="alert">
          {t('reminders.failed', { detail: failure })}
        </p>
      )}
      {!lists && !failure && (
        <p className="loading">
          {t('reminders.loading')} <progress max={1} value={progress} aria-label={t('reminders.title')} />
        </p>
      )}
      {lists && (
        <ul className="reminder-counts">
          {lists.map((list) => (
            <li key={list.kind} className={list.total === 0 ? 'none' : undefined}>
              <Link to={`/work/reminders/${list.kind}`}>
                <span className="reminder-count">{list.total.toLocaleString('vi-VN')}</span> {t(`reminders.kinds.${list.kind}.title`)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
