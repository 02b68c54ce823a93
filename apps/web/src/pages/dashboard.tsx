// The dashboard: headline figures beside last year, projects by stage and zone, the pipeline,
// infrastructure, land and safety; every number opens the events behind it.
import { Card, Col, Empty, Progress, Row, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { Link } from 'react-router-dom';
import { drillDownRoute, useApi, useResource } from '../api';
import { useLanguage } from '../i18n';
import { Chart } from '../ui/chart';
import { ErrorState } from '../ui/error-state';
import { PeriodPicker, periodQuery, usePeriod, type Period } from '../ui/period-picker';

interface Named {
  readonly zh: string;
  readonly en: string;
}
interface Quantity {
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  readonly link: string;
}
interface Compared extends Quantity {
  readonly previous: Quantity;
}
interface Part {
  readonly name: Named;
  readonly quantity: Quantity;
}
interface Facts {
  readonly zones: readonly { id: string; name: Named }[];
  readonly platforms: readonly { name: Named; sites: readonly { name: Named; works: readonly { name: Named; progress: Quantity }[] }[] }[];
  readonly land: {
    reclaimedArea: { total: Quantity; parts: readonly Part[] };
    commitments: Quantity;
    feesYuan: Quantity;
    taxArrearsYuan: Quantity;
  };
  readonly safety: {
    reminders: { parts: readonly Part[] };
    pollutionIncidents: Compared;
    pollutionCompensation: Compared;
    accidents: Quantity;
    stopProductionOrders: Quantity;
  };
}
interface FigureReport {
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  readonly labels: Named;
  readonly events: string;
  readonly change: { percentChange: number | null };
  readonly breakdown?: readonly { dims: Record<string, string | null>; value: number; events: string }[];
}
interface Restated {
  readonly figure: string;
  readonly dims: Record<string, string | null>;
  readonly closed: number;
  readonly current: number;
}
interface Restatement {
  readonly period: string;
  readonly restated: readonly Restated[];
}
interface Figures {
  readonly figures: readonly FigureReport[];
  readonly freshness: { topics: readonly { lastRecordedAt: string | null; lag: number | null }[] };
}

const HEADLINES = [
  'economy.main-business-revenue',
  'economy.industrial-added-value',
  'economy.taxes',
  'projects.signed',
  'funding.granted-yuan',
  'safety.pollution-incidents',
];
const TIMELINESS = ['timeliness.on-time-rate', 'timeliness.returns-due', 'timeliness.returns-on-time', 'timeliness.returns-late', 'timeliness.returns-missing'];
const words = {
  zh: { timeliness: '企业月报报送及时性', restated: '已更正', closedWas: (v: string) => `关账时为${v}，关账后有更正`, byZone: '各园区按时率' },
  en: { timeliness: 'Timeliness of enterprise returns', restated: 'restated', closedWas: (v: string) => `${v} at the close; restated since`, byZone: 'On-time rate by zone' },
};
const FUNNEL = ['projects.leads', 'projects.signed', 'projects.construction-started', 'projects.topped-out', 'projects.in-production'];

function useDashboard(period: Period) {
  const api = useApi();
  const json = <T,>(path: string) => api('reporting', path).then((r) => r.json() as Promise<T>);
  const query = periodQuery(period);
  const factsQuery = new URLSearchParams({ format: 'json', ...(period.asOf ? { asOf: period.asOf } : {}) });
  // a closed year's restatement marks the figures changed since the close (a year asked as it stands now)
  const yearNow = !period.quarter && !period.month && !period.asOf;
  const restatement = async (): Promise<Restatement | null> => {
    if (!yearNow) return null;
    const status = await json<{ close: unknown }>(`/periods/${period.year}`);
    return status.close ? json<Restatement>(`/periods/${period.year}/restatement`) : null;
  };
  return useResource(`${query}`, async () => {
    const [facts, heads, stages, timeliness, restated] = await Promise.all([
      json<Facts>(`/reports/annual/${period.year}?${factsQuery}`),
      json<Figures>(`/figures?${query}&figure=${HEADLINES.join(',')}`),
      json<Figures>(`/figures?${query}&figure=${FUNNEL.join(',')}&groupBy=zoneId`),
      json<Figures>(`/figures?${query}&figure=${TIMELINESS.join(',')}&groupBy=zoneId`),
      restatement(),
    ]);
    return { facts, heads, stages, timeliness, restated };
  });
}

/** A number that opens its drill-down. */
function FigureLink({ quantity, text }: { quantity: Quantity; text?: string }) {
  const { format } = useLanguage();
  return (
    <Link to={drillDownRoute(quantity.link)} data-figure={quantity.figure}>
      {text ?? format(quantity.value, quantity.unit)}
    </Link>
  );
}

function RestatedTag({ figure, restated }: { figure: FigureReport; restated: Restatement | null }) {
  const { lang, format } = useLanguage();
  const r = restated?.restated.find((x) => x.figure === figure.figure && Object.keys(x.dims).length === 0);
  if (!r) return null;
  return (
    <Tooltip title={words[lang].closedWas(format(r.closed, figure.unit))}>
      <Tag color="orange" data-testid="restated" style={{ marginInlineStart: 6 }}>
        {words[lang].restated}
      </Tag>
    </Tooltip>
  );
}

function Timeliness({ figures, facts }: { figures: readonly FigureReport[]; facts: Facts }) {
  const { t, lang, named, format } = useLanguage();
  const of = (name: string) => figures.find((f) => f.figure === name);
  const rate = of('timeliness.on-time-rate');
  const due = of('timeliness.returns-due');
  if (!rate || !due || due.value === 0) return <Empty description={t.noData} />;
  const zoneName = (id: string | null) => {
    const zone = facts.zones.find((z) => z.id === id);
    return zone ? named(zone.name) : (id ?? '—');
  };
  const counts = TIMELINESS.slice(1).map((name) => of(name)).filter((f): f is FigureReport => Boolean(f));
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} md={8}>
        <Typography.Text type="secondary">{named(rate.labels)}</Typography.Text>
        <div style={{ fontSize: 28, fontWeight: 600 }} data-figure={rate.figure}>
          {format(rate.value, rate.unit)}
        </div>
        <FactList items={counts.map((f) => [named(f.labels), <FigureLink quantity={{ figure: f.figure, value: f.value, unit: f.unit, link: f.events }} />])} />
      </Col>
      <Col xs={24} md={16}>
        <Typography.Text type="secondary">{words[lang].byZone}</Typography.Text>
        {(rate.breakdown ?? []).map((part) => (
          <div key={String(part.dims['zoneId'])}>
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <span>{zoneName(part.dims['zoneId'])}</span>
              <span>{format(part.value, 'percent')}</span>
            </Space>
            <Progress percent={part.value} showInfo={false} size="small" status={part.value < 90 ? 'exception' : 'normal'} />
          </div>
        ))}
      </Col>
    </Row>
  );
}

