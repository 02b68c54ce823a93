import type { ServiceDescription } from '@park-ledger/platform';

/** The projects service as main.ts starts it and the HTTP tests run it in-process. */
export const projectsService: ServiceDescription = {
  service: 'projects',
  title: 'park-ledger Projects & investment service',
  description:
    'Commands and records of the projects department (项目办): the park registry of zones, platforms and phases, ' +
    'investment projects from lead to production, infrastructure works, funding applications, enterprises’ ' +
    'monthly economic returns and the park’s milestones. Every change is an event on park.projects.events.',
  // a bulk submission carries up to 1,000 monthly returns
  bodyLimit: '2mb',
  module: () => import('./app.module').then((m) => m.AppModule),
};
