// Spreadsheet import, served by the department service: pick a command, download its template,
// upload a workbook for a dry run (a per-row report, nothing stored), commit the valid rows, and
// download the report as a workbook with an error column.
import { Alert, Button, Card, Descriptions, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, useApi, useResource } from '../api';
import { useLanguage, type Lang } from '../i18n';
import type { Person } from '../session';
import { ErrorState, Forbidden } from '../ui/error-state';
import { DEPARTMENTS, recordKinds, type Command, type Department, type FieldSchema, type OpenApiDocument } from './openapi';
import { mayWorkIn } from './pages';
import { useParams } from 'react-router-dom';
import { save } from '../ui/save';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportReport {
  mode: 'dry-run' | 'commit';
  rows: number;
  valid: number;
  recorded: number;
  duplicates: number;
  errors: { row: number; field?: string | null; message: string; messageZh?: string }[];
}

interface Importable {
  command: string;
  title: { zh: string; en: string };
  /** the command's request schema, for the report's field names */
  schema?: FieldSchema;
}

/** GET /imports as the service answers it: a list of command names, or of objects naming them. */
function importablesOf(body: unknown, commands: Map<string, Command>): Importable[] {
  const list = Array.isArray(body) ? body : ((body as { imports?: unknown[]; commands?: unknown[]; items?: unknown[] })?.imports ??
    (body as { commands?: unknown[] }).commands ?? (body as { items?: unknown[] }).items ?? []);
  return list.map((item) => {
    if (typeof item === 'string') return { command: item, title: commands.get(item)?.summary ?? { zh: item, en: item }, schema: commands.get(item)?.schema };
    const i = item as Record<string, unknown>;
    const command = String(i['command'] ?? i['operationId'] ?? i['type']);
    const zh = (i['titleZh'] ?? i['summary'] ?? i['title']) as string | undefined;
    const en = (i['titleEn'] ?? i['x-summary-en'] ?? i['summaryEn']) as string | undefined;
    const known = commands.get(String(i['operationId'] ?? command));
    return { command, title: { zh: zh ?? known?.summary.zh ?? command, en: en ?? known?.summary.en ?? zh ?? command }, schema: known?.schema };
  });
}

/** A report's field (a dotted path) by its label in the command's schema. */
function fieldName(schema: FieldSchema | undefined, field: string | null | undefined, lang: Lang): string {
  if (!field) return '';
  let node = schema;
  for (const part of field.split('.')) node = /^\d+$/.test(part) ? node?.items : node?.properties?.[part];
  const title = lang === 'en' ? (node?.['x-title-en'] ?? node?.title) : (node?.title ?? node?.['x-title-en']);
  return title ?? field;
}

const messageIn = (e: ImportReport['errors'][number], lang: Lang) => (lang === 'zh' ? (e.messageZh ?? e.message) : e.message);

