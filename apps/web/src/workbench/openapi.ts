// What a department service offers a clerk, read from its own OpenAPI document (one source of truth):
// the kinds of record it lists, the commands that create one, the commands on a record, each command's
// request schema with its $refs resolved. Nothing here names a command: a command added to a service
// is found here and gets its form.
import type { Lang } from '../i18n';

export type Department = 'projects' | 'land' | 'safety';
export const DEPARTMENTS: readonly Department[] = ['projects', 'land', 'safety'];

/** A JSON schema as the services' documents write it, with the park's extensions. */
export interface FieldSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  'x-title-en'?: string;
  'x-description-en'?: string;
  'x-unit'?: string;
  'x-unit-en'?: string;
  'x-pick'?: string;
  properties?: Record<string, FieldSchema>;
  items?: FieldSchema;
  required?: string[];
  $ref?: string;
  allOf?: FieldSchema[];
  enum?: unknown[];
  format?: string;
  [key: string]: unknown;
}

interface Operation {
  operationId?: string;
  summary?: string;
  'x-summary-en'?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: FieldSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, FieldSchema> };
}

export interface Command {
  readonly operationId: string;
  /** the path template, e.g. /idle-parcels/{parcelId}/correct-details */
  readonly path: string;
  readonly summary: { zh: string; en: string };
  /** the request body's schema, $refs resolved */
  readonly schema: FieldSchema;
  /** the action's last path segment for a record command (correct-details, void, …) */
  readonly action: string | null;
  /** correction or void: asks for a reason, drawn apart on the record page */
  readonly amends: boolean;
}

export interface RecordKind {
  /** the collection's path segment, e.g. idle-parcels */
  readonly collection: string;
  /** the record's GET path template, e.g. /idle-parcels/{parcelId} */
  readonly recordPath: string;
  readonly hasEvents: boolean;
  readonly name: { zh: string; en: string };
  readonly creates: readonly Command[];
  readonly commands: readonly Command[];
}

const MAX_DEPTH = 12;

/** The schema with every local $ref replaced by what it names (allOf merged), to a bounded depth. */
export function resolveRefs(schema: FieldSchema, doc: OpenApiDocument, depth = 0): FieldSchema {
  if (depth > MAX_DEPTH) return {};
  if (schema.$ref) {
    const name = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name ? doc.components?.schemas?.[decodeURIComponent(name)] : undefined;
    const { $ref: _ref, ...rest } = schema;
    return resolveRefs({ ...(target ?? {}), ...rest }, doc, depth + 1);
  }
  let out: FieldSchema = { ...schema };
  if (out.allOf) {
    const parts = out.allOf.map((s) => resolveRefs(s, doc, depth + 1));
    delete out.allOf;
    for (const part of parts) {
      out = {
        ...part,
        ...out,
        properties: { ...part.properties, ...out.properties },
        required: [...(part.required ?? []), ...(out.required ?? [])],
      };
    }
  }
  if (out.properties) {
    out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, resolveRefs(v, doc, depth + 1)]));
  }
  if (out.items) out.items = resolveRefs(out.items, doc, depth + 1);
  return out;
}

/** `Register a zone (园区/片区)` → zh 园区/片区, en Register a zone: until every summary has x-summary-en. */
function summaryOf(op: Operation): { zh: string; en: string } {
  const summary = op.summary ?? op.operationId ?? '';
  if (op['x-summary-en']) return { zh: summary, en: op['x-summary-en'] };
  const paren = /^(.*?)\s*[(（]([^()（）]*[\u4e00-\u9fff][^()（）]*)[)）]\s*(.*)$/.exec(summary);
  if (paren) return { zh: paren[2], en: `${paren[1]}${paren[3] ? ` ${paren[3]}` : ''}`.trim() };
  return { zh: summary, en: summary };
}

const AMENDS = /^(correct|void)/;

function commandOf(path: string, op: Operation, doc: OpenApiDocument, action: string | null): Command | undefined {
  const body = op.requestBody?.content?.['application/json']?.schema;
  if (!op.operationId || !body) return undefined;
  return { operationId: op.operationId, path, summary: summaryOf(op), schema: resolveRefs(body, doc), action, amends: !!action && AMENDS.test(action) };
}

/** `idle-parcels` → the English words; the Chinese name comes from the create command's summary. */
function kindName(collection: string, listOp: Operation | undefined, creates: Command[]): { zh: string; en: string } {
  const en =
    listOp?.['x-summary-en']?.replace(/^The /, '').replace(/ records:.*$/, '') ??
    listOp?.summary?.match(/^The (.+?) records:/)?.[1] ??
    collection.replace(/-/g, ' ');
  const zh = listOp?.['x-summary-en'] ? (listOp.summary ?? '').replace(/[:：].*$/, '').replace(/(列表|记录)$/, '') : creates[0]?.summary.zh ?? en;
  return { zh: zh || en, en: en.charAt(0).toUpperCase() + en.slice(1) };
}

