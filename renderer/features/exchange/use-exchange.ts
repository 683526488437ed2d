/** Loading, error texts and formats every exchange screen uses. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeUnknownError } from '../../../shared/result';
import type { AppError } from '../../../shared/result';
import { ValidationFailed } from '../../../shared/validation/issues';
import { ExchangeJobFailed, ExchangeRefused } from '../../data/exchange-services';
import { formatDateTime } from '../../format/dates';

export interface Loaded<T> {
  readonly value: T | null;
  readonly failure: string | null;
  reload(): void;
}

/** Loads once and again on `reload()`; an answer that arrives after the screen left is dropped. */
export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const { t } = useTranslation();
  const [value, setValue] = useState<T | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (loaded) => {
        if (!current) return;
        setValue(loaded);
        setFailure(null);
      },
      (error: unknown) => current && setFailure(t('exchangeUi.errors.loadFailed', { detail: describeUnknownError(error) })),
    );
    return () => {
      current = false;
    };
  }, [load, round, t]);
  const reload = useCallback(() => setRound((previous) => previous + 1), []);
  return { value, failure, reload };
}

export function useExchangeTexts() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN';
  return {
    /** A refusal in the user's language; anything else says it was not expected, with the detail for support staff. */
    errorText(error: unknown): string {
      if (error instanceof ExchangeRefused) return t([error.reasonKey, error.reasonKey.replace(/^exchange\./, 'exchangeUi.refusals.'), 'exchangeUi.errors.refused'], { detail: error.detail });
      if (error instanceof ValidationFailed) return t('exchangeUi.errors.invalid');
      if (error instanceof ExchangeJobFailed) return t('exchangeUi.errors.worker', { detail: error.message });
      return t('exchangeUi.errors.unexpected', { detail: describeUnknownError(error) });
    },
    platformErrorText: (error: AppError) => t(`platformError.${error.code}`),
    dateTime: (iso: string | null) => (iso ? formatDateTime(new Date(iso)) : t('exchangeUi.never')),
    number: (value: number) => value.toLocaleString(locale),
    size(bytes: number): string {
      const scaled = (divisor: number) => (bytes / divisor).toLocaleString(locale, { maximumFractionDigits: 1 });
      if (bytes < 1024) return t('exchangeUi.size.bytes', { formatted: bytes.toLocaleString(locale) });
      if (bytes < 1024 * 1024) return t('exchangeUi.size.kilobytes', { formatted: scaled(1024) });
      return t('exchangeUi.size.megabytes', { formatted: scaled(1024 * 1024) });
    },
  };
}
