import { eventOf, ProjectToppedOut } from '@park-ledger/contracts';
import { occurredAt, projectId, specifyPipelineStep } from '../project.examples';
import type { TopOutProject } from './top-out-project';

const topOut: TopOutProject = { type: 'TopOutProject', projectId, occurredAt };

specifyPipelineStep(topOut, {
  from: 'ConstructionStarted',
  given: 'a project under construction',
  outcome: 'is topped out',
  then: eventOf(ProjectToppedOut, { projectId }),
  refusing: 'topping out',
  refusals: [
    ['Negotiating', 'project-not-started'],
    ['Signed', 'project-not-started'],
    ['ToppedOut', 'project-already-topped-out'],
    ['InProduction', 'project-in-production'],
    ['Dropped', 'project-dropped'],
    ['Voided', 'project-voided'],
  ],
});