/** The record kinds a service lists (GET /<collection> with a cursor) with their create and record commands. */
export function recordKinds(doc: OpenApiDocument): RecordKind[] {
  const kinds: RecordKind[] = [];
  const paths = Object.keys(doc.paths);
  for (const listPath of paths) {
    const list = doc.paths[listPath]?.['get'];
    const collection = /^\/([\w-]+)$/.exec(listPath)?.[1];
    if (!collection || !list?.parameters?.some((p) => p.in === 'query' && p.name === 'cursor')) continue;
    // the record's own GET: the collection followed by path parameters only
    const recordPath = paths
      .filter((p) => doc.paths[p]?.['get'] && new RegExp(`^/${collection}(/\\{[^}]+\\})+$`).test(p))
      .sort((a, b) => a.length - b.length)[0];
    if (!recordPath) continue;
    // a create command: a POST on the collection (or a literal path under it, e.g. /projects/signed) whose body
    // names the record by the fields its path takes; a bulk POST of many records does not, and is left to API users
    const keys = pathParams(recordPath);
    const creates = paths
      .filter((p) => p === listPath || new RegExp(`^/${collection}/[\\w-]+$`).test(p))
      .map((p) => {
        const op = doc.paths[p]?.['post'];
        return op ? commandOf(p, op, doc, null) : undefined;
      })
      .filter((c): c is Command => !!c && keys.every((k) => !!c.schema.properties?.[k]));
    const commands: Command[] = [];
    for (const p of paths) {
      const action = p.startsWith(`${recordPath}/`) ? p.slice(recordPath.length + 1) : null;
      const op = doc.paths[p]?.['post'];
      if (!action || action.includes('/') || !op) continue;
      const command = commandOf(p, op, doc, action);
      if (command) commands.push(command);
    }
    kinds.push({
      collection,
      recordPath,
      hasEvents: !!doc.paths[`${recordPath}/events`]?.['get'],
      name: kindName(collection, list, creates),
      creates,
      commands,
    });
  }
  return kinds;
}

/** The path parameters of a template, in order: /economic-returns/{enterpriseId}/{month} → [enterpriseId, month]. */
export const pathParams = (template: string) => Array.from(template.matchAll(/\{([^}]+)\}/g), (m) => m[1]!);

/** The template filled with a record id (ids of a record named by several parameters are joined by /). */
export function fillPath(template: string, recordId: string): string {
  const parts = recordId.split('/');
  let i = 0;
  return template.replace(/\{[^}]+\}/g, () => encodeURIComponent(parts[i++] ?? ''));
}

/** The field's label and help in the language asked for (zh: title/description; en: x-title-en/x-description-en). */
export function localise(schema: FieldSchema, lang: Lang, name?: string): FieldSchema {
  const out: FieldSchema = { ...schema };
  const title = lang === 'en' ? (schema['x-title-en'] ?? schema.title) : (schema.title ?? schema['x-title-en']);
  // help only in the person's language (an English hint under a Chinese label is noise); none on a picker
  const help = schema['x-pick'] ? undefined : lang === 'en' ? (schema['x-description-en'] ?? schema.description) : schema.description;
  out.title = title ?? name;
  if (help) out.description = help;
  else delete out.description;
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, localise(v, lang, k)]));
  }
  if (schema.items) out.items = localise(schema.items, lang);
  return out;
}

/** Every field (by dotted path) that picks its value from a list, and what list. */
export function picks(schema: FieldSchema, prefix = ''): { path: string; pick: string }[] {
  const out: { path: string; pick: string }[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (typeof field['x-pick'] === 'string') out.push({ path, pick: field['x-pick'] });
    if (field.properties) out.push(...picks(field, path));
  }
  return out;
}

/** The form data a record command starts from: the record's details, for the fields the command has. */
export function prefill(schema: FieldSchema, details: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!details) return out;
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    if (name === 'occurredAt' || name === 'reason') continue;
    const value = details[name];
    if (value === undefined || value === null) continue;
    if (field.type === 'object' && field.properties && typeof value === 'object') out[name] = prefill(field, value as Record<string, unknown>);
    else out[name] = value;
  }
  return out;
}

/** A record's name from its details, in the person's language: nameZh / enterpriseNameEn / titleZh … */
export function nameOf(details: Record<string, unknown> | undefined, lang: Lang): string {
  if (!details) return '';
  const entries = Object.entries(details).filter(([, v]) => typeof v === 'string' && v) as [string, string][];
  const find = (suffix: string) => entries.find(([k]) => /(name|title)/i.test(k) && k.endsWith(suffix))?.[1];
  return (lang === 'en' ? (find('En') ?? find('Zh')) : (find('Zh') ?? find('En'))) ?? entries.find(([k]) => /^(name|title)$/i.test(k))?.[1] ?? '';
}


/**
 * A unit in hundredths ("0.01亩", "0.01 mu": how the land service takes areas) is shown and typed in
 * the whole unit with two decimals, and sent in hundredths: a clerk reads 31.50 亩, not 3150 0.01亩.
 */
export function displayUnit(unit: string | undefined): { unit: string | undefined; scale: number } {
  const hundredths = unit ? /^0\.01\s*(.+)$/.exec(unit) : null;
  return hundredths ? { unit: hundredths[1], scale: 100 } : { unit, scale: 1 };
}

/** A value in the API's unit as people read it in the display unit. */
export const shownInUnit = (value: number, scale: number): string =>
  scale === 1 ? String(value) : (value / scale).toFixed(Math.round(Math.log10(scale)));