function ImportView({ department }: { department: Department }) {
  const { t, lang } = useLanguage();
  const api = useApi();
  const importables = useResource<Importable[]>(`imports:${department}`, async () => {
    const [list, doc] = await Promise.all([
      api(department, '/imports').then((r) => r.json()),
      api(department, '/docs/openapi.json').then((r) => r.json() as Promise<OpenApiDocument>),
    ]);
    const commands = new Map(recordKinds(doc).flatMap((k) => [...k.creates, ...k.commands].map((c) => [c.operationId, c] as const)));
    return importablesOf(list, commands);
  });
  const [command, setCommand] = useState<string>();
  const [file, setFile] = useState<File>();
  const [report, setReport] = useState<ImportReport>();
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<string>();

  const run = async (what: string, work: () => Promise<void>) => {
    setBusy(what);
    setProblem(undefined);
    try {
      await work();
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(0, String(error));
      setProblem(`${e.status || ''} ${e.message}`.trim());
    } finally {
      setBusy(undefined);
    }
  };
  const post = (mode: 'dry-run' | 'commit', accept = 'application/json') =>
    api(department, `/imports/${encodeURIComponent(command!)}?mode=${mode}`, {
      method: 'POST',
      headers: { 'content-type': file!.type || XLSX, accept },
      body: file,
    });
  const check = (chosen: File) =>
    run('dry-run', async () => {
      setFile(chosen);
      setReport(undefined);
      const res = await api(department, `/imports/${encodeURIComponent(command!)}?mode=dry-run`, {
        method: 'POST',
        headers: { 'content-type': chosen.type || XLSX, accept: 'application/json' },
        body: chosen,
      });
      setReport((await res.json()) as ImportReport);
    });

  if (importables.error) {
    if (importables.error.status === 404) return <Alert type="info" showIcon message={t.noImports} />;
    return <ErrorState error={importables.error} retry={importables.retry} role="submitter" />;
  }
  const chosen = importables.data?.find((i) => i.command === command);
  return (
    <Card
      loading={importables.loading && !importables.data}
      title={
        <Space wrap>
          <Link to={`/work/${department}`}>{t.departmentArea(department)}</Link>/<span>{t.imports}</span>
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text>{t.importCommand}</Typography.Text>
          <span data-testid="import-command">
          <Select
            style={{ minWidth: 260 }}
            value={command}
            onChange={(c: string) => {
              setCommand(c);
              setReport(undefined);
              setFile(undefined);
            }}
            options={(importables.data ?? []).map((i) => ({ value: i.command, label: i.title[lang] }))}
          />
          </span>
          <Button
            disabled={!command}
            loading={busy === 'template'}
            onClick={() =>
              void run('template', async () => {
                const res = await api(department, `/imports/${encodeURIComponent(command!)}/template`);
                save(await res.blob(), `${command}-template.xlsx`);
              })
            }
          >
            {t.downloadTemplate}
          </Button>
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            disabled={!command}
            beforeUpload={(f) => {
              void check(f);
              return false;
            }}
          >
            <Button type="primary" disabled={!command} loading={busy === 'dry-run'} data-testid="upload">
              {t.upload}
            </Button>
          </Upload>
        </Space>
        {problem && <Alert type="error" showIcon message={problem} data-testid="import-problem" />}
        {report && (
          <div data-testid="import-report" data-mode={report.mode}>
            <Typography.Title level={5}>
              {report.mode === 'commit' ? t.commitReport : t.dryRunReport}
              {file ? ` · ${file.name}` : ''}
              {chosen ? ` · ${chosen.title[lang]}` : ''}
            </Typography.Title>
            <Descriptions
              size="small"
              bordered
              column={{ xs: 2, sm: 4 }}
              items={[
                { key: 'rows', label: t.rows, children: report.rows },
                { key: 'valid', label: t.valid, children: report.valid },
                { key: 'recorded', label: t.recordedRows, children: report.recorded },
                { key: 'duplicates', label: t.duplicates, children: report.duplicates },
              ]}
            />
            <div data-testid="import-errors" style={{ marginTop: 16 }}>
            <Table
              size="small"
              rowKey={(e) => `${e.row}:${e.field ?? ''}:${e.message}`}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t.noErrors }}
              dataSource={report.errors}
              columns={[
                { title: t.row, dataIndex: 'row' },
                { title: t.field, dataIndex: 'field', render: (f?: string | null) => fieldName(chosen?.schema, f, lang) },
                { title: t.message, key: 'message', render: (_, e) => messageIn(e, lang) },
              ]}
            />
            </div>
            <Space wrap style={{ marginTop: 16 }}>
              {report.mode === 'dry-run' && report.valid > 0 && (
                <Button
                  type="primary"
                  loading={busy === 'commit'}
                  data-testid="commit"
                  onClick={() => void run('commit', async () => setReport((await (await post('commit')).json()) as ImportReport))}
                >
                  {t.commit}
                </Button>
              )}
              <Button
                loading={busy === 'report'}
                data-testid="download-report"
                onClick={() =>
                  void run('report', async () => {
                    const res = await post('dry-run', XLSX);
                    save(await res.blob(), `${file?.name.replace(/\.\w+$/, '') ?? command}-report.xlsx`);
                  })
                }
              >
                {t.downloadReport}
              </Button>
            </Space>
          </div>
        )}
      </Space>
    </Card>
  );
}

export function ImportPage({ person }: { person: Person }) {
  const { department } = useParams();
  if (!DEPARTMENTS.includes(department as Department) || !mayWorkIn(person, department!)) return <Forbidden role="submitter" />;
  return <ImportView department={department as Department} />;
}
