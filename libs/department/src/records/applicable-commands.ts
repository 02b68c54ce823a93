import type { Type } from '@nestjs/common';
import { DomainRuleViolation, NotFound } from '@park-ledger/decider';
import { getMetadataStorage } from 'class-validator';

/** A command of a record, as the record controller's table declares it. */
export interface RecordCommand {
  readonly type: string;
  readonly request: Type<unknown>;
}

/** The values a request field may take where it takes one of a list (class-validator's IsIn). */
function choicesOf(request: Type<unknown>): [field: string, values: unknown[]][] {
  return getMetadataStorage()
    .getTargetValidationMetadatas(request, '', true, false)
    .filter((m) => m.name === 'isIn' && Array.isArray(m.constraints?.[0]))
    .map((m) => [m.propertyName, (m.constraints[0] as unknown[]).map((v) => (m.each ? [v] : v))]);
}

/**
 * The commands that apply to a record in its current state, decided by the record's own decider
 * (one source of truth): each command is tried on the state with plausible bodies — the record's
 * keys alone, its current details restated, and each value of every field that takes one of a list
 * — and applies when one of them is not refused by a rule (422) or as not found (404). A try that
 * fails otherwise (a field the try left out) has passed the state's guards, so it applies too.
 * The decider still decides the real command when it is sent.
 */
export function applicableCommands<State>(
  decider: { decide(command: never, state: State): unknown[] },
  state: State,
  commands: readonly RecordCommand[],
  keys: Readonly<Record<string, string>>,
  details: Readonly<Record<string, unknown>>,
  now = new Date(),
): string[] {
  const occurredAt = now.toISOString().replace('Z', '+00:00');
  return commands
    .filter(({ type, request }) => {
      const bare = { ...keys, type, occurredAt, reason: '—' };
      const restated = { ...details, ...bare };
      const tries = [bare, restated];
      for (const [field, values] of choicesOf(request)) {
        for (const value of values) tries.push({ ...restated, [field]: value }, { ...bare, [field]: value });
      }
      return tries.some((command) => {
        try {
          decider.decide(command as never, state);
          return true;
        } catch (error) {
          return !(error instanceof DomainRuleViolation || error instanceof NotFound);
        }
      });
    })
    .map(({ type }) => type);
}
