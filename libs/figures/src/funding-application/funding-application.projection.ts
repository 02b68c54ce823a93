import {
  fundingApplicationEvents,
  FundingApplicationFiled,
  type DomainEventOf,
  type fundingOutcomes,
  type PayloadOf,
} from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, factIn, netted, span, withoutReason } from '../contributions';

type FundingApplicationEvent = DomainEventOf<(typeof fundingApplicationEvents)[number]>;
type Outcome = (typeof fundingOutcomes)[number];

export type FundingApplicationRow = PayloadOf<typeof FundingApplicationFiled> & {
  readonly outcome: Outcome;
  readonly filedIn: string;
  /** Business month of the grant or rejection; null while pending. */
  readonly decidedIn: string | null;
  readonly grantedAmountYuan: number | null;
};

const decide = (row: FundingApplicationRow, outcome: Outcome, amount: number | null, month: string) => ({
  ...row,
  outcome,
  decidedIn: outcome === 'pending' ? null : (row.decidedIn ?? month),
  grantedAmountYuan: outcome === 'granted' ? amount : null,
});

const evolve = (row: FundingApplicationRow | null, event: FundingApplicationEvent, month: string) => {
  if (event.type === 'FundingApplicationFiled') {
    return { ...event.payload, outcome: 'pending' as const, filedIn: month, decidedIn: null, grantedAmountYuan: null };
  }
  if (row === null) return null;
  switch (event.type) {
    case 'FundingApplicationGranted':
      return decide(row, 'granted', event.payload.amountYuan, month);
    case 'FundingApplicationRejected':
      return decide(row, 'rejected', null, month);
    case 'FundingApplicationCorrected': {
      const { outcome, grantedAmountYuan, ...details } = withoutReason(event.payload);
      return decide({ ...row, ...details }, outcome, grantedAmountYuan ?? null, month);
    }
    case 'FundingApplicationVoided':
      return null;
  }
};

const contributions = (row: FundingApplicationRow) => {
  const granted = row.outcome === 'granted' ? row.decidedIn : null;
  return netted([
    fact('funding.filed', row.filedIn, {}),
    ...span('funding.pending', {}, row.filedIn, row.decidedIn),
    ...factIn(granted, 'funding.granted', {}),
    ...factIn(granted, 'funding.granted-yuan', {}, row.grantedAmountYuan ?? 0),
    ...factIn(row.outcome === 'rejected' ? row.decidedIn : null, 'funding.rejected', {}),
  ]);
};

/** An application for funds from higher government (跑项争资): filed, then granted or rejected. */
export const fundingApplicationProjection = streamProjection<FundingApplicationRow, FundingApplicationEvent>(
  'funding-application',
  fundingApplicationEvents,
  evolve,
  contributions,
);
