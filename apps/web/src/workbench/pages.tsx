// A department's workbench: its record kinds (from its OpenAPI document), each listed with filters,
// a record's page (details, history, the commands that apply), a form per create command, and the
// spreadsheet import. Only that department's clerks (and admins) come here.
import { Alert, App as AntApp, Button, Card, DatePicker, Descriptions, Empty, Input, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useApi, useResource, type ApiError } from '../api';
import { useLanguage, type Lang } from '../i18n';
import type { Person } from '../session';
import { ErrorState, Forbidden } from '../ui/error-state';
import { CommandForm, parkTime, useZones } from './command-form';
import { DEPARTMENTS, displayUnit, fillPath, nameOf, pathParams, prefill, recordKinds, shownInUnit, type Command, type Department, type OpenApiDocument, type RecordKind } from './openapi';

export const mayWorkIn = (person: Person, department: string) => person.department === department || person.roles.includes('admin');
const isDepartment = (d: string | undefined): d is Department => DEPARTMENTS.includes(d as Department);

const documents = new Map<Department, Promise<OpenApiDocument>>();

/** The service's OpenAPI document (through the web origin), read once per page load. */
function useKinds(department: Department) {
  const api = useApi();
  return useResource<RecordKind[]>(`openapi:${department}`, async () => {
    let doc = documents.get(department);
    if (!doc) {
      doc = api(department, '/docs/openapi.json').then((r) => r.json() as Promise<OpenApiDocument>);
      documents.set(department, doc);
      doc.catch(() => documents.delete(department));
    }
    return recordKinds(await doc);
  });
}

export interface RecordRow {
  recordId: string;
  streamId: string;
  status?: string | null;
  zoneId?: string | null;
  platformId?: string | null;
  businessDate?: string;
  version: number;
  changedBy?: string;
  changedAt?: string;
  reason?: string | null;
  corrected?: boolean;
  voided?: boolean;
  details?: Record<string, unknown>;
}

const label = (text: { zh: string; en: string }, lang: Lang) => text[lang];

/** The guard and frame of every workbench page: the department checked, its record kinds loaded. */
function Workbench({ person, children }: { person: Person; children: (department: Department, kinds: RecordKind[]) => ReactNode }) {
  const { department } = useParams();
  const { t } = useLanguage();
  const ok = isDepartment(department) && mayWorkIn(person, department);
  const kinds = useKinds(isDepartment(department) ? department : 'land');
  if (!ok) return <Forbidden role={isDepartment(department) ? `submitter (${department})` : 'submitter'} />;
  if (kinds.error) return <ErrorState error={kinds.error} retry={kinds.retry} role="submitter" />;
  if (!kinds.data) return <Card loading title={t.departmentArea(department)} />;
  return <>{children(department, kinds.data)}</>;
}

