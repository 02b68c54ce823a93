import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const lead = {
  projectId: 'P-17',
  nameZh: '某医药项目',
  zoneId: 'fucheng',
  platformId: 'pharma-startup-park',
  phaseId: 'phase-2',
  industry: 'pharma',
  investorNameZh: '某药业',
  plannedInvestmentYuan: 300_000_000,
};

/** Registered in Dec 2013, signed Mar 2014, started May, topped out Oct, in production Feb 2015. */
export const projectThroughProduction = (): EventEnvelope[] => {
  const project = streamOf('project-P-17', 'projects');
  return [
    project('ProjectLeadRegistered', lead, '2013-12-10T09:00:00+08:00'),
    project('ProjectSigned', { projectId: 'P-17' }, '2014-03-05T09:00:00+08:00'),
    project('ProjectConstructionStarted', { projectId: 'P-17' }, '2014-05-20T09:00:00+08:00'),
    project('ProjectToppedOut', { projectId: 'P-17' }, '2014-10-08T09:00:00+08:00'),
    project('ProjectProductionStarted', { projectId: 'P-17' }, '2015-02-01T09:00:00+08:00'),
  ];
};

/** Registered Jan 2014, signed Apr 2014, dropped Sep 2014. */
export const projectDroppedAfterSigning = (): EventEnvelope[] => {
  const project = streamOf('project-P-18', 'projects');
  return [
    project('ProjectLeadRegistered', { ...lead, projectId: 'P-18', phaseId: undefined }, '2014-01-15T09:00:00+08:00'),
    project('ProjectSigned', { projectId: 'P-18' }, '2014-04-01T09:00:00+08:00'),
    project('ProjectDropped', { projectId: 'P-18', reason: 'investor withdrew' }, '2014-09-01T09:00:00+08:00'),
  ];
};

export const projectHistories = [projectThroughProduction(), projectDroppedAfterSigning()];
