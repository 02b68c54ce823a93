import { RegisterProjectLeadRequest } from '../register-project-lead/register-project-lead.request';
import type { RegisterSignedProject } from './register-signed-project';

/** The lead's facts: the same fields, labels and rules as registering a lead. */
export class RegisterSignedProjectRequest extends RegisterProjectLeadRequest implements Omit<RegisterSignedProject, 'type'> {}
