import { enOrdinal, zhOrdinal } from '../number-format';
import { joined, paragraph, runs, type Paragraph, type Run } from '../summary-document';
import type { ExpansionFacts, LandFacts, Named } from '../summary-facts';
import { totalOf, type WritingKit } from '../writing-kit';

const inParens = (names: string) => (names ? ` (${names})` : '');

/** At most `shown` names, then 等 (and others) when the count is more than are named: "俞氏、恒辉等". */
const someNames = (k: WritingKit, names: readonly Named[], shown: number, count: number): string => {
  const named = names.slice(0, shown);
  const more = count > named.length;
  if (named.length === 0) return '';
  if (k.zh) return `${named.map((n) => k.name(n)).join('、')}${more ? '等' : ''}`;
  return more ? `${named.map((n) => k.name(n)).join(', ')} and others` : k.names(named);
};

/**
 * "已争取列入了…，正在牵头进行…等6项前期工作，今年完成5项。工作完成后，…": the tasks still pending at the year's
 * end and those completed within it, each the value of its own figure (no count of the writer's own).
 */
function expansion(k: WritingKit, plan: ExpansionFacts): Run[] {
  const { tasks: pending, tasksCompleted: completed, approvedArea, plannedArea } = plan;
  const tasks = someNames(k, plan.taskNames, 3, pending.value);
  const name = k.name(plan.name);
  const clauses: Run[][] = [k.zh ? runs`已争取列入了${name}` : runs`The park is listed in the ${name}`];
  if (pending.value > 0) {
    clauses.push(
      k.zh
        ? runs`正在牵头进行${tasks}${tasks !== '' && plan.taskNames.length <= 3 && plan.taskNames.length >= pending.value ? '共' : ''}${k.n(pending)}项前期工作`
        : runs`${k.n(pending)} preparatory ${k.noun(pending, 'task is', 'tasks are')} under way${inParens(tasks)}`,
    );
  }
  if (completed.value > 0) {
    clauses.push(
      k.zh ? runs`今年完成${k.n(completed)}项` : runs`${k.n(completed)} ${k.noun(completed, 'was', 'were')} completed this year`,
    );
  }
  const head = joined(clauses, k.zh ? '，' : '; ');
  if (approvedArea.value === 0 || plannedArea.value <= approvedArea.value) return head;
  return k.zh
    ? runs`${head}。工作完成后，园区核准面积可由${k.n(approvedArea)}增至${k.n(plannedArea)}`
    : runs`${head}. Once the work is complete, the park's approved area can grow from ${k.n(approvedArea)} to ${k.n(plannedArea)}`;
}

/** "今年已有N家企业完成搬迁": relocations completed in the year, no longer counted as under way. */
function relocationsCompleted(k: WritingKit, land: LandFacts): Run[] {
  const completed = land.relocationsCompleted;
  if (completed.value === 0) return [];
  return k.zh
    ? runs`今年已有${k.n(completed)}家企业完成搬迁`
    : runs`${k.n(completed)} ${k.noun(completed, 'enterprise', 'enterprises')} completed the move this year`;
}

function relocations(k: WritingKit, land: LandFacts): Run[] {
  const under = relocationsUnderWay(k, land);
  const completed = relocationsCompleted(k, land);
  return joined([under, completed].filter((r) => r.length > 0), k.zh ? '。' : '. ');
}

function relocationsUnderWay(k: WritingKit, land: LandFacts): Run[] {
  const { relocationsStarted: started, relocationEnterprises: enterprises, relocationSteps: steps } = land;
  if (started.value === 0) return [];
  const names = someNames(k, enterprises, 5, started.value);
  const head = k.zh
    ? runs`先后启动${names}${k.n(started)}家企业的“退城进园”工作`
    : runs`Relocation into the park is under way for ${k.n(started)} ${k.noun(started, 'enterprise', 'enterprises')}${inParens(names)}`;
  const done = steps.filter((step) => step.quantity.value > 0);
  if (done.length === 0) return head;
  const allSame = done.every((step) => step.quantity.value === started.value);
  if (allSame) {
    const stepNames = k.names(done.map((s) => s.name));
    return k.zh
      ? runs`${head}。目前，${k.n(done[0].quantity)}家企业${started.value > 1 ? '均' : ''}已完成了${stepNames}等工作`
      : runs`${head}. All ${k.n(done[0].quantity)} have completed ${stepNames}`;
  }
  const each = joined(
    done.map((s) => (k.zh ? runs`${k.n(s.quantity)}家完成了${k.name(s.name)}` : runs`${k.n(s.quantity)} completed ${k.name(s.name)}`)),
    k.zh ? '，' : ', ',
  );
  return k.zh ? runs`${head}。目前，${each}` : runs`${head}. So far ${each}`;
}

function identified(k: WritingKit, land: LandFacts): Run[] {
  const { identifiedParcels: parcels, identifiedArea: area } = land;
  if (parcels.value === 0 && area.value === 0) return [];
  const zhParcels = parcels.value > 0 ? runs`${k.n(parcels)}宗` : [];
  const zhArea = area.value > 0 ? runs`${parcels.value > 0 ? '，' : ''}面积${k.n(area)}` : [];
  const enParcels = parcels.value > 0 ? runs`${k.n(parcels)} idle ${k.noun(parcels, 'parcel was', 'parcels were')} identified` : runs`Idle land was identified`;
  const enArea = area.value > 0 ? runs`, ${k.n(area)} in all` : [];
  return k.zh ? runs`认定闲置土地${zhParcels}${zhArea}` : runs`${enParcels}${enArea}`;
}

