// A command's form, generated from its request schema by @rjsf/antd: labels and help in the person's
// language, units as addons, ids picked from lists, business time in the park's time zone. Submitting
// sends an Idempotency-Key made when the form opened (a double click records once) and, for a command
// on a record, If-Match with the version the person saw; a 400's field errors land at their fields.
import Form from '@rjsf/antd';
import type { ErrorSchema, FieldErrorProps, WidgetProps } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { Alert, Button, DatePicker, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useMemo, useState } from 'react';
import { ApiError, useApi, useResource } from '../api';
import { useLanguage, type Lang } from '../i18n';
import { displayUnit, fillPath, localise, nameOf, picks, type Command, type Department, type FieldSchema } from './openapi';
import { translateConstraint } from './messages';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The park keeps Asia/Shanghai time (UTC+8 all year): business times are entered and sent in it. */
export const PARK_TIME_ZONE = 'Asia/Shanghai';
const parkNow = () => dayjs().tz(PARK_TIME_ZONE);
export const parkTime = (iso: string) => dayjs(iso).tz(PARK_TIME_ZONE).format('YYYY-MM-DD HH:mm');

interface Zone {
  zoneId: string;
  nameZh?: string;
  nameEn?: string;
  platforms?: { platformId: string; nameZh?: string; nameEn?: string; phases?: { phaseId: string; nameZh?: string; nameEn?: string }[] }[];
}

interface FormContext {
  department: Department;
  lang: Lang;
  zones: Zone[];
  /** the values of the form's zone and platform pickers, for the platform and phase lists */
  picked: Record<string, unknown>;
}

const named = (item: { nameZh?: string; nameEn?: string }, id: string, lang: Lang) =>
  `${(lang === 'en' ? (item.nameEn ?? item.nameZh) : (item.nameZh ?? item.nameEn)) ?? id} (${id})`;

/** The park's zones with platforms and phases: GET /park-zones of the service (projects: its GET /zones records before it had one). */
export function useZones(department: Department) {
  const api = useApi();
  return useResource<Zone[]>(`zones:${department}`, async () => {
    try {
      const res = await api(department, '/park-zones');
      const body = (await res.json()) as Zone[] | { zones: Zone[] };
      return Array.isArray(body) ? body : body.zones;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404 && department === 'projects')) throw error;
      const res = await api('projects', '/zones?limit=200');
      const body = (await res.json()) as { items: { recordId: string; details?: Zone; voided?: boolean }[] };
      return body.items.filter((z) => !z.voided).map((z) => ({ ...(z.details ?? {}), zoneId: z.details?.zoneId ?? z.recordId }));
    }
  });
}

/** A Select over the registry (zone, platform of the zone picked, phase of the platform) or over records of a collection. */
function PickWidget(props: WidgetProps) {
  const { id, value, onChange, schema, registry, disabled, readonly } = props;
  const context = registry.formContext as FormContext;
  const pick = String((schema as FieldSchema)['x-pick']);
  const api = useApi();
  const [search, setSearch] = useState('');
  const collection = pick.startsWith('record:') ? pick.slice('record:'.length) : undefined;
  const records = useResource<{ value: string; label: string }[]>(collection ? `${collection}?q=${search}` : 'none', async () => {
    if (!collection) return [];
    const res = await api(context.department, `/${collection}?limit=50${search ? `&q=${encodeURIComponent(search)}` : ''}`);
    const body = (await res.json()) as { items: { recordId: string; details?: Record<string, unknown> }[] };
    return body.items.map((r) => ({ value: r.recordId, label: `${nameOf(r.details, context.lang) || r.recordId} (${r.recordId})` }));
  });
  let options: { value: string; label: string }[] = [];
  const zone = context.zones.find((z) => z.zoneId === context.picked['zone']);
  const platform = zone?.platforms?.find((p) => p.platformId === context.picked['platform']);
  if (pick === 'zone') options = context.zones.map((z) => ({ value: z.zoneId, label: named(z, z.zoneId, context.lang) }));
  else if (pick === 'platform') options = (zone?.platforms ?? []).map((p) => ({ value: p.platformId, label: named(p, p.platformId, context.lang) }));
  else if (pick === 'phase') options = (platform?.phases ?? []).map((p) => ({ value: p.phaseId, label: named(p, p.phaseId, context.lang) }));
  else if (collection) options = records.data ?? [];
  return (
    <Select
      id={id}
      data-pick={pick}
      showSearch
      allowClear
      value={value ?? undefined}
      disabled={disabled || readonly}
      options={options}
      loading={records.loading && !!collection}
      optionFilterProp="label"
      onSearch={collection ? setSearch : undefined}
      filterOption={collection ? false : undefined}
      onChange={(v) => onChange(v ?? undefined)}
      style={{ width: '100%' }}
    />
  );
}

