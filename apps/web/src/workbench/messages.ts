// The service's 400 `errors` in the person's language, by constraint (class-validator's names); `{n}` is
// the limit the service's message names. An unknown constraint falls back to the service's message.
import type { Lang } from '../i18n';

/** By class-validator constraint (and the park's own ones), as the server names them in `errors[].constraint`. */
const constraints: Record<string, { zh: string; en: string }> = {
  isNotEmpty: { zh: '必填', en: 'Required' },
  isDefined: { zh: '必填', en: 'Required' },
  whitelistValidation: { zh: '多余的字段', en: 'A field the command does not take' },
  isInt: { zh: '须为整数', en: 'Must be a whole number' },
  isNumber: { zh: '须为数字', en: 'Must be a number' },
  min: { zh: '不得小于 {n}', en: 'Must be at least {n}' },
  max: { zh: '不得大于 {n}', en: 'Must be at most {n}' },
  isPositive: { zh: '须为正数', en: 'Must be positive' },
  isString: { zh: '须为文字', en: 'Must be text' },
  isBoolean: { zh: '须为是或否', en: 'Must be yes or no' },
  isIn: { zh: '请从列表中选择', en: 'Pick one of the list' },
  isEnum: { zh: '请从列表中选择', en: 'Pick one of the list' },
  matches: { zh: '格式不对', en: 'Not in the expected format' },
  maxLength: { zh: '最多 {n} 个字符', en: 'At most {n} characters' },
  minLength: { zh: '至少 {n} 个字符', en: 'At least {n} characters' },
  isLength: { zh: '长度不对', en: 'Wrong length' },
  isIso8601: { zh: '日期时间格式不对', en: 'Not a date and time' },
  isISO8601: { zh: '日期时间格式不对', en: 'Not a date and time' },
  isIsoDateTimeWithOffset: { zh: '日期时间须带时区', en: 'A date and time with its offset' },
  isDateString: { zh: '日期格式不对', en: 'Not a date' },
  arrayMinSize: { zh: '至少 {n} 项', en: 'At least {n} items' },
  arrayMaxSize: { zh: '最多 {n} 项', en: 'At most {n} items' },
  arrayUnique: { zh: '有重复项', en: 'Items repeat' },
  nestedValidation: { zh: '内容不对', en: 'Its content is not valid' },
};

/** `scale`: the field is shown in a unit `scale` times the API's (hundredths of 亩 shown as 亩), and so are its bounds. */
export function translateConstraint(constraint: string | undefined, message: string | undefined, lang: Lang, scale = 1): string | undefined {
  const text = constraint ? constraints[constraint]?.[lang] : undefined;
  if (!text?.includes('{n}')) return text;
  const n = /(-?\d[\d,.]*)(?!.*\d)/.exec(message ?? '')?.[1];
  if (!n) return undefined;
  const bound = scale !== 1 && (constraint === 'min' || constraint === 'max') ? String(Number(n.replace(/,/g, '')) / scale) : n;
  return text.replace('{n}', bound);
}