function Headlines({ figures, restated }: { figures: readonly FigureReport[]; restated: Restatement | null }) {
  const { t, format, named } = useLanguage();
  return (
    <Row gutter={[16, 16]}>
      {HEADLINES.map((name) => figures.find((f) => f.figure === name))
        .filter((f): f is FigureReport => Boolean(f))
        .map((f) => {
          const pct = f.change.percentChange;
          return (
            <Col xs={12} md={8} xl={4} key={f.figure}>
              <Link to={drillDownRoute(f.events)} data-figure={f.figure} aria-label={`${named(f.labels)} ${format(f.value, f.unit)}`}>
                <Card hoverable size="small">
                  <Typography.Text type="secondary">{named(f.labels)}</Typography.Text>
                  <div style={{ fontSize: 22, fontWeight: 600, margin: '4px 0' }}>
                    {format(f.value, f.unit)}
                    <RestatedTag figure={f} restated={restated} />
                  </div>
                  <Typography.Text type={pct === null ? 'secondary' : pct >= 0 ? 'success' : 'danger'} style={{ fontSize: 12 }}>
                    {pct === null ? '—' : `${t.vsLast} ${pct >= 0 ? '+' : ''}${pct}%`}
                  </Typography.Text>
                </Card>
              </Link>
            </Col>
          );
        })}
    </Row>
  );
}

