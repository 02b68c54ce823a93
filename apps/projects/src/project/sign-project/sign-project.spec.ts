import { eventOf, ProjectSigned } from '@park-ledger/contracts';
import { occurredAt, projectId, specifyPipelineStep } from '../project.examples';
import type { SignProject } from './sign-project';

const sign: SignProject = { type: 'SignProject', projectId, occurredAt };

specifyPipelineStep(sign, {
  from: 'Negotiating',
  given: 'a project under negotiation',
  outcome: 'is signed and settled',
  then: eventOf(ProjectSigned, { projectId }),
  refusing: 'signing',
  refusals: [
    ['Signed', 'project-already-signed'],
    ['ConstructionStarted', 'project-already-signed'],
    ['ToppedOut', 'project-already-signed'],
    ['InProduction', 'project-already-signed'],
    ['Dropped', 'project-dropped'],
    ['Voided', 'project-voided'],
  ],
});
