import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import { reminderKinds, type ReminderKind } from '../../../shared/queries/reminders';
import type { ReminderList } from '../../../shared/reports/report-jobs';
import { useOffice } from '../../data/office-context';
import { localDay } from '../../data/organization-services';
import { useServices } from '../../data/services';
import { failureDetail } from '../../app/failure-detail';
import { NotFoundPage } from '../../app/NotFoundPage';
import './reminders.css';

/** Enough for any office's list; a province with more sees how many are left out. */
const listLimit = 2000;

const isReminderKind = (value: string | undefined): value is ReminderKind => (reminderKinds as readonly (string | undefined)[]).includes(value);

/** The people behind one reminder of the home screen, soonest first, each opening the person's dossier. */
export function ReminderListPage() {
  const { kind } = useParams();
  if (!isReminderKind(kind)) return <NotFoundPage />;
  return <ReminderList kind={kind} />;
}

function ReminderList({ kind }: { kind: ReminderKind }) {
  const { t } = useTranslation();
  const { state } = useOffice();
  const { reports } = useServices();
  const [list, setList] = useState<ReminderList | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const ownUnitCode = state.status === 'ready' ? (state.profile?.unitCode ?? '') : '';

  useEffect(() => {
    let current = true;
    reports.reminders(localDay(), ownUnitCode, listLimit).then(
      (lists) => current && setList(lists.find((candidate) => candidate.kind === kind) ?? null),
      (error: unknown) => current && setFailure(failureDetail(error, t)),
    );
    return () => {
      current = false;
    };
  }, [reports, ownUnitCode, kind, t]);

  return (
    <section className="page" aria-labelledby="page-title">
      <p>
        <Link to="/">{t('reminders.back')}</Link>
      </p>
      <h1 id="page-title">{t(`reminders.kinds.${kind}.title`)}</h1>
      <p className="muted">{t(`reminders.kinds.${kind}.rule`)}</p>
      {failure && (
        <p className="form-error" role="alert">
          {t('reminders.failed', { detail: failure })}
        </p>
      )}
      {!list && !failure && <p className="loading">{t('reminders.loading')}</p>}
      {list && list.total === 0 && (
        <div className="empty-state">
          <p>{t('reminders.none')}</p>
        </div>
      )}
      {list && list.total > 0 && (
        <>
          <p>{t('reminders.count', { count: list.total })}</p>
          <table className="reminder-table">
            <thead>
              <tr>
                <th scope="col">{t('reminders.columns.name')}</th>
                <th scope="col">{t('reminders.columns.unit')}</th>
                <th scope="col">{t(`reminders.kinds.${kind}.due`)}</th>
              </tr>
            </thead>
            <tbody>
              {list.entries.map((entry) => (
                <tr key={entry.personId} className={entry.overdue ? 'overdue' : undefined}>
                  <td>
                    <Link to={`/people/${entry.personId}`}>{entry.fullName}</Link>
                  </td>
                  <td>{entry.unitName}</td>
                  <td>
                    {formatPartialDate(entry.dueOn)}
                    {entry.overdue && <span className="overdue-badge"> {t('reminders.overdue')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.total > list.entries.length && <p className="muted">{t('reminders.more', { count: list.total - list.entries.length })}</p>}
        </>
      )}
    </section>
  );
}