/** Inputs with the unit as an addon; numbers never clamped, so an out-of-range value is shown as an error, not changed. */
function BaseInput(props: WidgetProps) {
  const { id, value, onChange, schema, registry, disabled, readonly, options, onBlur, onFocus } = props;
  const lang = (registry.formContext as FormContext).lang;
  const field = schema as FieldSchema;
  const { unit, scale } = displayUnit(lang === 'en' ? (field['x-unit-en'] ?? field['x-unit']) : field['x-unit']);
  const common = { id, disabled: disabled || readonly, addonAfter: unit || undefined, style: { width: '100%' } };
  if (field.type === 'integer' || field.type === 'number') {
    // typed in the display unit (e.g. 亩 with two decimals), sent in the API's (hundredths)
    return (
      <InputNumber<number>
        {...common}
        value={typeof value === 'number' ? value / scale : null}
        precision={scale === 1 ? undefined : Math.round(Math.log10(scale))}
        changeOnWheel={false}
        onChange={(v) => onChange(v === null || v === undefined ? options.emptyValue : Math.round(v * scale))}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
    );
  }
  return (
    <Input
      {...common}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? options.emptyValue : e.target.value)}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    />
  );
}

/** Business time picked in the park's time zone and sent as ISO-8601 with its +08:00 offset. */
function ParkDateTimeWidget(props: WidgetProps) {
  const { id, value, onChange, disabled, readonly } = props;
  const picked: Dayjs | null = value ? dayjs(value).tz(PARK_TIME_ZONE) : null;
  return (
    <Space.Compact style={{ width: '100%' }}>
      <DatePicker
        id={id}
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        value={picked}
        disabled={disabled || readonly}
        onChange={(d) => onChange(d ? dayjs.tz(d.format('YYYY-MM-DDTHH:mm:00'), PARK_TIME_ZONE).format('YYYY-MM-DDTHH:mm:ssZ') : undefined)}
        style={{ width: '100%' }}
      />
      <Button disabled>UTC+8</Button>
    </Space.Compact>
  );
}

function ParkDateWidget(props: WidgetProps) {
  const { id, value, onChange, disabled, readonly } = props;
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      disabled={disabled || readonly}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : undefined)}
      style={{ width: '100%' }}
    />
  );
}

/** A field's errors under it, each marked so a test (and a screen reader) finds which field it belongs to. */
function FieldErrors({ errors, fieldPathId }: FieldErrorProps) {
  if (!errors?.length) return null;
  return (
    <div className="ant-form-item-explain-error" role="alert" data-field-error={fieldPathId?.$id}>
      {errors.map((e, i) => (
        <div key={i}>{e}</div>
      ))}
    </div>
  );
}

/** ui:widget per field, from the schema: pickers, park-time dates; nested objects and arrays alike. */
function uiSchemaOf(schema: FieldSchema): Record<string, unknown> {
  const ui: Record<string, unknown> = {};
  if (schema['x-pick']) ui['ui:widget'] = 'pick';
  else if (schema.format === 'date-time') ui['ui:widget'] = 'parkDateTime';
  else if (schema.format === 'date') ui['ui:widget'] = 'parkDate';
  else if (schema.type === 'string' && typeof schema['maxLength'] === 'number' && (schema['maxLength'] as number) > 200) ui['ui:widget'] = 'textarea';
  for (const [name, field] of Object.entries(schema.properties ?? {})) ui[name] = uiSchemaOf(field);
  if (schema.items) ui['items'] = uiSchemaOf(schema.items);
  return ui;
}

/** The initial data: business time now (park time) where the command has one. */
function withDefaults(schema: FieldSchema, data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data };
  if (schema.properties?.['occurredAt'] && out['occurredAt'] === undefined) out['occurredAt'] = parkNow().format('YYYY-MM-DDTHH:mm:00Z');
  return out;
}

/** `errors: [{ field, constraint, message }]` (or the older `message: ["field …"]`) as an rjsf ErrorSchema. */
export function errorSchemaOf(body: unknown, lang: Lang, schema: FieldSchema, data: Record<string, unknown> = {}): { fields: ErrorSchema; rest: string[] } {
  const fields: Record<string, unknown> = {};
  const rest: string[] = [];
  const b = (body ?? {}) as { errors?: { field?: string; constraint?: string; message?: string }[]; message?: unknown };
  const add = (field: string | undefined, message: string) => {
    const path = (field ?? '').split(/[.[\]]/).filter(Boolean);
    let node: FieldSchema | undefined = schema;
    for (const p of path) node = /^\d+$/.test(p) ? node?.items : node?.properties?.[p];
    if (!path.length || !node) return rest.push(field ? `${field}: ${message}` : message);
    let at = fields;
    for (const p of path) at = (at[p] ??= {}) as Record<string, unknown>;
    // a field left empty: one "required", not every rule its absence breaks
    const value = path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], data);
    const text = value === undefined || value === '' ? (translateConstraint('isDefined', undefined, lang) ?? message) : message;
    const list = (at['__errors'] ??= []) as string[];
    if (!list.includes(text)) list.push(text);
  };
  if (Array.isArray(b.errors)) {
    const scaleOf = (field: string | undefined) => displayUnit(schema.properties?.[field ?? '']?.['x-unit']).scale;
    for (const e of b.errors) add(e.field, translateConstraint(e.constraint, e.message, lang, scaleOf(e.field)) ?? e.message ?? String(e.constraint));
  } else if (Array.isArray(b.message)) {
    for (const m of b.message as string[]) add(/^([\w.[\]]+)\s/.exec(m)?.[1], m);
  } else if (typeof b.message === 'string') rest.push(b.message);
  return { fields: fields as ErrorSchema, rest };
}

