// The business period (year, and a quarter or a month) and the record time to read as of, kept in
// the URL's query so a route is the view: shareable, and where sign-in comes back to.
import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { useLanguage } from '../i18n';

export interface Period {
  readonly year: number;
  readonly quarter?: number;
  readonly month?: number;
  readonly asOf?: string;
}

export const defaultYear = () => new Date().getFullYear() - 1;

export function usePeriod(fallbackYear = defaultYear()): [Period, (next: Partial<Period>) => void] {
  const [params, setParams] = useSearchParams();
  const number = (name: string) => (params.get(name) ? Number(params.get(name)) : undefined);
  const period: Period = {
    year: number('year') ?? fallbackYear,
    quarter: number('quarter'),
    month: number('month'),
    asOf: params.get('asOf') ?? undefined,
  };
  const set = (next: Partial<Period>) => {
    const merged = { ...period, ...next };
    const query = new URLSearchParams({ year: String(merged.year) });
    if (merged.quarter) query.set('quarter', String(merged.quarter));
    if (merged.month) query.set('month', String(merged.month));
    if (merged.asOf) query.set('asOf', merged.asOf);
    setParams(query);
  };
  return [period, set];
}

/** The period as the API's query: year, quarter|month, asOf. */
export function periodQuery(period: Period): URLSearchParams {
  const query = new URLSearchParams({ year: String(period.year) });
  if (period.quarter) query.set('quarter', String(period.quarter));
  if (period.month) query.set('month', String(period.month));
  if (period.asOf) query.set('asOf', period.asOf);
  return query;
}

const years = () => Array.from({ length: new Date().getFullYear() - 2004 }, (_, i) => new Date().getFullYear() - i);

export function PeriodPicker({ period, onChange, withinYear = true }: { period: Period; onChange(next: Partial<Period>): void; withinYear?: boolean }) {
  const { t } = useLanguage();
  return (
    <Space wrap>
      <Select
        aria-label={t.year}
        data-testid="year"
        showSearch
        value={period.year}
        style={{ width: 110 }}
        options={years().map((y) => ({ value: y, label: String(y) }))}
        onChange={(year) => onChange({ year })}
      />
      {withinYear && (
        <>
          <Select
            aria-label={t.quarter}
            data-testid="quarter"
            value={period.quarter ?? 0}
            style={{ width: 130 }}
            options={[{ value: 0, label: t.wholeYear }, ...[1, 2, 3, 4].map((q) => ({ value: q, label: t.quarterN(q) }))]}
            onChange={(quarter) => onChange({ quarter: quarter || undefined, month: undefined })}
          />
          <Select
            aria-label={t.month}
            data-testid="month"
            value={period.month ?? 0}
            style={{ width: 130 }}
            options={[{ value: 0, label: t.wholeYear }, ...Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t.monthN(i + 1) }))]}
            onChange={(month) => onChange({ month: month || undefined, quarter: undefined })}
          />
        </>
      )}
      <DatePicker
        aria-label={t.asOf}
        placeholder={t.asOf}
        showTime
        value={period.asOf ? dayjs(period.asOf) : null}
        // the API wants seconds and an offset: 2015-01-10T00:00:00+08:00
        onChange={(value) => onChange({ asOf: value ? value.format('YYYY-MM-DDTHH:mm:ssZ') : undefined })}
      />
    </Space>
  );
}
