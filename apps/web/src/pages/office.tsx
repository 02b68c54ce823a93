// The committee office's year: the returns' timeliness board (on-time rate, the missing and the late),
// the period's close, sign-off and reopening (each confirmed), and what has been restated since the close.
import { App, Button, Card, Col, Descriptions, Empty, Input, Modal, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { useSearchParams } from 'react-router-dom';
import { ApiError, useApi, useResource } from '../api';
import { formatValue, useLanguage, type Lang } from '../i18n';
import { personOf } from '../session';
import { ErrorState } from '../ui/error-state';
import { defaultYear } from '../ui/period-picker';

interface Rate {
  readonly key: string;
  readonly due: number;
  readonly onTime: number;
  readonly late: number;
  readonly missing: number;
  readonly rate: number | null;
  /** a zone's names (byZone) */
  readonly name?: { readonly zh: string; readonly en: string } | null;
}
interface Overdue {
  readonly enterpriseId: string;
  readonly nameZh: string | null;
  readonly zoneId: string | null;
  readonly zoneName: { readonly zh: string; readonly en: string } | null;
  readonly contact: string | null;
  readonly month: string;
  readonly due: string;
  readonly filedOn: string | null;
  readonly daysLate: number;
}
interface TallyMonth {
  readonly department: string;
  readonly month: string;
  readonly due: string;
  readonly status: 'on-time' | 'late' | 'missing' | 'pending';
  readonly filedOn: string | null;
  readonly daysLate: number;
  readonly attested: { reminderBatches: number; inspections: number } | null;
  readonly recorded: { reminderBatches: number; inspections: number };
  readonly agrees: boolean | null;
}
interface Timeliness {
  readonly tallies?: { readonly total: Rate; readonly months: readonly TallyMonth[] };
  readonly total: Rate;
  readonly byZone: readonly Rate[];
  readonly byMonth: readonly Rate[];
  readonly missing: readonly Overdue[];
  readonly late: readonly Overdue[];
  readonly asOfDate: string;
}
interface PeriodView {
  readonly status: 'open' | 'closed' | 'signed-off';
  readonly close: { closedBy: string; closedAt: string; asOf: string; digest: string; figureCount: number } | null;
  readonly signedOff: { signedBy: string; at: string } | null;
  readonly history: readonly { eventId: string; type: string; occurredAt: string; actor: string; payload: Record<string, unknown> }[];
  readonly asFiled: { verified: boolean } | null;
}
interface Restated {
  readonly figure: string;
  readonly dims: Record<string, string | null>;
  readonly closed: number;
  readonly current: number;
  readonly difference: number;
  readonly events: readonly { eventId: string; type: string; actor: string; reason: string | null; recordedAt: string; contribution: number; late: { period: string } | null }[];
}
interface Catalogue {
  readonly figures: readonly { name: string; unit: string; labels: { zh: string; en: string } }[];
}

const words = {
  zh: {
    title: '报送及时性与关账',
    year: '年度',
    due: '应报',
    onTime: '按时',
    late: '迟报',
    missing: '未报',
    rate: '按时率',
    byZone: '按园区',
    byMonth: '按月份',
    missingList: '未报企业',
    lateList: '迟报企业',
    tallies: '安全环保局月度台账（次月5日前报送）',
    tallyStatus: '状态',
    statusOf: { 'on-time': '按时', late: '迟报', missing: '未报', pending: '未到期' },
    counts: '台账：提醒批次 / 检查次数',
    recordedCounts: '系统记录',
    countsDiffer: '与记录不符',
    enterprise: '企业',
    zone: '园区',
    contact: '联系人',
    month: '月份',
    dueOn: '截止日',
    filedOn: '报送日',
    daysLate: '逾期天数',
    none: '无',
    period: '年度关账',
    status: { open: '未关账', closed: '已关账，待签发', 'signed-off': '已签发' },
    close: '关账',
    signOff: '签发',
    reopen: '重新打开',
    reason: '原因',
    confirmClose: (y: number) => `确认以当前数据关闭${y}年度？关账记录操作人、时间和全部指标的摘要。`,
    confirmSignOff: (y: number) => `确认签发${y}年度数据？签发后按关账时的数据发布。`,
    confirmReopen: (y: number) => `重新打开${y}年度，请填写原因：`,
    closedBy: '关账人',
    closedAt: '关账时间',
    dataAsOf: '数据截至',
    digest: '摘要',
    signedBy: '签发人',
    verified: '摘要校验',
    ok: '一致',
    mismatch: '不一致',
    restatement: '关账后更正',
    figure: '指标',
    closedValue: '关账值',
    currentValue: '现值',
    difference: '差额',
    why: '更正事件（操作人、原因）',
    noRestatement: '关账后没有更正',
    notClosed: '尚未关账',
    done: '已记录',
    filedLate: '迟报',
    lateMark: (p: string) => `关账后更正（${p}）`,
  },
  en: {
    title: 'Returns on time, and the year’s close',
    year: 'Year',
    due: 'Due',
    onTime: 'On time',
    late: 'Late',
    missing: 'Missing',
    rate: 'On-time rate',
    byZone: 'By zone',
    byMonth: 'By month',
    missingList: 'Enterprises missing returns',
    lateList: 'Late returns',
    tallies: 'Safety department’s monthly tallies (due by the 5th)',
    tallyStatus: 'Status',
    statusOf: { 'on-time': 'On time', late: 'Late', missing: 'Missing', pending: 'Not yet due' },
    counts: 'Tally: reminder batches / inspections',
    recordedCounts: 'Recorded',
    countsDiffer: 'differs from the records',
    enterprise: 'Enterprise',
    zone: 'Zone',
    contact: 'Contact',
    month: 'Month',
    dueOn: 'Due',
    filedOn: 'Filed',
    daysLate: 'Days late',
    none: 'None',
    period: 'Close of the year',
    status: { open: 'open', closed: 'closed, awaiting sign-off', 'signed-off': 'signed off' },
    close: 'Close',
    signOff: 'Sign off',
    reopen: 'Reopen',
    reason: 'Reason',
    confirmClose: (y: number) => `Close ${y} on the data as it stands? The close records who, when and a digest of every figure.`,
    confirmSignOff: (y: number) => `Sign off ${y}? Its figures are published as they were at the close.`,
    confirmReopen: (y: number) => `Reopen ${y}: give the reason.`,
    closedBy: 'Closed by',
    closedAt: 'Closed at',
    dataAsOf: 'Data as of',
    digest: 'Digest',
    signedBy: 'Signed off by',
    verified: 'Digest check',
    ok: 'matches',
    mismatch: 'does not match',
    restatement: 'Restated since the close',
    figure: 'Figure',
    closedValue: 'Closed',
    currentValue: 'Current',
    difference: 'Difference',
    why: 'Events (who, why)',
    noRestatement: 'Nothing restated since the close',
    notClosed: 'Not closed yet',
    done: 'Recorded',
    filedLate: 'filed late',
    lateMark: (p: string) => `late change (${p} closed)`,
  },
} as const;

const when = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const nowSeconds = () => new Date(Date.now() - 1000).toISOString().replace(/\.\d+Z$/, 'Z');

function RateTable({ rows, w, keyTitle }: { rows: readonly Rate[]; w: (typeof words)[Lang]; keyTitle: string }) {
  const { lang } = useLanguage();
  return (
    <Table<Rate>
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={[...rows]}
      columns={[
        { title: keyTitle, dataIndex: 'key', render: (key: string, r) => r.name?.[lang] ?? key },
        { title: w.due, dataIndex: 'due', align: 'right' },
        { title: w.onTime, dataIndex: 'onTime', align: 'right' },
        { title: w.late, dataIndex: 'late', align: 'right' },
        { title: w.missing, dataIndex: 'missing', align: 'right' },
        { title: w.rate, dataIndex: 'rate', align: 'right', render: (r: number | null) => (r === null ? '—' : `${r}%`) },
      ]}
    />
  );
}

function TallyTable({ rows, w }: { rows: readonly TallyMonth[]; w: (typeof words)[Lang] }) {
  const pair = (c: { reminderBatches: number; inspections: number } | null) => (c ? `${c.reminderBatches} / ${c.inspections}` : '—');
  const color = { 'on-time': 'green', late: 'orange', missing: 'red', pending: 'default' } as const;
  return (
    <Table<TallyMonth>
      data-testid="tally-list"
      rowKey="month"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={[...rows]}
      columns={[
        { title: w.month, dataIndex: 'month' },
        { title: w.dueOn, dataIndex: 'due' },
        { title: w.filedOn, dataIndex: 'filedOn', render: (d: string | null) => d ?? '—' },
        {
          title: w.tallyStatus,
          dataIndex: 'status',
          render: (s: TallyMonth['status'], r) => <Tag color={color[s]}>{s === 'late' ? `${w.statusOf.late} ${r.daysLate}` : w.statusOf[s]}</Tag>,
        },
        { title: w.counts, render: (_, r) => pair(r.attested), align: 'right' },
        {
          title: w.recordedCounts,
          align: 'right',
          render: (_, r) =>
            r.agrees === false ? (
              <Space size={4}>
                {pair(r.recorded)}
                <Tag color="red">{w.countsDiffer}</Tag>
              </Space>
            ) : (
              pair(r.recorded)
            ),
        },
      ]}
    />
  );
}

function OverdueTable({ rows, w, testId }: { rows: readonly Overdue[]; w: (typeof words)[Lang]; testId: string }) {
  const { lang } = useLanguage();
  return (
    <Table<Overdue>
      data-testid={testId}
      rowKey={(r) => `${r.enterpriseId}/${r.month}`}
      size="small"
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: w.none }}
      dataSource={[...rows]}
      columns={[
        { title: w.enterprise, render: (_, r) => r.nameZh ?? r.enterpriseId },
        { title: w.zone, dataIndex: 'zoneId', render: (id: string | null, r) => r.zoneName?.[lang] ?? id ?? '—' },
        { title: w.contact, dataIndex: 'contact', render: (c: string | null) => c ?? '—' },
        { title: w.month, dataIndex: 'month' },
        { title: w.dueOn, dataIndex: 'due' },
        { title: w.filedOn, dataIndex: 'filedOn', render: (d: string | null) => d ?? '—' },
        { title: w.daysLate, dataIndex: 'daysLate', align: 'right', render: (n: number) => <Tag color={n > 5 ? 'red' : 'orange'}>{n}</Tag> },
      ]}
    />
  );
}