export interface CommandFormProps {
  department: Department;
  command: Command;
  /** the record the command is on, with the version shown; none for a create */
  record?: { id: string; version: number };
  initial?: Record<string, unknown>;
  onDone(answer: { streamId?: string; version?: number }, data: Record<string, unknown>): void;
  onCancel?(): void;
  /** after a 409: load the record again (the person re-applies the change on what is now there) */
  onReload?(): void;
}

export function CommandForm({ department, command, record, initial, onDone, onCancel, onReload }: CommandFormProps) {
  const { t, lang } = useLanguage();
  const api = useApi();
  const zones = useZones(department);
  // one key per form open: a second click (or a retry after a lost answer) records nothing twice
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [formData, setFormData] = useState<Record<string, unknown>>(() => withDefaults(command.schema, initial ?? {}));
  // the 400's body as the service sent it: shown at its fields in whatever language is picked now
  const [refusal, setRefusal] = useState<{ body: unknown; data: Record<string, unknown> }>();
  const refused = useMemo(
    () => (refusal ? errorSchemaOf(refusal.body, lang, command.schema, refusal.data) : undefined),
    [refusal, lang, command.schema],
  );
  const [problem, setProblem] = useState<{ message: string; conflict?: boolean } | undefined>();
  const [sending, setSending] = useState(false);
  const schema = useMemo(() => localise(command.schema, lang), [command.schema, lang]);
  const uiSchema = useMemo(() => ({ ...uiSchemaOf(command.schema), 'ui:submitButtonOptions': { norender: true } }), [command.schema]);
  const pickPaths = useMemo(() => picks(command.schema), [command.schema]);
  const picked: Record<string, unknown> = {};
  for (const { path, pick } of pickPaths) {
    const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], formData);
    if (value !== undefined) picked[pick] = value;
  }
  const formContext: FormContext = { department, lang, zones: zones.data ?? [], picked };

  const submit = async (data: Record<string, unknown>) => {
    if (sending) return;
    setSending(true);
    setProblem(undefined);
    setRefusal(undefined);
    try {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': idempotencyKey };
      if (record) headers['if-match'] = `"${record.version}"`;
      const path = record ? fillPath(command.path, record.id) : command.path;
      const res = await api(department, path, { method: 'POST', headers, body: JSON.stringify(data) });
      onDone((await res.json()) as { streamId?: string; version?: number }, data);
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(0, String(error));
      if (e.status === 400) {
        setRefusal({ body: e.body ?? { message: e.message }, data });
      } else if (e.status === 409 && record) {
        setProblem({ message: t.conflict, conflict: true });
      } else {
        setProblem({ message: `${e.status || ''} ${e.message}`.trim() });
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <div data-testid="command-form" data-command={command.operationId}>
      <Form
        schema={schema as never}
        uiSchema={uiSchema}
        formData={formData}
        formContext={formContext}
        validator={validator}
        widgets={{ pick: PickWidget, parkDateTime: ParkDateTimeWidget, parkDate: ParkDateWidget }}
        templates={{ BaseInputTemplate: BaseInput, FieldErrorTemplate: FieldErrors }}
        extraErrors={refused?.fields}
        showErrorList={false}
        // the service validates (one set of rules for the API, the import and this form); its 400 names
        // each field, shown there. ajv's checks in the browser would need 'unsafe-eval', which the CSP refuses.
        noValidate
        noHtml5Validate
        onChange={(e) => {
          // an edit clears the service's refusal; a re-render (another language) keeps it
          if (JSON.stringify(e.formData) === JSON.stringify(formData)) return;
          setFormData(e.formData as Record<string, unknown>);
          if (refusal) setRefusal(undefined);
        }}
        onSubmit={(e) => void submit(e.formData as Record<string, unknown>)}
      >
        {refused && refused.rest.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={refused.rest.join('; ')} />}
        {problem && (
          <Alert
            type={problem.conflict ? 'warning' : 'error'}
            showIcon
            style={{ marginBottom: 16 }}
            message={problem.message}
            data-testid="form-problem"
            action={
              problem.conflict && onReload ? (
                <Button size="small" onClick={onReload}>
                  {t.reload}
                </Button>
              ) : undefined
            }
          />
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={sending} data-testid="submit">
            {t.submit}
          </Button>
          {onCancel && <Button onClick={onCancel}>{t.cancel}</Button>}
        </Space>
      </Form>
    </div>
  );
}
