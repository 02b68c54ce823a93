// Everything the seed states for 2014 (and for 2013 where it compares), as the records the
// departments submit. Waves run one after another: the park registry first, since projects,
// works and returns must name registered zones, platforms and phases; the corrections made in
// January 2015 come last (with the one December return filed late), so record times before them
// show what was known until then.
import type { DemoRecord } from './demo-record';
import { registryRecords } from './park';
import { economicReturnRecords, lateReturnRecords } from './year-2014/economic-returns';
import { fundingRecords, milestoneRecords } from './year-2014/funding-and-milestones';
import { infrastructureWorkRecords } from './year-2014/infrastructure-works';
import { investmentProjectRecords } from './year-2014/investment-projects';
import { landRecords } from './year-2014/land';
import { officeCalendarRecords } from './year-2014/office-calendar';
import { correctionRecords, safetyIncidentRecords } from './year-2014/safety-incidents';
import { safetyRoutineRecords } from './year-2014/safety-routines';
import { safetyTallyRecords } from './year-2014/safety-tallies';

export const demoWaves = (): DemoRecord[][] => [
  registryRecords(),
  [
    ...investmentProjectRecords(),
    ...infrastructureWorkRecords(),
    ...fundingRecords(),
    ...milestoneRecords(),
    ...economicReturnRecords(),
    ...landRecords(),
    ...safetyRoutineRecords(),
    ...safetyIncidentRecords(),
    ...officeCalendarRecords(),
    ...safetyTallyRecords(),
  ],
  [...correctionRecords(), ...lateReturnRecords()],
];