function KindList({ department, kind }: { department: Department; kind: RecordKind }) {
  const { t, lang } = useLanguage();
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const zones = useZones(department);
  const filters = useMemo(() => {
    const q = new URLSearchParams();
    for (const name of ['zone', 'platform', 'status', 'from', 'to', 'q', 'corrected', 'voided', 'sort', 'order']) {
      const value = params.get(name);
      if (value) q.set(name, value);
    }
    return q.toString();
  }, [params]);
  const [pages, setPages] = useState<{ key: string; items: RecordRow[]; next: string | null }>({ key: '', items: [], next: null });
  // the answer carries the filters it was asked with: the table says which list it shows (data-loaded)
  const first = useResource<{ key: string; items: RecordRow[]; nextCursor: string | null }>(`${kind.collection}?${filters}`, async () => {
    const asked = `${kind.collection}?${filters}`;
    const res = await api(department, `/${kind.collection}?limit=20${filters ? `&${filters}` : ''}`);
    return { key: asked, ...((await res.json()) as { items: RecordRow[]; nextCursor: string | null }) };
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const key = `${kind.collection}?${filters}`;
  const items = first.data ? [...first.data.items, ...(pages.key === first.data.key ? pages.items : [])] : [];
  const next = pages.key === key && pages.items.length ? pages.next : (first.data?.nextCursor ?? null);
  const more = async () => {
    if (!next) return;
    setLoadingMore(true);
    try {
      const res = await api(department, `/${kind.collection}?limit=20${filters ? `&${filters}` : ''}&cursor=${encodeURIComponent(next)}`);
      const page = (await res.json()) as { items: RecordRow[]; nextCursor: string | null };
      setPages((p) => ({ key, items: [...(p.key === key ? p.items : []), ...page.items], next: page.nextCursor }));
    } finally {
      setLoadingMore(false);
    }
  };
  const set = (name: string, value: string | undefined | null) => {
    const p = new URLSearchParams(params);
    if (value) p.set(name, value);
    else p.delete(name);
    if (name === 'zone') p.delete('platform');
    setParams(p, { replace: true });
  };
  const zone = zones.data?.find((z) => z.zoneId === params.get('zone'));
  const zoneName = (id: string | null | undefined) => {
    const z = zones.data?.find((x) => x.zoneId === id);
    return z ? ((lang === 'en' ? z.nameEn : z.nameZh) ?? id) : id;
  };
  const amended = params.get('corrected') === 'true' ? 'corrected' : params.get('voided') === 'true' ? 'voided' : params.get('voided') === 'false' ? 'live' : '';
  const sort = params.get('sort') === 'recordedAt' ? 'recorded' : params.get('order') === 'asc' ? 'oldest' : 'newest';
  const statuses = Array.from(new Set(items.map((i) => i.status).filter((s): s is string => !!s)));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap data-testid="filters">
        <span data-testid="search">
        <Input.Search
          allowClear
          placeholder={t.search}
          defaultValue={params.get('q') ?? ''}
          onSearch={(v) => set('q', v.trim())}
          style={{ width: 220 }}
        />
        </span>
        <Select
          allowClear
          placeholder={t.zone}
          value={params.get('zone') ?? undefined}
          onChange={(v: string | undefined) => set('zone', v)}
          options={(zones.data ?? []).map((z) => ({ value: z.zoneId, label: (lang === 'en' ? z.nameEn : z.nameZh) ?? z.zoneId }))}
          style={{ width: 150 }}
        />
        <Select
          allowClear
          placeholder={t.platform}
          disabled={!zone}
          value={params.get('platform') ?? undefined}
          onChange={(v: string | undefined) => set('platform', v)}
          options={(zone?.platforms ?? []).map((p) => ({ value: p.platformId, label: (lang === 'en' ? p.nameEn : p.nameZh) ?? p.platformId }))}
          style={{ width: 170 }}
        />
        <Select
          allowClear
          showSearch
          placeholder={t.status}
          value={params.get('status') ?? undefined}
          onChange={(v: string | undefined) => set('status', v)}
          options={Array.from(new Set([...statuses, ...(params.get('status') ? [params.get('status')!] : [])])).map((s) => ({ value: s, label: s }))}
          style={{ width: 150 }}
        />
        <DatePicker.RangePicker
          placeholder={[t.dateRange, t.dateRange]}
          value={params.get('from') && params.get('to') ? [dayjs(params.get('from')), dayjs(params.get('to'))] : null}
          onChange={(range) => {
            const p = new URLSearchParams(params);
            if (range?.[0] && range[1]) {
              p.set('from', range[0].format('YYYY-MM-DD'));
              p.set('to', range[1].format('YYYY-MM-DD'));
            } else {
              p.delete('from');
              p.delete('to');
            }
            setParams(p, { replace: true });
          }}
        />
        <Select
          value={amended}
          onChange={(v: string) => {
            const p = new URLSearchParams(params);
            p.delete('corrected');
            p.delete('voided');
            if (v === 'corrected') p.set('corrected', 'true');
            if (v === 'voided') p.set('voided', 'true');
            if (v === 'live') p.set('voided', 'false');
            setParams(p, { replace: true });
          }}
          options={[
            { value: '', label: `${t.amended}: ${t.any}` },
            { value: 'corrected', label: t.correctedOnly },
            { value: 'voided', label: t.voidedOnly },
            { value: 'live', label: t.notVoided },
          ]}
          style={{ width: 210 }}
        />
        <Select
          value={sort}
          onChange={(v: string) => {
            const p = new URLSearchParams(params);
            p.delete('sort');
            p.delete('order');
            if (v === 'recorded') p.set('sort', 'recordedAt');
            if (v === 'oldest') p.set('order', 'asc');
            setParams(p, { replace: true });
          }}
          options={[
            { value: 'newest', label: t.newestFirst },
            { value: 'oldest', label: t.oldestFirst },
            { value: 'recorded', label: t.recentlyRecorded },
          ]}
          style={{ width: 230 }}
        />
      </Space>
      {first.error ? (
        <ErrorState error={first.error} retry={first.retry} role="submitter" />
      ) : (
        <div data-testid="record-list" data-loaded={first.loading ? undefined : first.data?.key}>
        <Table<RecordRow>
          rowKey="streamId"
          size="middle"
          loading={first.loading}
          dataSource={items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t.recordId,
              dataIndex: 'recordId',
              render: (id: string) => (
                <Link to={`/work/${department}/${kind.collection}/r/${id}`} data-record={id}>
                  {id}
                </Link>
              ),
            },
            { title: t.name, key: 'name', render: (_, row) => nameOf(row.details, lang) },
            { title: t.zone, dataIndex: 'zoneId', render: (id: string | null) => zoneName(id) },
            { title: t.status, dataIndex: 'status' },
            { title: t.businessTime, dataIndex: 'businessDate' },
            {
              title: t.lastChange,
              key: 'changed',
              render: (_, row) => (
                <Space size={4} wrap>
                  {row.changedAt && parkTime(row.changedAt)}
                  {row.changedBy}
                  {row.corrected && <Tag color="orange">{t.corrected}</Tag>}
                  {row.voided && <Tag color="red">{t.voided}</Tag>}
                </Space>
              ),
            },
          ]}
        />
        </div>
      )}
      {next && (
        <Button onClick={() => void more()} loading={loadingMore} data-testid="more">
          {t.more}
        </Button>
      )}
    </Space>
  );
}

