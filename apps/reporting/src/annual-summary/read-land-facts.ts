import { idleLandCategoryNames, relocationStepNames, relocationSteps, type IdleLandCategory, type RelocationStep } from '@park-ledger/contracts';
import type { ExpansionPlanRow, IdleParcelRow, RelocationRow } from '@park-ledger/figures';
import { UNNAMED } from './park-names';
import type { LandFacts, Named } from './summary-facts';
import type { SummaryFigures } from './summary-figures';

export interface LandRows {
  readonly parcels: readonly IdleParcelRow[];
  readonly relocations: readonly RelocationRow[];
  readonly plans: readonly ExpansionPlanRow[];
}

const enterprise = (row: { enterpriseNameZh: string; enterpriseNameEn?: string }): Named => ({
  zh: row.enterpriseNameZh,
  en: row.enterpriseNameEn ?? row.enterpriseNameZh,
});
const inYear = (period: string | null | undefined, year: number) => period?.startsWith(`${year}-`) ?? false;
const uniqueNames = (names: Named[]) => [...new Map(names.map((n) => [n.zh, n])).values()];

/** Expansion, relocation and idle land: the figures of the year and the names the seed quotes with them. */
export async function readLandFacts(figures: SummaryFigures, rows: LandRows): Promise<LandFacts> {
  const { year } = figures;
  const lastMonth = figures.period.to;
  const totals = await figures.reports([
    'land.relocations-in-progress',
    'land.relocations-completed',
    'land.idle-commitments',
    'land.idle-fees-yuan',
    'land.idle-fee-parcels',
    'land.tax-arrears-yuan',
    'land.idle-identified-parcels',
    'land.idle-identified-area',
  ]);
  const byCategory = await figures.reports(['land.idle-reclaimed-parcels', 'land.idle-reclaimed-area'], ['category']);
  const steps = (await figures.reports(['land.relocation-steps-to-date'], ['step'])).get('land.relocation-steps-to-date')!;
  const plans = await figures.reports(
    ['land.expansion-tasks-pending', 'land.expansion-tasks-completed', 'land.expansion-approved-area', 'land.expansion-planned-area'],
    ['planId'],
  );
  const category = (dims: Readonly<Record<string, string | null>>) =>
    idleLandCategoryNames[dims['category'] as IdleLandCategory] ?? UNNAMED;
  const q = (name: string) => figures.quantity(totals.get(name)!);
  const running = rows.relocations.filter((r) => r.startedIn <= lastMonth && (r.completedIn === null || r.completedIn > lastMonth));

  return {
    expansion: rows.plans
      .filter((plan) => plan.listedIn <= lastMonth)
      .map((plan) => {
        const dims = { planId: plan.planId };
        return {
          name: { zh: plan.nameZh, en: plan.nameEn ?? plan.nameZh },
          listedBy: { zh: plan.listedByZh, en: plan.listedByEn ?? plan.listedByZh },
          // the figures' own values: the tasks pending at the year's end and those completed within it
          tasks: figures.part(plans.get('land.expansion-tasks-pending')!, dims),
          tasksCompleted: figures.part(plans.get('land.expansion-tasks-completed')!, dims),
          taskNames: plan.preparatoryTasks
            .filter((t) => !(plan.completedTasks[t.taskId] !== undefined && plan.completedTasks[t.taskId] <= lastMonth))
            .map((t) => ({ zh: t.nameZh, en: t.nameEn ?? t.nameZh })),
          approvedArea: figures.part(plans.get('land.expansion-approved-area')!, dims),
          plannedArea: figures.part(plans.get('land.expansion-planned-area')!, dims),
        };
      }),
    relocationsStarted: q('land.relocations-in-progress'),
    relocationsCompleted: q('land.relocations-completed'),
    identifiedParcels: q('land.idle-identified-parcels'),
    identifiedArea: q('land.idle-identified-area'),
    relocationEnterprises: running.map(enterprise),
    relocationSteps: figures
      .breakdown(steps, (dims) => relocationStepNames[dims['step'] as RelocationStep] ?? UNNAMED, relocationSteps, 'step')
      .parts,
    reclaimedParcels: figures.breakdown(byCategory.get('land.idle-reclaimed-parcels')!, category, ['supplied-unused', 'under-built'], 'category'),
    reclaimedArea: figures.breakdown(byCategory.get('land.idle-reclaimed-area')!, category, ['supplied-unused', 'under-built'], 'category'),
    commitments: q('land.idle-commitments'),
    commitmentEnterprises: uniqueNames(rows.parcels.filter((p) => inYear(p.commitment?.period, year)).map(enterprise)),
    feesYuan: q('land.idle-fees-yuan'),
    feeParcels: q('land.idle-fee-parcels'),
    feeEnterprises: uniqueNames(
      rows.parcels.filter((p) => Object.values(p.fees).some((fee) => fee.amountYuan > 0 && inYear(fee.period, year))).map(enterprise),
    ),
    taxArrearsYuan: q('land.tax-arrears-yuan'),
  };
}
