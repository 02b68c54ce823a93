import type { FigureReport } from '../figures/figure-report';
import type { InfrastructureWorkRow } from '@park-ledger/figures';
import type { ParkNames, PlatformNode } from './park-names';
import type { Breakdown, PlatformFacts, SiteFacts, WorkFacts } from './summary-facts';
import type { SummaryFigures } from './summary-figures';

const PROJECT_STOCKS = ['projects.signed-to-date', 'projects.started-to-date', 'projects.topped-out-to-date', 'projects.negotiating'];
const NO_NAME = { zh: '', en: '' };

/** The stage a work had reached by the end of the year; null if it was not registered yet. */
const stageAt = (work: InfrastructureWorkRow, lastMonth: string) =>
  [...work.stages].reverse().find((entry) => entry.since <= lastMonth)?.stage ?? null;

/** The platforms' paragraphs: each top-level platform with its phases and sub-platforms, works and projects to date. */
export async function readPlatformFacts(
  figures: SummaryFigures,
  names: ParkNames,
  works: readonly InfrastructureWorkRow[],
): Promise<{ platforms: PlatformFacts[]; negotiatingBySite: Breakdown }> {
  const stocks = await figures.reports(PROJECT_STOCKS, ['platformId', 'phaseId']);
  const progress = (await figures.reports(['infrastructure.progress-percent'], ['workId'])).get('infrastructure.progress-percent')!;
  const lastMonth = figures.period.to;

  const workFacts = (platformId: string, phaseId: string | null): WorkFacts[] =>
    works
      .filter((w) => w.platformId === platformId && (w.phaseId ?? null) === phaseId)
      .flatMap((w) => {
        const stage = stageAt(w, lastMonth);
        if (stage === null) return [];
        return [{
          name: { zh: w.nameZh, en: w.nameEn ?? w.nameZh },
          stage,
          progress: figures.part(progress, { workId: w.workId }),
          expectedStartOn: w.expectedStartOn,
          expectedCompletionOn: w.expectedCompletionOn,
        }];
      });

  const count = (figure: string, platformId: string, phaseId: string | null) =>
    figures.part(stocks.get(figure)!, { platformId, phaseId });

  const site = (platform: PlatformNode, phaseId: string | null, name = NO_NAME): SiteFacts => ({
    name,
    works: workFacts(platform.id, phaseId),
    signedToDate: count('projects.signed-to-date', platform.id, phaseId),
    startedToDate: count('projects.started-to-date', platform.id, phaseId),
    toppedOutToDate: count('projects.topped-out-to-date', platform.id, phaseId),
    negotiating: count('projects.negotiating', platform.id, phaseId),
  });

  const platforms = names.platforms
    .filter((p) => p.parentId === undefined)
    .map((platform) => ({
      name: platform.name,
      sites: [
        site(platform, null),
        ...platform.phases.map((phase) => site(platform, phase.id, phase.name)),
        ...names.children(platform.id).flatMap((child) => [
          site(child, null, child.name),
          ...child.phases.map((phase) => site(child, phase.id, { zh: `${child.name.zh}${phase.name.zh}`, en: `${child.name.en} ${phase.name.en}` })),
        ]),
      ],
    }));
  const negotiating = stocks.get('projects.negotiating')! as FigureReport;
  return {
    platforms,
    negotiatingBySite: figures.breakdown(negotiating, (dims) => names.site(dims['platformId'] ?? null, dims['phaseId'] ?? null)),
  };
}