interface OverdueReturn {
  readonly enterpriseId: string;
  readonly nameZh: string | null;
  readonly zoneName: { readonly zh: string; readonly en: string } | null;
  readonly zoneId: string | null;
  readonly contact: string | null;
  readonly month: string;
  readonly due: string;
  readonly daysLate: number;
  readonly department: string;
}

const overdueWords = {
  zh: {
    title: (n: number, year: string) => `${year}年逾期未报的企业月报：${n}份`,
    none: (year: string) => `${year}年没有逾期未报的企业月报`,
    enterprise: '企业',
    zone: '园区',
    month: '月份',
    due: '应报日期',
    days: '逾期天数',
    contact: '联系人',
    board: '报送与关账',
    tallyTitle: (n: number, year: string) => `${year}年逾期未报的月度台账：${n}份`,
    tallyNone: (year: string) => `${year}年没有逾期未报的月度台账`,
  },
  en: {
    title: (n: number, year: string) => `Enterprise returns overdue for ${year}: ${n}`,
    none: (year: string) => `No enterprise return is overdue for ${year}`,
    enterprise: 'Enterprise',
    zone: 'Zone',
    month: 'Month',
    due: 'Due',
    days: 'Days overdue',
    contact: 'Contact',
    board: 'Returns & close',
    tallyTitle: (n: number, year: string) => `Monthly tallies overdue for ${year}: ${n}`,
    tallyNone: (year: string) => `No monthly tally is overdue for ${year}`,
  },
};

/**
 * The department's own overdue items first: the obligations it receives (today the enterprises' monthly
 * returns, the projects department's) that are missing, for the year in the URL (default: last year), as
 * known at its asOf if it gives one.
 */
