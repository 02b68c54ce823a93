import { eventOf, relocationSteps, RelocationStarted, RelocationStepCompleted } from '@park-ledger/contracts';

/** One of the seed's three: 赣中氯碱, with inventory and appraisal done. */
export const relocationStarted = eventOf(RelocationStarted, {
  relocationId: 'ganzhong-chlor-alkali',
  enterpriseNameZh: '赣中氯碱',
  enterpriseNameEn: 'Ganzhong Chlor-Alkali',
});

export const stepCompleted = (step: (typeof relocationSteps)[number]) =>
  eventOf(RelocationStepCompleted, { relocationId: 'ganzhong-chlor-alkali', step });

export const allStepsCompleted = relocationSteps.map(stepCompleted);

export const at = '2014-07-10T10:00:00+08:00';
