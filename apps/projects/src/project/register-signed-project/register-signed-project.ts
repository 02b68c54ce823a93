import { eventOf, ProjectSigned } from '@park-ledger/contracts';
import type { ProjectEvent, ProjectState } from '../project.state';
import { registerProjectLead, type RegisterProjectLead } from '../register-project-lead/register-project-lead';

/**
 * 登记已签约项目: a project that reaches the clerk already signed (the usual case for the year's
 * signing list) is registered and signed in one go: the same two events as a lead and its signing.
 */
export type RegisterSignedProject = Omit<RegisterProjectLead, 'type'> & { readonly type: 'RegisterSignedProject' };

export const registerSignedProject = ({ type: _type, ...lead }: RegisterSignedProject, state: ProjectState): ProjectEvent[] => [
  ...registerProjectLead({ ...lead, type: 'RegisterProjectLead' }, state),
  eventOf(ProjectSigned, { projectId: lead.projectId }),
];
