import { isoDateTime, object, optional, str, uuid } from '../payload-schema';
import { PERIOD_ID } from './office';

/**
 * The mark a department service puts on a change (a correction, a void: an event with a reason) whose
 * business time falls in a period the committee office has closed: which period, when it was closed and
 * the close's event. Late changes are never refused (history is not edited); they are marked, and the
 * next report restates. Absent: not late as far as the department knew the closes when it recorded it.
 */
export const lateChange = () =>
  optional(
    object({
      period: str({ min: 4, max: 7, pattern: PERIOD_ID }),
      closedAt: isoDateTime(),
      closeEventId: uuid(),
    }),
  );

export interface LateChange {
  readonly period: string;
  readonly closedAt: string;
  readonly closeEventId: string;
}
