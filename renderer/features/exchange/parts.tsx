/** Small pieces the exchange pages share. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OfficeEntry } from '../../../shared/exchange/exchange-overview';

/** Before enrolment there is nothing to exchange: says so, and where to start. */
export function NotEnrolledNotice() {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <p>{t('exchangeUi.notEnrolled')}</p>
      <Link to="/exchange/enrolment">{t('exchangeUi.goToEnrolment')}</Link>
    </div>
  );
}

/** Long work under way: a bar (by steps when they are known) and what is being done. */
export function WorkProgress({ label, step, steps }: { readonly label: string; readonly step?: number; readonly steps?: number }) {
  return (
    <div className="progress" role="status">
      <progress max={steps} value={step} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

/** "Cấp dưới trực tiếp · Cấp huyện · Đảng bộ thành phố Việt Trì". */
export function OfficeFacts({ office }: { readonly office: OfficeEntry }) {
  const { t } = useTranslation();
  return (
    <span className="office-facts">
      {[t(`exchangeUi.relation.${office.relation}`), t(`exchangeUi.level.${office.level}`), office.jurisdictionUnitName].join(' · ')}
    </span>
  );
}

export function LoadFailure({ text }: { readonly text: string | null }) {
  return text ? (
    <p className="form-error" role="alert">
      {text}
    </p>
  ) : null;
}