function reclaimed(k: WritingKit, land: LandFacts): Run[] {
  const { reclaimedParcels, reclaimedArea } = land;
  if (reclaimedArea.parts.length === 0) return [];
  const byCategory = joined(
    reclaimedArea.parts.map((area, i) => {
      const parcels = reclaimedParcels.parts.find((p) => p.name.zh === area.name.zh)?.quantity;
      const cat = k.name(area.name);
      if (!k.zh) return runs`${parcels ? runs`${k.n(parcels)} ${k.noun(parcels, 'parcel', 'parcels')} ` : ''}${cat}, ${k.n(area.quantity)}`;
      const verb = i === 0 ? `依法收回${cat}土地` : `收回${cat}闲置土地`;
      return runs`${verb}${parcels ? runs`${k.n(parcels)}宗，` : ''}面积${k.n(area.quantity)}`;
    }),
    k.zh ? '，' : '; ',
  );
  const total = k.n(totalOf(reclaimedArea));
  return k.zh
    ? runs`共清理闲置工业用地${total}，其中${byCategory}`
    : runs`${total} of idle industrial land was cleaned up, reclaimed by law: ${byCategory}`;
}

/** What followed the idle land: commitments, fees, tax arrears; the subject of each clause is stated in it. */
function idleFollowUp(k: WritingKit, land: LandFacts): Run[][] {
  const follow: Run[][] = [];
  const { commitments, commitmentEnterprises, feesYuan, feeParcels, feeEnterprises, taxArrearsYuan } = land;
  if (commitments.value > 0) {
    const names = someNames(k, commitmentEnterprises, 2, commitments.value);
    follow.push(
      k.zh
        ? runs`督促${names}${k.n(commitments)}家企业上交了整改承诺书`
        : runs`${k.n(commitments)} ${k.noun(commitments, 'enterprise', 'enterprises')}${inParens(names)} handed in rectification commitments`,
    );
  }
  if (feesYuan.value > 0) {
    const names = someNames(k, feeEnterprises, 2, feeParcels.value);
    const from = feeParcels.value > 0;
    follow.push(
      k.zh
        ? from
          ? runs`已收缴${names}${k.n(feeParcels)}家企业闲置土地费${k.n(feesYuan)}`
          : runs`已收缴闲置土地费${k.n(feesYuan)}`
        : from
          ? runs`idle-land fees of ${k.n(feesYuan)} were collected from ${k.n(feeParcels)} ${k.noun(feeParcels, 'enterprise', 'enterprises')}${inParens(names)}`
          : runs`idle-land fees of ${k.n(feesYuan)} were collected`,
    );
  }
  if (taxArrearsYuan.value > 0) {
    follow.push(k.zh ? runs`清缴拖欠土地使用税${k.n(taxArrearsYuan)}` : runs`land-use tax arrears of ${k.n(taxArrearsYuan)} were collected`);
  }
  return follow;
}

/**
 * "共清理闲置工业用地…。同时，督促…": "同时"/"Also" only after a sentence that states the subject; when nothing was
 * reclaimed the follow-up stands on its own (the dangling "同时，…" of a year without reclaimed land).
 */
function idleLand(k: WritingKit, land: LandFacts): Run[] {
  const lead = [identified(k, land), reclaimed(k, land)].filter((r) => r.length > 0);
  const follow = idleFollowUp(k, land);
  const sentences = [...lead];
  if (follow.length > 0) {
    const clauses = joined(follow, k.zh ? '，' : '; ');
    if (lead.length > 0) sentences.push(k.zh ? runs`同时，${clauses}` : runs`Also, ${clauses}`);
    else sentences.push(k.zh ? clauses : capitalised(clauses));
  }
  return joined(sentences, k.zh ? '。' : '. ');
}

const capitalised = (body: Run[]): Run[] => {
  const [first, ...rest] = body;
  if (first?.kind !== 'text') return body;
  return [{ kind: 'text', text: first.text.charAt(0).toUpperCase() + first.text.slice(1) }, ...rest];
};

/** 拓展发展平台: park expansion, relocation into the park, idle land. */
export function landParagraphs(k: WritingKit, land: LandFacts): Paragraph[] {
  const points: { zh: string; en: string; body: Run[] }[] = [
    { zh: '抓好扩区调区。', en: 'expanding the park. ', body: joined(land.expansion.map((plan) => expansion(k, plan)), k.zh ? '；' : '. ') },
    { zh: '实施“退城进园”。', en: 'moving enterprises from the city into the park. ', body: relocations(k, land) },
    { zh: '清理闲置土地。', en: 'clearing idle land. ', body: idleLand(k, land) },
  ];
  return points.map((point, i) => {
    const lead = k.zh ? `${zhOrdinal(i)}是${point.zh}` : `${enOrdinal(i)}, ${point.en}`;
    return point.body.length === 0 ? k.none(lead) : paragraph([...point.body, { kind: 'text', text: k.zh ? '。' : '.' }], lead);
  });
}
