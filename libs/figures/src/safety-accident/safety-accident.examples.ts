import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const accident = { accidentId: 'A-1', zoneId: 'chengbei', severity: 'ordinary', descriptionZh: '机械伤害' };

/** An ordinary accident in Jun 2014, handled in Jul without major negative impact. */
export const accidentHandled = (): EventEnvelope[] => {
  const safety = streamOf('safety-accident-A-1', 'safety');
  return [
    safety('SafetyAccidentReported', accident, '2014-06-20T09:00:00+08:00'),
    safety('SafetyAccidentHandled', { accidentId: 'A-1', majorNegativeImpact: false }, '2014-07-02T09:00:00+08:00'),
  ];
};

/** A serious accident in Sep 2014 whose handling left a major negative impact. */
export const accidentWithMajorImpact = (): EventEnvelope[] => {
  const safety = streamOf('safety-accident-A-2', 'safety');
  return [
    safety('SafetyAccidentReported', { ...accident, accidentId: 'A-2', severity: 'serious' }, '2014-09-20T09:00:00+08:00'),
    safety('SafetyAccidentHandled', { accidentId: 'A-2', majorNegativeImpact: true }, '2014-10-02T09:00:00+08:00'),
  ];
};

export const safetyAccidentHistories = [accidentHandled(), accidentWithMajorImpact()];
