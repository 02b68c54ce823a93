import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, ProjectLeadRegistered, type PayloadOf } from '@park-ledger/contracts';
import type { ProjectEvent, ProjectState } from '../project.state';

export type RegisterProjectLead = PayloadOf<typeof ProjectLeadRegistered> & {
  readonly type: 'RegisterProjectLead';
  readonly occurredAt: string;
};

export const registerProjectLead = (
  { type: _type, occurredAt: _occurredAt, ...details }: RegisterProjectLead,
  state: ProjectState,
): ProjectEvent[] => {
  if (state.status !== 'None') {
    throw new DomainRuleViolation('project-already-registered', `Project ${details.projectId} is already registered`);
  }
  return [eventOf(ProjectLeadRegistered, details)];
};
