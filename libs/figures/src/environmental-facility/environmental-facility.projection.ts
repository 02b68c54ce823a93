import {
  EnvironmentalFacilityDetailsCorrected,
  environmentalFacilityEvents,
  EnvironmentalFacilityRegistered,
  type EnvironmentalFacilityEvent,
  type PayloadOf,
} from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, factIn, netted, restated } from '../contributions';

export type EnvironmentalFacilityRow = PayloadOf<typeof EnvironmentalFacilityRegistered> & {
  readonly registeredIn: string;
  /** Month each of its works was completed, by work id. */
  readonly completedWorks: Readonly<Record<string, string>>;
  readonly commissionedIn: string | null;
};

const evolve = (row: EnvironmentalFacilityRow | null, event: EnvironmentalFacilityEvent, month: string) => {
  if (event.type === 'EnvironmentalFacilityRegistered') {
    return { ...event.payload, registeredIn: month, completedWorks: {}, commissionedIn: null };
  }
  if (row === null) return null;
  switch (event.type) {
    case 'EnvironmentalFacilityDetailsCorrected':
      // the details as corrected: an optional one the correction leaves out is cleared
      return restated(row, event.payload, EnvironmentalFacilityDetailsCorrected);
    case 'EnvironmentalFacilityWorkCompleted': {
      const { workId } = event.payload;
      return { ...row, completedWorks: { ...row.completedWorks, [workId]: row.completedWorks[workId] ?? month } };
    }
    case 'EnvironmentalFacilityCommissioned':
      return { ...row, commissionedIn: row.commissionedIn ?? month };
    case 'EnvironmentalFacilityVoided':
      return null;
  }
};

/** Only works still on the facility's list count. */
const contributions = (row: EnvironmentalFacilityRow) => {
  const dims = { zoneId: row.zoneId, facilityId: row.facilityId };
  const completions = row.works.flatMap(({ workId }) => row.completedWorks[workId] ?? []);
  return netted([
    fact('safety.facility-works-pending', row.registeredIn, dims, row.works.length),
    ...completions.map((period) => fact('safety.facility-works-pending', period, dims, -1)),
    ...completions.map((period) => fact('safety.facility-works-completed', period, dims)),
    ...factIn(row.commissionedIn, 'safety.facilities-commissioned', dims),
  ]);
};

/** An environmental facility such as the salt-chemical wastewater plant: its works, then commissioning (正式运行). */
export const environmentalFacilityProjection = streamProjection<EnvironmentalFacilityRow, EnvironmentalFacilityEvent>(
  'environmental-facility',
  environmentalFacilityEvents,
  evolve,
  contributions,
);
