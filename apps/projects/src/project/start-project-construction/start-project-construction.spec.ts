import { eventOf, ProjectConstructionStarted } from '@park-ledger/contracts';
import { occurredAt, projectId, specifyPipelineStep } from '../project.examples';
import type { StartProjectConstruction } from './start-project-construction';

const start: StartProjectConstruction = { type: 'StartProjectConstruction', projectId, occurredAt };

specifyPipelineStep(start, {
  from: 'Signed',
  given: 'a signed project',
  outcome: 'starts construction',
  then: eventOf(ProjectConstructionStarted, { projectId }),
  refusing: 'starting construction',
  refusals: [
    ['Negotiating', 'project-not-signed'],
    ['ConstructionStarted', 'construction-already-started'],
    ['ToppedOut', 'construction-already-started'],
    ['InProduction', 'construction-already-started'],
    ['Dropped', 'project-dropped'],
    ['Voided', 'project-voided'],
  ],
});
