// The events behind a figure's value, each with the change it made to it (+/-): business time, record time,
// what happened, where it was recorded;
// paginated by the API (page, pageSize), the period and breakdown part from the route's query.
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useApi, useResource } from '../api';
import { useLanguage } from '../i18n';
import { ErrorState } from '../ui/error-state';

interface EventRef {
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly department: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly record: { kind: string; id: string };
  readonly actor: string;
  readonly reason: string | null;
  /** the change the event made to the figure (+/-) */
  readonly contribution: number;
}
interface EventsPage {
  readonly figure: string;
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly events: readonly EventRef[];
}

export function DrillDownPage() {
  const { t, lang, format } = useLanguage();
  const { figure = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const api = useApi();
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 20);
  const query = new URLSearchParams(params);
  query.set('page', String(page));
  query.set('pageSize', String(pageSize));
  const events = useResource(`${figure}?${query}`, () =>
    api('reporting', `/figures/${encodeURIComponent(figure)}/events?${query}`).then((r) => r.json() as Promise<EventsPage>),
  );
  // the figure's name in the reader's language (the catalogue's labels), not its key, and its unit
  const year = params.get('year') ?? '';
  const named = useResource(`label ${figure} ${year}`, () =>
    api('reporting', `/figures?${new URLSearchParams({ year, figure })}`)
      .then((r) => r.json() as Promise<{ figures: { labels: { zh: string; en: string }; unit: string }[] }>)
      .then((body) => body.figures[0]),
  );
  const label = named.data ? named.data.labels[lang] : figure;
  const unit = named.data?.unit ?? 'count';
  const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${format(Math.abs(value), unit)}`;
  const time = (iso: string) => new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  const scope = ['year', 'quarter', 'month', 'dims', 'asOf']
    .filter((k) => params.get(k))
    .map((k) => `${k}=${params.get(k)}`)
    .join(' · ');

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={() => navigate(-1)}>{t.back}</Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.drillTitle}: {label}
        </Typography.Title>
        <Typography.Text type="secondary">{scope}</Typography.Text>
      </Space>
      {events.error ? (
        <ErrorState error={events.error} retry={events.retry} />
      ) : (
        <Table<EventRef>
          data-testid="drill-down"
          rowKey="eventId"
          size="middle"
          loading={events.loading}
          dataSource={events.data?.events as EventRef[] | undefined}
          scroll={{ x: 900 }}
          pagination={{
            current: page,
            pageSize,
            total: events.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `${total} ${t.events}`,
            onChange: (next, size) => {
              const nextParams = new URLSearchParams(params);
              nextParams.set('page', String(size === pageSize ? next : 1));
              nextParams.set('pageSize', String(size));
              setParams(nextParams);
            },
          }}
          columns={[
            { title: t.businessTime, dataIndex: 'occurredAt', render: time, width: 180 },
            { title: t.recordTime, dataIndex: 'recordedAt', render: time, width: 180 },
            { title: t.eventType, dataIndex: 'type', render: (type: string) => <Tag>{type}</Tag> },
            {
              title: t.contribution,
              dataIndex: 'contribution',
              width: 130,
              align: 'right',
              render: (value: number) => <Typography.Text type={value < 0 ? 'danger' : undefined}>{signed(value)}</Typography.Text>,
            },
            { title: t.departmentCol, dataIndex: 'department', width: 110 },
            { title: t.record, key: 'record', render: (_, e) => `${e.record.kind} ${e.record.id}` },
            { title: t.version, dataIndex: 'streamVersion', width: 90, render: (v: number) => `v${v}` },
            { title: t.actor, dataIndex: 'actor', width: 140 },
            { title: t.correctionReason, dataIndex: 'reason', render: (reason: string | null) => reason ?? '' },
          ]}
        />
      )}
    </Space>
  );
}
