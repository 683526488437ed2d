import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/platform/contract';
import { useOffice } from '../../data/office-context';
import { platform } from '../../platform';
import { formatDateTime } from '../../format/dates';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { OfficeProfileForm } from '../office-setup/OfficeProfileForm';

export function SettingsPage() {
  const { t } = useTranslation();
  const { state } = useOffice();
  const [editing, setEditing] = useState(false);
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void platform.getAppInfo({}).then((result) => {
      if (result.ok) setAppInfo(result.value);
    });
  }, []);

  const profile = state.status === 'ready' ? state.profile : null;
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('settings.title')}</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <h2>{t('settings.officeSection')}</h2>
      {profile && !editing && (
        <>
          <dl className="details">
            <dt>{t('fields.officeName.label')}</dt>
            <dd>{profile.officeName}</dd>
            <dt>{t('fields.level.label')}</dt>
            <dd>{t(`officeLevel.${profile.level}`)}</dd>
            <dt>{t('fields.unitName.label')}</dt>
            <dd>{profile.unitName}</dd>
            <dt>{t('fields.unitCode.label')}</dt>
            <dd>{profile.unitCode}</dd>
            <dt>{t('settings.officeId')}</dt>
            <dd className="mono">{profile.officeId}</dd>
            <dt>{t('settings.configuredAt')}</dt>
            <dd>{formatDateTime(new Date(profile.configuredAt))}</dd>
          </dl>
          <button type="button" onClick={() => (setEditing(true), setNotice(null))}>
            {t('settings.edit')}
          </button>
        </>
      )}
      {profile && editing && (
        <OfficeProfileForm
          profile={profile}
          onSaved={() => (setEditing(false), setNotice(t('officeSetup.saved')))}
          onCancel={() => setEditing(false)}
        />
      )}
      <h2>{t('settings.appSection')}</h2>
      {appInfo && (
        <dl className="details">
          <dt>{t('settings.version')}</dt>
          <dd>{appInfo.version}</dd>
          <dt>{t('settings.runtime')}</dt>
          <dd>{appInfo.runtime === 'electron' ? t('settings.runtimeElectron') : t('settings.runtimeWeb')}</dd>
          <dt>{t('settings.dataFolder')}</dt>
          <dd className="mono">{appInfo.dataFolder}</dd>
        </dl>
      )}
      <h2>{t('settings.languageSection')}</h2>
      <LanguageSwitch />
    </section>
  );
}