export function OfficePage() {
  const { lang } = useLanguage();
  const w = words[lang];
  const api = useApi();
  const auth = useAuth();
  const person = personOf(auth.user?.profile as Record<string, unknown> | undefined);
  const { message } = App.useApp();
  // the year in the URL (?year=2014), so the board is a link
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? defaultYear());
  const setYear = (y: number) => setParams({ year: String(y) });
  const [reason, setReason] = useState('');
  const [reopening, setReopening] = useState(false);
  const timeliness = useResource(`timeliness-${year}`, () => api('reporting', `/timeliness?year=${year}`).then((r) => r.json() as Promise<Timeliness>));
  const period = useResource(`period-${year}`, () => api('reporting', `/periods/${year}`).then((r) => r.json() as Promise<PeriodView>));
  const restatement = useResource(`restatement-${year}-${period.data?.status}`, () =>
    period.data?.close
      ? api('reporting', `/periods/${year}/restatement`).then((r) => r.json() as Promise<{ restated: Restated[] }>)
      : Promise.resolve({ restated: [] as Restated[] }),
  );
  const catalogue = useResource('catalogue', () => api('reporting', '/figures/catalogue').then((r) => r.json() as Promise<Catalogue>));
  const label = (name: string) => catalogue.data?.figures.find((f) => f.name === name)?.labels[lang] ?? name;
  const unit = (name: string) => catalogue.data?.figures.find((f) => f.name === name)?.unit ?? 'count';
  const isOffice = person.department === 'office' && person.roles.includes('submitter');
  const isApprover = person.roles.includes('approver') && !isOffice;

  /** Records a command, then reads the period again once reporting has applied it. */
  const record = async (path: string, body: Record<string, unknown>) => {
    try {
      await api('office', path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ occurredAt: nowSeconds(), ...body }) });
      message.success(w.done);
      for (let i = 0; i < 20; i++) {
        await new Promise((r) => setTimeout(r, 300));
        const res = await api('reporting', `/periods/${year}`);
        const next = (await res.json()) as PeriodView;
        if (next.history.length !== (period.data?.history.length ?? 0)) break;
      }
      period.retry();
    } catch (error) {
      message.error(`${(error as ApiError).status} ${(error as ApiError).message}`);
    }
  };
  const close = () =>
    Modal.confirm({
      title: w.close,
      content: w.confirmClose(year),
      onOk: async () => {
        const asOf = nowSeconds();
        const filed = (await (await api('reporting', `/periods/${year}/figures?asOf=${encodeURIComponent(asOf)}`)).json()) as { digest: string; figureCount: number };
        await record(`/periods/${year}/close`, { asOf, digest: filed.digest, figureCount: filed.figureCount });
      },
    });
  const signOff = () => Modal.confirm({ title: w.signOff, content: w.confirmSignOff(year), onOk: () => record(`/periods/${year}/sign-off`, {}) });

  const p = period.data;
  const t = timeliness.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {w.title}
        </Typography.Title>
        <Select
          aria-label={w.year}
          value={year}
          onChange={setYear}
          options={Array.from({ length: 16 }, (_, i) => defaultYear() - i).map((y) => ({ value: y, label: String(y) }))}
        />
      </Space>
      {timeliness.error ? (
        <ErrorState error={timeliness.error} retry={timeliness.retry} />
      ) : (
        <Card loading={timeliness.loading && !t} data-testid="timeliness-board">
          {t && (
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              <Row gutter={[16, 16]}>
                <Col xs={12} md={4}>
                  <Statistic title={w.due} value={t.total.due} />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic title={w.onTime} value={t.total.onTime} />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic title={w.late} value={t.total.late} valueStyle={{ color: '#d46b08' }} />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic title={w.missing} value={t.total.missing} valueStyle={{ color: '#cf1322' }} />
                </Col>
                <Col xs={24} md={8}>
                  <Statistic title={w.rate} value={t.total.rate ?? '—'} suffix={t.total.rate === null ? undefined : '%'} />
                </Col>
              </Row>
              <Typography.Title level={5}>{w.missingList}</Typography.Title>
              <OverdueTable rows={t.missing} w={w} testId="missing-list" />
              <Typography.Title level={5}>{w.lateList}</Typography.Title>
              <OverdueTable rows={t.late} w={w} testId="late-list" />
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={10}>
                  <Typography.Title level={5}>{w.byZone}</Typography.Title>
                  <RateTable rows={t.byZone} w={w} keyTitle={w.zone} />
                </Col>
                <Col xs={24} lg={14}>
                  <Typography.Title level={5}>{w.byMonth}</Typography.Title>
                  <RateTable rows={t.byMonth} w={w} keyTitle={w.month} />
                </Col>
              </Row>
              {t.tallies && t.tallies.months.length > 0 && (
                <div data-testid="tally-board">
                  <Typography.Title level={5}>
                    {w.tallies}: {w.rate} {t.tallies.total.rate ?? '—'}
                    {t.tallies.total.rate === null ? '' : '%'} · {w.due} {t.tallies.total.due} · {w.onTime} {t.tallies.total.onTime} · {w.late} {t.tallies.total.late} · {w.missing}{' '}
                    {t.tallies.total.missing}
                  </Typography.Title>
                  <TallyTable rows={t.tallies.months} w={w} />
                </div>
              )}
            </Space>
          )}
        </Card>
      )}
      {period.error ? (
        <ErrorState error={period.error} retry={period.retry} />
      ) : (
        <Card
          title={w.period}
          loading={period.loading && !p}
          data-testid="period-card"
          extra={
            p && (
              <Space wrap>
                <Tag color={p.status === 'signed-off' ? 'green' : p.status === 'closed' ? 'blue' : 'default'} data-testid="period-status">
                  {w.status[p.status]}
                </Tag>
                {isOffice && p.status === 'open' && (
                  <Button type="primary" onClick={close}>
                    {w.close}
                  </Button>
                )}
                {isApprover && p.status === 'closed' && (
                  <Button type="primary" onClick={signOff}>
                    {w.signOff}
                  </Button>
                )}
                {isOffice && p.status !== 'open' && (
                  <Button danger onClick={() => setReopening(true)}>
                    {w.reopen}
                  </Button>
                )}
              </Space>
            )
          }
        >
          {p?.close ? (
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={w.closedBy}>{p.close.closedBy}</Descriptions.Item>
              <Descriptions.Item label={w.closedAt}>{when(p.close.closedAt)}</Descriptions.Item>
              <Descriptions.Item label={w.dataAsOf}>{when(p.close.asOf)}</Descriptions.Item>
              <Descriptions.Item label={w.digest}>
                <Typography.Text code>{p.close.digest.slice(0, 16)}…</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={w.signedBy}>{p.signedOff ? `${p.signedOff.signedBy} · ${when(p.signedOff.at)}` : '—'}</Descriptions.Item>
              <Descriptions.Item label={w.verified}>
                <Tag color={p.asFiled?.verified ? 'green' : 'red'}>{p.asFiled?.verified ? w.ok : w.mismatch}</Tag>
              </Descriptions.Item>
            </Descriptions>
          ) : (
            <Typography.Text type="secondary">{w.notClosed}</Typography.Text>
          )}
        </Card>
      )}
      {p?.close && (
        <Card title={w.restatement} data-testid="restatement">
          {restatement.error ? (
            <ErrorState error={restatement.error} retry={restatement.retry} />
          ) : restatement.data && restatement.data.restated.length === 0 ? (
            <Empty description={w.noRestatement} />
          ) : (
            <Table<Restated>
              rowKey={(r) => `${r.figure}|${JSON.stringify(r.dims)}`}
              size="small"
              loading={restatement.loading}
              scroll={{ x: 'max-content' }}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={restatement.data?.restated.filter((r) => Object.keys(r.dims).length === 0) ?? []}
              columns={[
                { title: w.figure, render: (_, r) => label(r.figure) },
                { title: w.closedValue, align: 'right', render: (_, r) => formatValue(r.closed, unit(r.figure), lang) },
                { title: w.currentValue, align: 'right', render: (_, r) => formatValue(r.current, unit(r.figure), lang) },
                { title: w.difference, align: 'right', render: (_, r) => `${r.difference > 0 ? '+' : ''}${formatValue(r.difference, unit(r.figure), lang)}` },
                {
                  title: w.why,
                  render: (_, r) => (
                    <Space direction="vertical" size={0}>
                      {r.events.map((e) => (
                        <Typography.Text key={e.eventId}>
                          {e.actor} · {when(e.recordedAt)} · {e.reason ?? w.filedLate}
                          {e.late && (
                            <Tag color="orange" style={{ marginInlineStart: 6 }} data-testid="late-mark">
                              {w.lateMark(e.late.period)}
                            </Tag>
                          )}
                        </Typography.Text>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </Card>
      )}
      <Modal
        open={reopening}
        title={w.reopen}
        okButtonProps={{ disabled: reason.trim() === '', danger: true }}
        onCancel={() => setReopening(false)}
        onOk={async () => {
          await record(`/periods/${year}/reopen`, { reason: reason.trim() });
          setReopening(false);
          setReason('');
        }}
      >
        <Typography.Paragraph>{w.confirmReopen(year)}</Typography.Paragraph>
        <Input.TextArea aria-label={w.reason} value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={1000} />
      </Modal>
    </Space>
  );
}