function Freshness({ freshness }: { freshness: Figures['freshness'] }) {
  const { t, lang } = useLanguage();
  const times = freshness.topics.map((x) => x.lastRecordedAt).filter((x): x is string => Boolean(x)).sort();
  const lag = freshness.topics.reduce((sum, x) => sum + (x.lag ?? 0), 0);
  const at = times.length ? new Date(times[times.length - 1]).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') : '—';
  return (
    <Typography.Text type="secondary" data-testid="freshness">
      {t.fresh} {at} · {t.lag}: {lag}
    </Typography.Text>
  );
}

function stagesOption(report: readonly FigureReport[], facts: Facts, stageName: Record<string, string>, named: (n: Named) => string): EChartsOption {
  const stages = FUNNEL.slice(1);
  const zoneName = (id: string | null) => {
    const zone = facts.zones.find((z) => z.id === id);
    return zone ? named(zone.name) : (id ?? '—');
  };
  const ids = [...new Set(report.filter((f) => stages.includes(f.figure)).flatMap((f) => (f.breakdown ?? []).map((p) => p.dims['zoneId'])))];
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 10, right: 10, bottom: 10, top: 60, containLabel: true },
    // zone names wrap onto lines of their own (an explicit lineHeight: without it wrapped lines overprint)
    xAxis: { type: 'category', data: ids.map(zoneName), axisLabel: { interval: 0, width: 96, overflow: 'break', lineHeight: 14 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: stages.map((name) => {
      const f = report.find((x) => x.figure === name);
      return {
        name: stageName[name],
        type: 'bar',
        data: ids.map((id) => {
          const part = f?.breakdown?.find((p) => p.dims['zoneId'] === id);
          return { value: part?.value ?? 0, link: part?.events ?? f?.events };
        }),
      };
    }),
  };
}

function funnelOption(report: readonly FigureReport[], stageName: Record<string, string>): EChartsOption {
  return {
    tooltip: { trigger: 'item' },
    // the funnel leaves the right third to its labels, which would otherwise be cut off
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '4%',
        width: '60%',
        label: { formatter: '{b}: {c}', lineHeight: 14 },
        data: FUNNEL.map((name) => {
          const f = report.find((x) => x.figure === name);
          return { name: stageName[name], value: f?.value ?? 0, link: f?.events };
        }),
      },
    ],
  };
}

function FactList({ items }: { items: [string, JSX.Element][] }) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '6px 16px', margin: 0 }}>
      {items.map(([name, node]) => (
        <div key={name} style={{ display: 'contents' }}>
          <dt style={{ color: 'rgba(0,0,0,0.55)' }}>{name}</dt>
          <dd style={{ margin: 0 }}>{node}</dd>
        </div>
      ))}
    </dl>
  );
}

function Infrastructure({ facts }: { facts: Facts }) {
  const { t, named } = useLanguage();
  const rows = facts.platforms.flatMap((p) => p.sites.flatMap((s) => s.works.map((w) => ({ platform: named(p.name), work: w }))));
  if (rows.length === 0) return <Empty description={t.noData} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {rows.map(({ platform, work }) => (
        <div key={`${platform}-${work.name.zh}`}>
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <span>
              {platform} · {named(work.name)}
            </span>
            <FigureLink quantity={work.progress} />
          </Space>
          <Progress percent={Math.min(100, work.progress.value)} showInfo={false} size="small" />
        </div>
      ))}
    </Space>
  );
}

