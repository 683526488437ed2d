/**
 * The home screen's charts, drawn as plain SVG (no chart library, nothing loaded from elsewhere). Every bar is a link
 * to the people table filtered to what the bar counts; the table counts the same members the bar does.
 */
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Link, useHref } from 'react-router';
import { sexes } from '../../../shared/people/person';
import type { JurisdictionSummary, UnitFigure } from '../../../shared/queries/jurisdiction-summary';
import { peopleLink } from '../people/people-link';

/** A round step for about `count` gridlines up to `max`: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, count = 4): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw)!;
  return Math.max(1, step);
}

const formatted = (value: number) => value.toLocaleString('vi-VN');

/** An SVG link: `useHref` gives the address the hash router understands (`#/people?...`). */
function BarLink({ to, label, children }: { to: string; label: string; children: ReactNode }) {
  const href = useHref(to);
  return (
    <a href={href} aria-label={label} className="chart-link">
      <title>{label}</title>
      {children}
    </a>
  );
}

export function AgeSexChart({ summary }: { summary: JurisdictionSummary }) {
  const { t } = useTranslation();
  const width = 880;
  const height = 320;
  const margin = { top: 24, right: 16, bottom: 48, left: 64 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const max = Math.max(1, ...summary.byAgeAndSex.flatMap((band) => [band.male, band.female]));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: top / step + 1 }, (_, index) => index * step);
  const y = (value: number) => margin.top + plotHeight - (value / top) * plotHeight;
  const group = plotWidth / summary.byAgeAndSex.length;
  const barWidth = Math.min(40, (group - 16) / 2);

  return (
    <figure className="card chart" aria-labelledby="age-sex-title">
      <h2 id="age-sex-title">{t('dashboard.ageSex.title')}</h2>
      <p className="chart-description" id="age-sex-description">
        {t('dashboard.ageSex.description')}
      </p>
      <ul className="chart-legend">
        {sexes.map((sex) => (
          <li key={sex}>
            <span className={`chart-swatch chart-${sex}`} aria-hidden="true" /> {t(`organizations.sex.${sex}`)}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${width} ${height}`} className="chart-svg" role="group" aria-labelledby="age-sex-title" aria-describedby="age-sex-description">
        {ticks.map((tick) => (
          <g key={tick} aria-hidden="true">
            <line className="chart-grid" x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
            <text className="chart-tick" x={margin.left - 8} y={y(tick) + 4} textAnchor="end">
              {formatted(tick)}
            </text>
          </g>
        ))}
        <text className="chart-axis-label" aria-hidden="true" transform={`translate(16 ${margin.top + plotHeight / 2}) rotate(-90)`} textAnchor="middle">
          {t('dashboard.ageSex.countAxis')}
        </text>
        {summary.byAgeAndSex.map((band, index) => {
          const center = margin.left + group * index + group / 2;
          return (
            <g key={band.band}>
              {sexes.map((sex, side) => {
                const value = band[sex];
                const x = center + (side === 0 ? -barWidth - 2 : 2);
                return (
                  <BarLink key={sex} to={peopleLink({ memberStatus: 'member', ageBand: band.band, sex })} label={t('dashboard.ageSex.bar', { band: band.band, sex: t(`organizations.sex.${sex}`), count: formatted(value) })}>
                    <rect className="chart-hit" x={x - 1} y={margin.top} width={barWidth + 2} height={plotHeight} />
                    <rect className={`chart-bar chart-${sex}`} x={x} y={y(value)} width={barWidth} height={Math.max(0, y(0) - y(value))} />
                    <text className="chart-value" x={x + barWidth / 2} y={y(value) - 4} textAnchor="middle">
                      {formatted(value)}
                    </text>
                  </BarLink>
                );
              })}
              <text className="chart-category" x={center} y={height - margin.bottom + 20} textAnchor="middle" aria-hidden="true">
                {band.band}
              </text>
            </g>
          );
        })}
        <text className="chart-axis-label" x={margin.left + plotWidth / 2} y={height - 8} textAnchor="middle" aria-hidden="true">
          {t('dashboard.ageSex.ageAxis')}
        </text>
        <line className="chart-axis" x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} aria-hidden="true" />
      </svg>
    </figure>
  );
}

/** Units shown by name; the rest are in the tree. */
const unitsShown = 15;
const nameRoom = 44;

export function UnitBarsChart({ summary }: { summary: JurisdictionSummary }) {
  const { t } = useTranslation();
  const units: readonly UnitFigure[] = summary.byUnit.slice(0, unitsShown);
  const rowHeight = 30;
  const width = 880;
  const labelWidth = 340;
  const valueRoom = 70;
  const height = units.length * rowHeight + 8;
  const max = Math.max(1, ...units.map((unit) => unit.members));
  const barRoom = width - labelWidth - valueRoom;
  const shortName = (name: string) => (name.length > nameRoom ? `${name.slice(0, nameRoom - 1)}…` : name);

  return (
    <figure className="card chart" aria-labelledby="by-unit-title">
      <h2 id="by-unit-title">{t('dashboard.byUnit.title')}</h2>
      <p className="chart-description" id="by-unit-description">
        {t('dashboard.byUnit.description', { unit: summary.root.name })}
      </p>
      {units.length === 0 ? (
        <p className="empty-state">{t('dashboard.byUnit.none', { unit: summary.root.name })}</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} className="chart-svg" role="group" aria-labelledby="by-unit-title" aria-describedby="by-unit-description">
          {units.map((unit, index) => {
            const top = index * rowHeight + 4;
            const length = (unit.members / max) * barRoom;
            return (
              <BarLink key={unit.id} to={peopleLink({ memberStatus: 'member', unitId: unit.id })} label={t('dashboard.byUnit.bar', { name: unit.name, count: formatted(unit.members) })}>
                <rect className="chart-hit" x={0} y={top} width={width} height={rowHeight - 2} />
                <text className="chart-category" x={labelWidth - 10} y={top + rowHeight / 2 + 1} textAnchor="end">
                  {shortName(unit.name)}
                </text>
                <rect className="chart-bar chart-unit" x={labelWidth} y={top + 4} width={Math.max(0, length)} height={rowHeight - 10} />
                <text className="chart-value" x={labelWidth + length + 6} y={top + rowHeight / 2 + 1}>
                  {formatted(unit.members)}
                </text>
              </BarLink>
            );
          })}
        </svg>
      )}
      {summary.byUnit.length > unitsShown && (
        <p className="chart-description">
          {t('dashboard.byUnit.more', { count: summary.byUnit.length - unitsShown })} <Link to="/organizations">{t('dashboard.byUnit.moreLink')}</Link>
        </p>
      )}
    </figure>
  );
}
