/**
 * Everything the annual summary states, as plain data: built from the read models by
 * read-summary-facts.ts, written into prose by write-summary.ts. Every quantity carries the
 * drill-down link listing the events behind it.
 */
export type Unit = 'count' | 'yuan' | 'centi-mu' | 'centi-hectare' | 'percent';

export interface Quantity {
  readonly figure: string;
  readonly value: number;
  readonly unit: Unit;
  readonly link: string;
}

/** A quantity beside the same quantity a year earlier. */
export interface Compared extends Quantity {
  readonly previous: Quantity;
}

export interface Named {
  readonly zh: string;
  readonly en: string;
}

export interface Part {
  readonly name: Named;
  readonly quantity: Quantity;
}

/** Parts of a figure; their sum is the total printed, `total` carries the link for the whole. */
export interface Breakdown {
  readonly total: Quantity;
  readonly parts: readonly Part[];
}

export interface Milestone {
  readonly kind: string;
  readonly title: Named;
  readonly date: string;
  readonly rank?: number;
  readonly previousRank?: number;
  /** the events of the milestones of its kind this year */
  readonly link: string;
}

export interface WorkFacts {
  readonly name: Named;
  /** stage at the year's end: design, drawing-review, budget, tendering, under-construction, completed */
  readonly stage: string;
  readonly progress: Quantity;
  readonly expectedStartOn?: string;
  readonly expectedCompletionOn?: string;
}

/** One platform, or one phase of it: its works and its projects to date. */
export interface SiteFacts {
  readonly name: Named;
  readonly works: readonly WorkFacts[];
  readonly signedToDate: Quantity;
  readonly startedToDate: Quantity;
  readonly toppedOutToDate: Quantity;
  readonly negotiating: Quantity;
}

export interface PlatformFacts {
  readonly name: Named;
  /** the platform itself (works and projects without a phase), then its phases, then its sub-platforms */
  readonly sites: readonly SiteFacts[];
}

export interface ExpansionFacts {
  readonly name: Named;
  readonly listedBy: Named;
  /** tasks pending at the year's end (land.expansion-tasks-pending, a stock) */
  readonly tasks: Quantity;
  /** tasks completed within the year (land.expansion-tasks-completed, a flow) */
  readonly tasksCompleted: Quantity;
  /** the names of the tasks pending at the year's end */
  readonly taskNames: readonly Named[];
  readonly approvedArea: Quantity;
  readonly plannedArea: Quantity;
}

export interface LandFacts {
  readonly expansion: readonly ExpansionFacts[];
  readonly relocationsStarted: Quantity;
  /** relocations completed in the year (land.relocations-completed): no longer under way, still the year's work */
  readonly relocationsCompleted: Quantity;
  readonly relocationEnterprises: readonly Named[];
  /** relocations past each step, by the year's end */
  readonly relocationSteps: readonly Part[];
  readonly identifiedParcels: Quantity;
  readonly identifiedArea: Quantity;
  /** by category; parcels and area list the same categories in the same order */
  readonly reclaimedParcels: Breakdown;
  readonly reclaimedArea: Breakdown;
  readonly commitments: Quantity;
  readonly commitmentEnterprises: readonly Named[];
  readonly feesYuan: Quantity;
  readonly feeParcels: Quantity;
  readonly feeEnterprises: readonly Named[];
  readonly taxArrearsYuan: Quantity;
}

export interface FacilityFacts {
  readonly name: Named;
  readonly works: readonly Named[];
  readonly worksCompleted: Quantity;
  readonly commissioned: Quantity;
  readonly commissionedIn: string | null;
}

export interface SafetyFacts {
  readonly facilities: readonly FacilityFacts[];
  readonly reminders: Breakdown;
  /** zones where banners were put up */
  readonly bannerZones: readonly Named[];
  readonly inspections: Breakdown;
  readonly stopProductionOrders: Quantity;
  /** 严整改 beyond the stop-production orders: hazards found, rectification ordered and verified, penalties (and their yuan) in the year */
  readonly hazards: Quantity;
  readonly rectificationOrders: Quantity;
  readonly rectificationsVerified: Quantity;
  readonly penalties: Quantity;
  readonly penaltiesYuan: Quantity;
  /** incidents and accidents reported in the year (told when none was handled in it) */
  readonly incidentsReported: Quantity;
  readonly accidentsReported: Quantity;
  readonly stopProductionEnterprises: readonly Named[];
  /** incidents handled in the year (safety.pollution-incidents-handled), beside last year's */
  readonly pollutionIncidents: Compared;
  readonly pollutionCompensation: Compared;
  /** accidents handled in the year (safety.accidents-handled) */
  readonly accidents: Quantity;
  /** accidents of the year whose handling left a major negative impact (counted in the accident's month) */
  readonly accidentsMajorImpact: Quantity;
}

export interface SummaryFacts {
  readonly year: number;
  readonly asOf: string | null;
  /** the park's zones, for readers of the facts (the dashboard) that name figures broken down by zone */
  readonly zones: readonly { readonly id: string; readonly name: Named }[];
  readonly economy: {
    readonly revenue: Compared;
    readonly addedValue: Compared;
    readonly taxes: Compared;
  };
  readonly rankings: readonly Milestone[];
  readonly platforms: readonly PlatformFacts[];
  readonly land: LandFacts;
  readonly funding: {
    readonly granted: Quantity;
    readonly grantedYuan: Quantity;
    readonly grantedTitles: readonly Named[];
    readonly pending: Quantity;
    readonly pendingTitles: readonly Named[];
    readonly rejected: Quantity;
    readonly rejectedTitles: readonly Named[];
  };
  readonly signedByZone: Breakdown;
  readonly negotiatingBySite: Breakdown;
  readonly milestones: readonly Milestone[];
  readonly safety: SafetyFacts;
  /** every figure of the catalogue with a total, for the year (by its catalogue label): the summary's closing table */
  readonly table: readonly Part[];
}
