import { milestoneEvents, MilestoneRecorded, type DomainEventOf, type PayloadOf } from '@park-ledger/contracts';
import { monthOfDate } from '../business-month';
import { streamProjection } from '../record-projection';
import { fact, withoutReason } from '../contributions';

type MilestoneEvent = DomainEventOf<(typeof milestoneEvents)[number]>;

/** A designation, exhibition or ranking; its row carries the titles and ranks the summary quotes. */
export type MilestoneRow = PayloadOf<typeof MilestoneRecorded>;

const evolve = (row: MilestoneRow | null, event: MilestoneEvent): MilestoneRow | null => {
  switch (event.type) {
    case 'MilestoneRecorded':
      return event.payload;
    case 'MilestoneCorrected':
      return row === null ? null : withoutReason(event.payload);
    case 'MilestoneVoided':
      return null;
  }
};

/** Counted in the month of the milestone's own date, which a correction may move. */
const contributions = (row: MilestoneRow) => [
  fact('milestones.recorded', monthOfDate(row.date), {
    kind: row.kind,
    zoneId: row.zoneId,
    platformId: row.platformId,
    industry: row.industry,
  }),
];

export const milestoneProjection = streamProjection<MilestoneRow, MilestoneEvent>('milestone', milestoneEvents, evolve, contributions);