function Land({ facts }: { facts: Facts }) {
  const { t, format, named } = useLanguage();
  const l = facts.land;
  const area = l.reclaimedArea.parts.reduce((s, p) => s + p.quantity.value, 0);
  const option: EChartsOption = {
    tooltip: { trigger: 'item', formatter: (p: unknown) => `${(p as { name: string }).name}: ${format((p as { value: number }).value, 'centi-mu')}` },
    series: [
      {
        type: 'pie',
        radius: ['30%', '55%'],
        avoidLabelOverlap: true,
        label: { formatter: (p: { name: string; value: unknown }) => `${p.name}\n${format(Number(p.value), 'centi-mu')}`, lineHeight: 15, width: 110, overflow: 'break', alignTo: 'edge', edgeDistance: 8 },
        labelLayout: { hideOverlap: false, moveOverlap: 'shiftY' },
        data: l.reclaimedArea.parts.map((p) => ({ name: named(p.name), value: p.quantity.value, link: p.quantity.link })),
      },
    ],
  };
  return (
    <>
      <FactList
        items={[
          [t.reclaimed, <FigureLink quantity={{ ...l.reclaimedArea.total, value: area }} />],
          [t.commitments, <FigureLink quantity={l.commitments} />],
          [t.fees, <FigureLink quantity={l.feesYuan} />],
          [t.arrears, <FigureLink quantity={l.taxArrearsYuan} />],
        ]}
      />
      <Chart option={option} height={260} label={t.reclaimed} />
    </>
  );
}

function Safety({ facts }: { facts: Facts }) {
  const { t, named } = useLanguage();
  const s = facts.safety;
  const withLastYear = (q: Compared) => (
    <span>
      <FigureLink quantity={q} /> ({t.lastYear} <FigureLink quantity={q.previous} />)
    </span>
  );
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 10, right: 20, bottom: 10, top: 10, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: s.reminders.parts.map((p) => named(p.name)) },
    series: [{ type: 'bar', data: s.reminders.parts.map((p) => ({ value: p.quantity.value, link: p.quantity.link })) }],
  };
  return (
    <>
      <FactList
        items={[
          [t.incidents, withLastYear(s.pollutionIncidents)],
          [t.compensation, withLastYear(s.pollutionCompensation)],
          [t.accidents, <FigureLink quantity={s.accidents} />],
          [t.stopOrders, <FigureLink quantity={s.stopProductionOrders} />],
        ]}
      />
      <Chart option={option} height={200} label={t.reminders} />
    </>
  );
}

export function DashboardPage() {
  const { t, named, lang } = useLanguage();
  const [period, setPeriod] = usePeriod();
  const board = useDashboard(period);
  const loadedKey = board.data && !board.loading ? `${periodQuery(period)}` : undefined;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.dashboard}
        </Typography.Title>
        <PeriodPicker period={period} onChange={setPeriod} />
      </Space>
      {board.error ? (
        <ErrorState error={board.error} retry={board.retry} />
      ) : !board.data ? (
        <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />
      ) : (
        <Spin spinning={board.loading}>
          <div data-testid="board" data-loaded={loadedKey}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Freshness freshness={board.data.heads.freshness} />
            <Headlines figures={board.data.heads.figures} restated={board.data.restated} />
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={14}>
                <Card title={t.byStage}>
                  <Chart option={stagesOption(board.data.stages.figures, board.data.facts, t.stages, named)} label={t.byStage} />
                </Card>
              </Col>
              <Col xs={24} lg={10}>
                <Card title={t.funnel}>
                  <Chart option={funnelOption(board.data.stages.figures, t.stages)} label={t.funnel} />
                </Card>
              </Col>
              <Col xs={24} lg={8}>
                <Card title={t.infrastructure}>
                  <Infrastructure facts={board.data.facts} />
                </Card>
              </Col>
              <Col xs={24} lg={8}>
                <Card title={t.land}>
                  <Land facts={board.data.facts} />
                </Card>
              </Col>
              <Col xs={24} lg={8}>
                <Card title={t.safety}>
                  <Safety facts={board.data.facts} />
                </Card>
              </Col>
              <Col xs={24}>
                <Card title={words[lang].timeliness} data-testid="timeliness">
                  <Timeliness figures={board.data.timeliness.figures} facts={board.data.facts} />
                </Card>
              </Col>
            </Row>
          </Space>
          </div>
        </Spin>
      )}
    </Space>
  );
}