function Overdue({ department }: { department: Department }) {
  const { lang } = useLanguage();
  const api = useApi();
  const [params] = useSearchParams();
  const year = params.get('year') ?? String(new Date().getFullYear() - 1);
  // as the office's board: as known at a record time when the URL gives one
  const asOf = params.get('asOf');
  const query = new URLSearchParams({ year, ...(asOf ? { asOf } : {}) });
  const overdue = useResource(`overdue-${department}-${query}`, async () => {
    const board = (await (await api('reporting', `/timeliness?${query}`)).json()) as {
      rule: { department: string };
      missing: OverdueReturn[];
      tallies?: { rule: { department: string }; total: { due: number }; months: { department: string; month: string; due: string; status: string; daysLate: number }[] };
    };
    if (board.rule.department === department) return { tallies: false, rows: board.missing.filter((m) => m.department === department) };
    // the safety department owes its monthly tally (when the office's calendar sets the rule for the year)
    if (board.tallies && board.tallies.rule.department === department && board.tallies.total.due > 0) {
      return { tallies: true, rows: board.tallies.months.filter((m) => m.status === 'missing' && m.department === department) };
    }
    return null;
  });
  const w = overdueWords[lang];
  if (!overdue.data) return null;
  const board = <Link to={`/office?year=${year}`}>{w.board}</Link>;
  if (overdue.data.tallies) {
    const months = [...overdue.data.rows].sort((a, b) => b.daysLate - a.daysLate || a.month.localeCompare(b.month));
    return (
      <OverdueAlert none={w.tallyNone(year)} title={w.tallyTitle(months.length, year)} board={board} count={months.length}>
        <Table
          size="small"
          rowKey="month"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={months}
          columns={[
            { title: w.month, dataIndex: 'month' },
            { title: w.due, dataIndex: 'due' },
            { title: w.days, dataIndex: 'daysLate' },
          ]}
        />
      </OverdueAlert>
    );
  }
  const rows = [...(overdue.data.rows as OverdueReturn[])].sort((a, b) => b.daysLate - a.daysLate || a.month.localeCompare(b.month));
  return (
    <OverdueAlert none={w.none(year)} title={w.title(rows.length, year)} board={board} count={rows.length}>
      <Table
        size="small"
        rowKey={(r) => `${r.enterpriseId}-${r.month}`}
        pagination={rows.length > 5 ? { pageSize: 5, size: 'small' } : false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={[
          { title: w.enterprise, dataIndex: 'nameZh', render: (n: string | null, r) => n ?? r.enterpriseId },
          { title: w.zone, dataIndex: 'zoneName', render: (z: OverdueReturn['zoneName'], r) => (z ? z[lang] : (r.zoneId ?? '—')) },
          { title: w.month, dataIndex: 'month' },
          { title: w.due, dataIndex: 'due' },
          { title: w.days, dataIndex: 'daysLate' },
          { title: w.contact, dataIndex: 'contact', render: (c: string | null) => c ?? '—' },
        ]}
      />
    </OverdueAlert>
  );
}

/** The overdue items' frame: a success line when there are none, else a warning with its title, the board's link and the table. */
function OverdueAlert({ none, title, board, count, children }: { none: string; title: string; board: ReactNode; count: number; children: ReactNode }) {
  if (count === 0) return <Alert type="success" showIcon message={none} style={{ marginBottom: 12 }} data-testid="overdue" />;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="overdue"
      style={{ marginBottom: 12 }}
      message={
        <Space wrap>
          <span>{title}</span>
          {board}
        </Space>
      }
      description={children}
    />
  );
}

export function WorkbenchPage({ person }: { person: Person }) {
  const { t, lang } = useLanguage();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  return (
    <Workbench person={person}>
      {(department, kinds) => {
        const kind = kinds.find((k) => k.collection === params.get('kind')) ?? kinds[0];
        if (!kind) return <Empty />;
        return (
          <Card
            title={
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t.departmentArea(department)}
              </Typography.Title>
            }
          >
            <Overdue department={department} />
            {/* the actions above the tabs, not in the card's corner: they wrap on a phone instead of covering the title */}
            {/* a long label wraps inside its button on a phone rather than running off the screen */}
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 8 }}>
              {kind.creates.map((c) => (
                <Button
                  key={c.operationId}
                  type="primary"
                  data-testid="new"
                  style={{ maxWidth: '100%', height: 'auto', minHeight: 32, whiteSpace: 'normal', textAlign: 'left' }}
                  onClick={() => navigate(`/work/${department}/${kind.collection}/new/${c.operationId}`)}
                >
                  {t.newRecord(label(c.summary, lang))}
                </Button>
              ))}
              <Button onClick={() => navigate(`/work/${department}/import`)}>{t.imports}</Button>
            </div>
            <Tabs
              activeKey={kind.collection}
              onChange={(collection) => setParams(new URLSearchParams({ kind: collection }))}
              items={kinds.map((k) => ({
                key: k.collection,
                label: label(k.name, lang),
                children: k.collection === kind.collection ? <KindList department={department} kind={k} /> : null,
              }))}
            />
          </Card>
        );
      }}
    </Workbench>
  );
}

