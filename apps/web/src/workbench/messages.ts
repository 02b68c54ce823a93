// Validation messages in the person's language: the browser's own schema check (ajv keywords) and the
// server's 400 `errors` (class-validator constraint names). An unknown one falls back to the message.
import type { RJSFValidationError } from '@rjsf/utils';
import type { Lang } from '../i18n';

type Params = Record<string, unknown>;
type Text = (p: Params) => string;

/** By ajv keyword. */
const schemaErrors: Record<string, { zh: Text; en: Text }> = {
  required: { zh: () => '必填', en: () => 'Required' },
  minimum: { zh: (p) => `不得小于 ${p['limit']}`, en: (p) => `Must be at least ${p['limit']}` },
  maximum: { zh: (p) => `不得大于 ${p['limit']}`, en: (p) => `Must be at most ${p['limit']}` },
  exclusiveMinimum: { zh: (p) => `须大于 ${p['limit']}`, en: (p) => `Must be more than ${p['limit']}` },
  exclusiveMaximum: { zh: (p) => `须小于 ${p['limit']}`, en: (p) => `Must be less than ${p['limit']}` },
  minLength: { zh: (p) => `至少 ${p['limit']} 个字符`, en: (p) => `At least ${p['limit']} characters` },
  maxLength: { zh: (p) => `最多 ${p['limit']} 个字符`, en: (p) => `At most ${p['limit']} characters` },
  minItems: { zh: (p) => `至少 ${p['limit']} 项`, en: (p) => `At least ${p['limit']} items` },
  maxItems: { zh: (p) => `最多 ${p['limit']} 项`, en: (p) => `At most ${p['limit']} items` },
  pattern: { zh: () => '格式不对', en: () => 'Not in the expected format' },
  format: { zh: () => '格式不对', en: () => 'Not in the expected format' },
  type: { zh: () => '类型不对', en: () => 'Wrong kind of value' },
  enum: { zh: () => '请从列表中选择', en: () => 'Pick one of the list' },
  multipleOf: { zh: (p) => `须为 ${p['multipleOf']} 的倍数`, en: (p) => `Must be a multiple of ${p['multipleOf']}` },
  additionalProperties: { zh: () => '多余的字段', en: () => 'A field the command does not take' },
};

export function translateSchemaError(error: RJSFValidationError, lang: Lang): string {
  const text = error.name ? schemaErrors[error.name] : undefined;
  return text ? text[lang]((error.params ?? {}) as Params) : (error.message ?? error.stack);
}

/** By class-validator constraint (and the park's own ones), as the server names them in `errors[].constraint`. */
const constraints: Record<string, { zh: string; en: string }> = {
  isNotEmpty: { zh: '必填', en: 'Required' },
  isDefined: { zh: '必填', en: 'Required' },
  whitelistValidation: { zh: '多余的字段', en: 'A field the command does not take' },
  isInt: { zh: '须为整数', en: 'Must be a whole number' },
  isNumber: { zh: '须为数字', en: 'Must be a number' },
  min: { zh: '数值过小', en: 'Too small' },
  max: { zh: '数值过大', en: 'Too large' },
  isPositive: { zh: '须为正数', en: 'Must be positive' },
  isString: { zh: '须为文字', en: 'Must be text' },
  isBoolean: { zh: '须为是或否', en: 'Must be yes or no' },
  isIn: { zh: '请从列表中选择', en: 'Pick one of the list' },
  isEnum: { zh: '请从列表中选择', en: 'Pick one of the list' },
  matches: { zh: '格式不对', en: 'Not in the expected format' },
  maxLength: { zh: '太长', en: 'Too long' },
  minLength: { zh: '太短', en: 'Too short' },
  isLength: { zh: '长度不对', en: 'Wrong length' },
  isIso8601: { zh: '日期时间格式不对', en: 'Not a date and time' },
  isISO8601: { zh: '日期时间格式不对', en: 'Not a date and time' },
  isIsoDateTimeWithOffset: { zh: '日期时间须带时区', en: 'A date and time with its offset' },
  isDateString: { zh: '日期格式不对', en: 'Not a date' },
  arrayMinSize: { zh: '项数太少', en: 'Too few items' },
  arrayMaxSize: { zh: '项数太多', en: 'Too many items' },
  arrayUnique: { zh: '有重复项', en: 'Items repeat' },
  nestedValidation: { zh: '内容不对', en: 'Its content is not valid' },
};

export function translateConstraint(constraint: string | undefined, lang: Lang): string | undefined {
  return constraint ? constraints[constraint]?.[lang] : undefined;
}
