import { reminderChannelNames, reminderChannels, type ReminderChannel } from '@park-ledger/contracts';
import type { EnvironmentalFacilityRow, HazardRow } from '@park-ledger/figures';
import { UNNAMED, type ParkNames } from './park-names';
import type { Named, SafetyFacts } from './summary-facts';
import type { SummaryFigures } from './summary-figures';

export interface SafetyRows {
  readonly hazards: readonly HazardRow[];
  readonly facilities: readonly EnvironmentalFacilityRow[];
}

const inspectionNames: Record<string, Named> = {
  'weekly-small': { zh: '每周小查', en: 'weekly small inspections' },
  'fortnightly-large': { zh: '半月大查', en: 'fortnightly large inspections' },
};

const inYear = (period: string | null | undefined, year: number) => period?.startsWith(`${year}-`) ?? false;

/** Facilities, reminders, inspections, stop-production orders, incidents and accidents of the year. */
export async function readSafetyFacts(figures: SummaryFigures, names: ParkNames, rows: SafetyRows): Promise<SafetyFacts> {
  const { year } = figures;
  const totals = await figures.reports([
    'safety.stop-production-orders',
    'safety.hazards',
    'safety.rectification-orders',
    'safety.rectifications-verified',
    'safety.penalties',
    'safety.penalties-yuan',
    'safety.pollution-incidents',
    'safety.accidents',
    'safety.pollution-incidents-handled',
    'safety.pollution-compensation-yuan',
    'safety.accidents-handled',
    'safety.accidents-major-impact',
  ]);
  const reminders = (await figures.reports(['safety.reminders'], ['channel'])).get('safety.reminders')!;
  const remindersByZone = (await figures.reports(['safety.reminders'], ['channel', 'zoneId'])).get('safety.reminders')!;
  const inspections = (await figures.reports(['safety.inspections'], ['kind'])).get('safety.inspections')!;
  const facilities = await figures.reports(['safety.facility-works-completed', 'safety.facilities-commissioned'], ['facilityId']);
  const q = (name: string) => figures.quantity(totals.get(name)!);

  const active = rows.facilities.filter(
    (f) => inYear(f.commissionedIn, year) || Object.values(f.completedWorks).some((month) => inYear(month, year)),
  );
  const stopped = rows.hazards.filter((h) => h.order?.stopProduction && inYear(h.order.period, year));
  return {
    facilities: active.map((f) => ({
      name: { zh: f.nameZh, en: f.nameEn ?? f.nameZh },
      // "认真抓好了…等N项工作": the works completed in the year, the N the sentence links
      works: f.works.filter((w) => inYear(f.completedWorks[w.workId], year)).map((w) => ({ zh: w.nameZh, en: w.nameEn ?? w.nameZh })),
      worksCompleted: figures.part(facilities.get('safety.facility-works-completed')!, { facilityId: f.facilityId }),
      commissioned: figures.part(facilities.get('safety.facilities-commissioned')!, { facilityId: f.facilityId }),
      commissionedIn: inYear(f.commissionedIn, year) ? f.commissionedIn : null,
    })),
    reminders: figures.breakdown(
      reminders,
      (dims) => reminderChannelNames[dims['channel'] as ReminderChannel] ?? UNNAMED,
      reminderChannels,
      'channel',
    ),
    bannerZones: (remindersByZone.breakdown ?? [])
      .filter((p) => p.dims['channel'] === 'banner' && p.value > 0)
      .map((p) => names.zone(p.dims['zoneId'] ?? null)),
    inspections: figures.breakdown(inspections, (dims) => inspectionNames[dims['kind'] ?? ''] ?? UNNAMED, Object.keys(inspectionNames), 'kind'),
    stopProductionOrders: q('safety.stop-production-orders'),
    hazards: q('safety.hazards'),
    rectificationOrders: q('safety.rectification-orders'),
    rectificationsVerified: q('safety.rectifications-verified'),
    penalties: q('safety.penalties'),
    penaltiesYuan: q('safety.penalties-yuan'),
    incidentsReported: q('safety.pollution-incidents'),
    accidentsReported: q('safety.accidents'),
    stopProductionEnterprises: [...new Map(stopped.map((h) => [h.enterpriseNameZh, { zh: h.enterpriseNameZh, en: h.enterpriseNameEn ?? h.enterpriseNameZh }])).values()],
    // "园区共处理涉污事件12起": the incidents handled in the year, the figure the sentence links
    pollutionIncidents: figures.compared(totals.get('safety.pollution-incidents-handled')!),
    pollutionCompensation: figures.compared(totals.get('safety.pollution-compensation-yuan')!),
    // "处理安全事故8起": the accidents handled in the year, the figure the sentence links
    accidents: q('safety.accidents-handled'),
    accidentsMajorImpact: q('safety.accidents-major-impact'),
  };
}