/** A detail value for people: ids and text as they are, lists and nested records as compact lines. */
function shown(value: unknown, lang: Lang): ReactNode {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return parkTime(value);
  if (Array.isArray(value)) {
    return (
      <Space direction="vertical" size={0}>
        {value.map((v, i) => (
          <span key={i}>{typeof v === 'object' && v ? nameOf(v as Record<string, unknown>, lang) || JSON.stringify(v) : String(v)}</span>
        ))}
      </Space>
    );
  }
  if (typeof value === 'object') return <code style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(value)}</code>;
  return String(value);
}

/** A details key's label and unit: from the same field in one of the kind's commands, else the key. */
function fieldMeta(kind: RecordKind, key: string, lang: Lang): { label: string; unit?: string } {
  for (const c of [...kind.creates, ...kind.commands]) {
    const f = c.schema.properties?.[key];
    if (f) {
      const label = (lang === 'en' ? (f['x-title-en'] ?? f.title) : (f.title ?? f['x-title-en'])) ?? key;
      return { label, unit: lang === 'en' ? (f['x-unit-en'] ?? f['x-unit']) : f['x-unit'] };
    }
  }
  return { label: key };
}

/** The details in the order the create command asks for them, the rest after. */
function ordered(kind: RecordKind, details: Record<string, unknown>): [string, unknown][] {
  const order = Object.keys(kind.creates[0]?.schema.properties ?? {});
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.entries(details).sort(([a], [b]) => rank(a) - rank(b));
}

interface HistoryLine {
  eventId?: string;
  type: string;
  streamVersion: number;
  occurredAt?: string;
  recordedAt?: string;
  actor?: string;
  reason?: string | null;
  payload?: Record<string, unknown>;
}

interface RecordAnswer extends RecordRow {
  state?: Record<string, unknown>;
  commands?: string[];
  history?: HistoryLine[];
}

