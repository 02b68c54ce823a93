// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * Every property of every command's request schema (POST bodies, nested objects and array items
 * included) that lacks a Chinese `title` or an English `x-title-en`, as `<operationId>: <path>`; and
 * every command operation (a POST with a JSON body) without `summary`, `x-summary-en` or `operationId`. Empty when the forms
 * generated from the document have a label for every field.
 */
export function unlabelledCommandFields(document: Json): string[] {
  const problems: string[] = [];
  const resolve = (schema: Json): Json =>
    schema?.$ref ? resolve(document.components.schemas[String(schema.$ref).replace('#/components/schemas/', '')]) : schema;
  const visit = (schema: Json, where: string, seen: Set<Json>) => {
    const resolved = resolve(schema);
    if (!resolved || seen.has(resolved)) return;
    const inner = new Set(seen).add(resolved);
    for (const part of [...(resolved.allOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])]) visit(part, where, inner);
    if (resolved.items) visit(resolved.items, `${where}[]`, inner);
    for (const [name, property] of Object.entries<Json>(resolved.properties ?? {})) {
      const labelled = property.$ref ? { ...resolve(property), ...property } : property;
      if (typeof labelled.title !== 'string' || typeof labelled['x-title-en'] !== 'string') problems.push(`${where}.${name}`);
      visit(property, `${where}.${name}`, inner);
    }
  };
  for (const [path, methods] of Object.entries<Json>(document.paths)) {
    const operation = methods.post;
    if (!operation) continue;
    // a command takes a JSON body (an admin action takes none, an import a workbook)
    const body = operation.requestBody?.content?.['application/json']?.schema;
    if (!body) continue;
    const id = operation.operationId ?? `POST ${path}`;
    if (!operation.operationId || !operation.summary || !operation['x-summary-en']) problems.push(`${id}: summary, x-summary-en and operationId`);
    visit(body, id, new Set());
  }
  return problems;
}
