// Operations for admins: events the consumer parked, re-driven one by one; events held back by a gap in
// their stream; a rebuild of the read models with its progress and what it parked.
import { App, Button, Card, Descriptions, Progress, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, useApi, useResource } from '../api';
import { useLanguage } from '../i18n';
import { ErrorState } from '../ui/error-state';

interface Parked {
  readonly id: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly reason: string;
  readonly parkedAt: string;
  readonly redrivenAt: string | null;
}
interface Held {
  readonly department: string;
  readonly streamId: string;
  readonly version: number;
  readonly waitingFor: number;
  readonly heldAt: string;
}
interface RebuildStatus {
  readonly activeVersion: number | string | null;
  readonly rebuild: {
    version: number | string;
    status: string;
    percent?: number | null;
    eventsPerSecond?: number | null;
    etaSeconds?: number | null;
    parked?: number;
  } | null;
}

function ParkedEvents() {
  const { t, lang } = useLanguage();
  const { message } = App.useApp();
  const api = useApi();
  const [page, setPage] = useState(1);
  const parked = useResource(`parked-${page}`, () =>
    api('reporting', `/admin/parked?page=${page}&pageSize=20`).then((r) => r.json() as Promise<{ total: number; parked: Parked[] }>),
  );
  const redrive = async (id: string) => {
    try {
      const res = await api('reporting', `/admin/parked/${id}/redrive`, { method: 'POST' });
      const answer = (await res.json()) as { status?: string; outcome?: string };
      message.success(`${t.redriven}: ${answer.outcome ?? answer.status ?? id}`);
      parked.retry();
    } catch (error) {
      message.error(`${(error as ApiError).status} ${(error as ApiError).message}`);
    }
  };
  if (parked.error) return <ErrorState error={parked.error} retry={parked.retry} role="admin" />;
  return (
    <Table<Parked>
      rowKey="id"
      size="small"
      scroll={{ x: 'max-content' }}
      loading={parked.loading}
      dataSource={parked.data?.parked}
      pagination={{ current: page, pageSize: 20, total: parked.data?.total ?? 0, onChange: setPage }}
      columns={[
        { title: 'id', dataIndex: 'id', width: 80 },
        { title: t.topic, key: 'topic', render: (_, p) => `${p.topic} / ${p.partition}` },
        { title: t.offset, dataIndex: 'offset', width: 90 },
        { title: t.reason, dataIndex: 'reason' },
        { title: t.parkedAt, dataIndex: 'parkedAt', render: (at: string) => new Date(at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') },
        {
          key: 'redrive',
          render: (_, p) =>
            p.redrivenAt ? t.redriven : <Button size="small" onClick={() => void redrive(p.id)}>{t.redrive}</Button>,
        },
      ]}
    />
  );
}

/** Applied by themselves once the version they wait for arrives; listed so a gap is seen, not silent. */
function HeldEvents() {
  const { t, lang } = useLanguage();
  const api = useApi();
  const [page, setPage] = useState(1);
  const held = useResource(`held-${page}`, () =>
    api('reporting', `/admin/parked/held?page=${page}&pageSize=20`).then((r) => r.json() as Promise<{ total: number; held: Held[] }>),
  );
  if (held.error) return <ErrorState error={held.error} retry={held.retry} role="admin" />;
  return (
    <Table<Held>
      data-testid="held"
      rowKey={(h) => `${h.department}/${h.streamId}/${h.version}`}
      size="small"
      scroll={{ x: 'max-content' }}
      loading={held.loading}
      dataSource={held.data?.held}
      pagination={{ current: page, pageSize: 20, total: held.data?.total ?? 0, onChange: setPage }}
      columns={[
        { title: t.departmentCol, dataIndex: 'department', width: 110 },
        { title: t.stream, dataIndex: 'streamId' },
        { title: t.version, dataIndex: 'version', width: 90, render: (v: number) => `v${v}` },
        { title: t.waitingFor, dataIndex: 'waitingFor', width: 140, render: (v: number) => `v${v}` },
        { title: t.heldAt, dataIndex: 'heldAt', render: (at: string) => new Date(at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') },
      ]}
    />
  );
}

function Rebuild() {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const api = useApi();
  const status = useResource('rebuild', () => api('reporting', '/admin/rebuild').then((r) => r.json() as Promise<RebuildStatus>));
  const building = status.data?.rebuild?.status === 'building';
  // while a rebuild runs its progress is asked for every two seconds
  useEffect(() => {
    if (!building) return;
    const timer = setInterval(status.retry, 2000);
    return () => clearInterval(timer);
  }, [building, status.retry]);
  const start = async () => {
    try {
      await api('reporting', '/admin/rebuild', { method: 'POST' });
      status.retry();
    } catch (error) {
      message.error(`${(error as ApiError).status} ${(error as ApiError).message}`);
    }
  };
  if (status.error) return <ErrorState error={status.error} retry={status.retry} role="admin" />;
  const rebuild = status.data?.rebuild;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t.activeVersion}>{String(status.data?.activeVersion ?? '—')}</Descriptions.Item>
        <Descriptions.Item label={t.rebuildStatus}>
          {rebuild ? `v${rebuild.version} ${rebuild.status}${rebuild.etaSeconds ? ` · ETA ${rebuild.etaSeconds} s` : ''}` : t.noRebuild}
        </Descriptions.Item>
        {rebuild && <Descriptions.Item label={t.rebuildParked}>{rebuild.parked ?? 0}</Descriptions.Item>}
      </Descriptions>
      {rebuild && <Progress percent={Math.round(rebuild.percent ?? 0)} status={building ? 'active' : undefined} />}
      <Button type="primary" disabled={building} onClick={() => void start()}>
        {t.startRebuild}
      </Button>
    </Space>
  );
}

export function AdminPage() {
  const { t } = useLanguage();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.admin}
      </Typography.Title>
      <Card title={t.parked}>
        <ParkedEvents />
      </Card>
      <Card title={t.held}>
        <HeldEvents />
      </Card>
      <Card title={t.rebuild}>
        <Rebuild />
      </Card>
    </Space>
  );
}