function RecordView({ department, kind, recordId }: { department: Department; kind: RecordKind; recordId: string }) {
  const { t, lang } = useLanguage();
  const api = useApi();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState<Command>();
  const zones = useZones(department);
  const record = useResource<{ record: RecordAnswer; history: HistoryLine[] }>(`${kind.collection}/${recordId}`, async () => {
    const res = await api(department, fillPath(kind.recordPath, recordId));
    const answer = (await res.json()) as RecordAnswer;
    const version = Number((res.headers.get('etag') ?? '').replace(/\D/g, '')) || answer.version;
    let history = answer.history;
    if (!history && kind.hasEvents) {
      const events = await api(department, `${fillPath(kind.recordPath, recordId)}/events`);
      history = (await events.json()) as HistoryLine[];
    }
    return { record: { ...answer, version }, history: history ?? [] };
  });
  if (record.error) return <ErrorState error={record.error as ApiError} retry={record.retry} role="submitter" />;
  if (!record.data) return <Card loading />;
  const { record: r, history } = record.data;
  const details = r.details ?? r.state ?? {};
  const applicable = r.commands ? kind.commands.filter((c) => r.commands!.includes(c.operationId)) : kind.commands;
  return (
    <div data-testid="record" data-version={r.version}>
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <Link to={`/work/${department}?kind=${kind.collection}`}>{label(kind.name, lang)}</Link>/<span>{recordId}</span>
            <Typography.Text strong>{nameOf(details, lang)}</Typography.Text>
            {r.status && <Tag>{r.status}</Tag>}
            {r.corrected && <Tag color="orange">{t.corrected}</Tag>}
            {r.voided && <Tag color="red">{t.voided}</Tag>}
          </Space>
        }
      >
        <div data-testid="details">
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            ...ordered(kind, details).map(([k, v]) => {
              const { label: name, unit } = fieldMeta(kind, k, lang);
              const zone = k === 'zoneId' ? zones.data?.find((z) => z.zoneId === v) : undefined;
              const value = zone ? `${(lang === 'en' ? zone.nameEn : zone.nameZh) ?? v} (${String(v)})` : shown(v, lang);
              const display = displayUnit(unit);
              return { key: k, label: name, children: unit && typeof v === 'number' ? `${shownInUnit(v, display.scale)} ${display.unit}` : value };
            }),
            { key: '$version', label: t.version, children: r.version },
            {
              key: '$changed',
              label: t.lastChange,
              children: [r.changedAt && parkTime(r.changedAt), r.changedBy, r.reason && `${t.reason}: ${r.reason}`].filter(Boolean).join(' · ') || '—',
            },
          ]}
        />
        </div>
      </Card>
      <Card title={t.commands} size="small">
        <Space wrap data-testid="commands">
          {applicable.map((c) => (
            <Button key={c.operationId} danger={c.action === 'void'} data-command={c.operationId} onClick={() => setOpen(c)}>
              {label(c.summary, lang)}
            </Button>
          ))}
        </Space>
      </Card>
      <Card title={t.history} size="small">
        <div data-testid="history">
        <Table<HistoryLine>
          rowKey={(h) => `${h.streamVersion}`}
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={history}
          columns={[
            { title: t.version, dataIndex: 'streamVersion' },
            { title: t.eventType, dataIndex: 'type' },
            {
              title: t.businessTime,
              key: 'occurredAt',
              render: (_, h) => {
                const at = h.occurredAt ?? (h.payload?.['occurredAt'] as string | undefined);
                return at ? parkTime(at) : '—';
              },
            },
            { title: t.recordTime, dataIndex: 'recordedAt', render: (at?: string) => (at ? parkTime(at) : '—') },
            { title: t.actor, dataIndex: 'actor' },
            { title: t.reason, key: 'reason', render: (_, h) => h.reason ?? (h.payload?.['reason'] as string | undefined) ?? '' },
          ]}
        />
        </div>
      </Card>
      <Modal
        open={!!open}
        title={open && label(open.summary, lang)}
        footer={null}
        width={760}
        destroyOnHidden
        onCancel={() => setOpen(undefined)}
      >
        {open && (
          <CommandForm
            department={department}
            command={open}
            record={{ id: recordId, version: r.version }}
            initial={prefill(open.schema, details as Record<string, unknown>)}
            onCancel={() => setOpen(undefined)}
            onReload={() => {
              setOpen(undefined);
              record.retry();
            }}
            onDone={() => {
              setOpen(undefined);
              void message.success(t.recorded);
              record.retry();
            }}
          />
        )}
      </Modal>
    </Space>
    </div>
  );
}

export function RecordPage({ person }: { person: Person }) {
  const { collection, '*': recordId } = useParams();
  const { t } = useLanguage();
  return (
    <Workbench person={person}>
      {(department, kinds) => {
        const kind = kinds.find((k) => k.collection === collection);
        if (!kind || !recordId) return <Empty description={t.noSuchKind} />;
        return <RecordView key={`${collection}/${recordId}`} department={department} kind={kind} recordId={recordId} />;
      }}
    </Workbench>
  );
}

export function NewRecordPage({ person }: { person: Person }) {
  const { collection, operationId } = useParams();
  const { t, lang } = useLanguage();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  return (
    <Workbench person={person}>
      {(department, kinds) => {
        const kind = kinds.find((k) => k.collection === collection);
        const command = kind?.creates.find((c) => c.operationId === operationId);
        if (!kind || !command) return <Empty description={t.noSuchKind} />;
        return (
          <Card
            title={
              <Space wrap>
                <Link to={`/work/${department}?kind=${kind.collection}`}>{label(kind.name, lang)}</Link>/<span>{label(command.summary, lang)}</span>
              </Space>
            }
            style={{ maxWidth: 860 }}
          >
            <CommandForm
              department={department}
              command={command}
              onCancel={() => navigate(-1)}
              onDone={(_answer, data) => {
                void message.success(t.recorded);
                const id = pathParams(kind.recordPath)
                  .map((p) => String(data[p] ?? ''))
                  .join('/');
                navigate(`/work/${department}/${kind.collection}/r/${id}`);
              }}
            />
          </Card>
        );
      }}
    </Workbench>
  );
}
