import { enOrdinal, monthPhrase, zhOrdinal } from '../number-format';
import { joined, paragraph, runs, type Paragraph, type Run } from '../summary-document';
import type { PlatformFacts, SiteFacts, WorkFacts } from '../summary-facts';
import type { WritingKit } from '../writing-kit';

const stagesDoneZh: Record<string, string> = {
  design: '正在进行设计',
  'drawing-review': '已完成设计，正在进行图审',
  budget: '已完成设计和图审，正在编制预算',
  tendering: '已完成设计、图审和预算，正在进行招投标',
  'under-construction': '正在施工',
  completed: '已竣工',
};
const stagesDoneEn: Record<string, string> = {
  design: 'is being designed',
  'drawing-review': 'has been designed and its drawings are under review',
  budget: 'has been designed and reviewed, and its budget is being drawn up',
  tendering: 'has been designed, reviewed and budgeted, and is now out to tender',
  'under-construction': 'is under construction',
  completed: 'has been completed',
};

/** The work's name with its site in front, unless the name already says it ("一期路网工程"). */
const siteAndName = (site: string, name: string, zh: boolean) =>
  !site || name.toLowerCase().includes(site.toLowerCase()) ? name : zh ? `${site}${name}` : `${site} ${name}`;

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A planned date: within the year by its month, in the next year as "明年N月", later only as "以后年度" — no date of another year is printed as a plan. */
function plannedWhen(k: WritingKit, date: string): string {
  const [year, month] = date.split('-').map(Number);
  const monthEn = MONTHS_EN[month - 1];
  if (year === k.year) return k.zh ? `${month}月份` : `in ${monthEn}`;
  if (year === k.year + 1) return k.zh ? `明年${month}月` : `in ${monthEn} next year`;
  return k.zh ? '以后年度' : 'in a later year';
}

function completionWhen(k: WritingKit, date: string): string {
  const [year, month] = date.split('-').map(Number);
  if (year === k.year && month === 12) return k.zh ? '年底前' : 'by the end of the year';
  return plannedWhen(k, date);
}

/** A planned date before the summarised year: the plan is reported as late, never as this year's plan. */
const isLate = (k: WritingKit, date: string) => Number(date.slice(0, 4)) < k.year;

/** "，预计年底前竣工" / "，原计划2014年12月竣工，尚未竣工" (and the same for the start of construction). */
function planClause(k: WritingKit, work: WorkFacts, building: boolean): string {
  if (building && work.expectedCompletionOn) {
    const date = work.expectedCompletionOn;
    if (isLate(k, date)) {
      return k.zh
        ? `，原计划${monthPhrase(date, k.year, 'zh')}竣工，尚未竣工`
        : `; it was planned to be completed in ${monthPhrase(date, k.year, 'en')} and is not yet complete`;
    }
    return k.zh ? `，预计${completionWhen(k, date)}竣工` : `, expected to be completed ${completionWhen(k, date)}`;
  }
  if (!building && work.stage !== 'completed' && work.expectedStartOn) {
    const date = work.expectedStartOn;
    if (isLate(k, date)) {
      return k.zh
        ? `，原计划${monthPhrase(date, k.year, 'zh')}开工建设，尚未开工`
        : `; construction was planned to start in ${monthPhrase(date, k.year, 'en')} and has not started yet`;
    }
    return k.zh ? `，预计${plannedWhen(k, date)}开工建设` : `, with construction expected to start ${plannedWhen(k, date)}`;
  }
  return '';
}

function workClause(k: WritingKit, site: string, work: WorkFacts): Run[] {
  const name = siteAndName(site, k.name(work.name), k.zh);
  const building = work.stage === 'under-construction';
  const progressed = building && work.progress.value > 0;
  const state: Run[] = progressed
    ? k.zh
      ? runs`已完成总工程量的${k.n(work.progress)}`
      : runs`${k.n(work.progress)} of the work done`
    : runs`${(k.zh ? stagesDoneZh : stagesDoneEn)[work.stage] ?? work.stage}`;
  const expected = planClause(k, work, building);
  return k.zh ? runs`${name}${state}${expected}` : progressed ? runs`${name}: ${state}${expected}` : runs`${name} ${state}${expected}`;
}

function projectsClause(k: WritingKit, site: SiteFacts, prefix: string): Run[] {
  const parts: Run[][] = [];
  const { signedToDate, toppedOutToDate, startedToDate, negotiating } = site;
  if (signedToDate.value > 0) parts.push(k.zh ? runs`已签约落户项目${k.n(signedToDate)}个` : runs`${k.n(signedToDate)} ${k.noun(signedToDate, 'project', 'projects')} signed and settled`);
  if (startedToDate.value > 0) parts.push(k.zh ? runs`开工建设${k.n(startedToDate)}个` : runs`${k.n(startedToDate)} started construction`);
  if (toppedOutToDate.value > 0) parts.push(k.zh ? runs`${k.n(toppedOutToDate)}个已封顶` : runs`${k.n(toppedOutToDate)} topped out`);
  if (negotiating.value > 0) parts.push(k.zh ? runs`正在跟踪洽谈项目${k.n(negotiating)}个` : runs`${k.n(negotiating)} under negotiation`);
  if (parts.length === 0) return [];
  const list = joined(parts, k.zh ? '，' : ', ');
  if (!prefix) return list;
  return k.zh ? runs`${prefix}${list}` : runs`${prefix}: ${list}`;
}

function siteClauses(k: WritingKit, site: SiteFacts, name: string): Run[][] {
  const works = site.works.map((work) => workClause(k, name, work));
  const projects = projectsClause(k, site, works.length > 0 && k.zh ? '' : name);
  return projects.length > 0 ? [...works, projects] : works;
}

/**
 * The platform's own site (works and projects without a phase) is named after the platform when its phases or
 * sub-platforms are told beside it, so no entry of the list is nameless ("医药物流园已签约落户项目1个；二期…").
 */
function platformClauses(k: WritingKit, platform: PlatformFacts): Run[][] {
  const told = platform.sites.map((site) => ({ site, clauses: siteClauses(k, site, k.name(site.name)) }));
  const others = told.filter(({ site, clauses }) => k.name(site.name) !== '' && clauses.length > 0).length;
  return told.flatMap(({ site, clauses }) =>
    k.name(site.name) === '' && others > 0 ? siteClauses(k, site, k.name(platform.name)) : clauses,
  );
}

/** "一是推进医药物流园建设。一期路网工程已完成总工程量的70%，预计年底前竣工；…已签约落户项目10个，…" */
export function platformParagraphs(k: WritingKit, platforms: readonly PlatformFacts[]): Paragraph[] {
  const described = platforms
    .map((platform) => ({ platform, clauses: platformClauses(k, platform) }))
    .filter(({ clauses }) => clauses.length > 0);
  if (described.length === 0) return [k.none()];
  return described.map(({ platform, clauses }, i) => {
    const name = k.name(platform.name);
    const lead = k.zh ? `${zhOrdinal(i)}是推进${name}建设。` : `${enOrdinal(i)}, ${name}. `;
    const body = joined(clauses, k.zh ? '；' : '; ');
    return paragraph(k.zh ? runs`${body}。` : runs`${capitalised(body)}.`, lead);
  });
}

const capitalised = (body: Run[]): Run[] => {
  const [first, ...rest] = body;
  if (first?.kind !== 'text') return body;
  return [{ kind: 'text', text: first.text.charAt(0).toUpperCase() + first.text.slice(1) }, ...rest];
};
