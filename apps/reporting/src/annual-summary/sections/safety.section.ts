import { heading, joined, paragraph, runs, type Paragraph, type Run, type Section } from '../summary-document';
import type { Compared, FacilityFacts, SummaryFacts } from '../summary-facts';
import { percentOfPrevious, totalOf, type WritingKit } from '../writing-kit';

const end = (k: WritingKit, body: Run[]): Run[] => [...body, { kind: 'text', text: k.zh ? '。' : '.' }];

function facility(k: WritingKit, f: FacilityFacts): Paragraph {
  const name = k.name(f.name);
  const works = k.names(f.works);
  const month = f.commissionedIn ? Number(f.commissionedIn.slice(5, 7)) : null;
  const done = f.worksCompleted.value > 0;
  if (k.zh) {
    const did = done ? runs`认真抓好了${works}等${k.n(f.worksCompleted)}项工作，` : [];
    return paragraph(
      month !== null
        ? runs`${did}于${String(month)}月实现了${name}的正式运行（${k.n(f.commissioned)}座）。`
        : runs`${name}：${did}尚未正式运行。`,
    );
  }
  const did = done
    ? runs`${k.n(f.worksCompleted)} ${k.noun(f.worksCompleted, 'work was', 'works were')} completed, among them ${works}`
    : runs`its works are under way`;
  const when = month !== null ? new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' }) : '';
  return paragraph(
    month !== null
      ? runs`${name}: ${did}, and ${k.n(f.commissioned)} ${k.noun(f.commissioned, 'facility', 'facilities')} went into formal operation in ${when}.`
      : runs`${name}: ${did}; not yet in formal operation.`,
  );
}

function reminders(k: WritingKit, facts: SummaryFacts['safety']): Run[] {
  const parts = facts.reminders.parts.map((part) => {
    const channel = k.name(part.name);
    if (!k.zh) return runs`${channel} ${k.n(part.quantity)}`;
    if (part.name.en.startsWith('door')) return runs`${channel}${k.n(part.quantity)}人次`;
    if (part.name.en.startsWith('SMS')) return runs`发放${channel}${k.n(part.quantity)}条`;
    return runs`${channel}${k.n(part.quantity)}条`;
  });
  if (parts.length === 0) return [];
  const banners = facts.bannerZones.length > 0 ? (k.zh ? `，${k.names(facts.bannerZones)}都书写了醒目的安全环保宣传标语` : `; banners were put up in ${k.names(facts.bannerZones)}`) : '';
  return k.zh ? runs`今年以来，共${joined(parts, '，')}${banners}` : runs`Reminders this year: ${joined(parts, ', ')}${banners}`;
}

function inspections(k: WritingKit, facts: SummaryFacts['safety']): Run[] {
  if (facts.inspections.parts.length === 0) return [];
  const parts = facts.inspections.parts.map((p) => (k.zh ? runs`${k.name(p.name)}${k.n(p.quantity)}次` : runs`${k.n(p.quantity)} ${k.name(p.name)}`));
  const total = totalOf(facts.inspections);
  return k.zh
    ? runs`全年共开展安全环保排查${k.n(total)}次，其中：${joined(parts, '、')}`
    : runs`${k.n(total)} ${k.noun(total, 'inspection was', 'inspections were')} carried out: ${joined(parts, ', ')}`;
}

function stopOrders(k: WritingKit, facts: SummaryFacts['safety']): Run[] {
  const { stopProductionOrders: orders, stopProductionEnterprises: names } = facts;
  if (orders.value === 0) return [];
  const named = names.length > 0 ? (k.zh ? `（${names.map((n) => k.name(n)).join('、')}）` : ` (${k.names(names)})`) : '';
  return k.zh
    ? runs`今年，因安全环保问题，${k.n(orders)}家企业被责令停产整改${named}`
    : runs`This year ${k.n(orders)} ${k.noun(orders, 'enterprise was', 'enterprises were')} ordered to stop production and rectify${named}`;
}

/** 严整改: the stop-production orders as the seed tells them, then the year's hazards, orders, verifications and penalties. */
function rectification(k: WritingKit, facts: SummaryFacts['safety']): Run[] {
  const { hazards, rectificationOrders: orders, rectificationsVerified: verified, penalties, penaltiesYuan: fined } = facts;
  const clauses = [
    hazards.value > 0 ? (k.zh ? runs`发现安全隐患${k.n(hazards)}处` : runs`${k.n(hazards)} ${k.noun(hazards, 'hazard', 'hazards')} found`) : [],
    orders.value > 0 ? (k.zh ? runs`责令整改${k.n(orders)}处` : runs`${k.n(orders)} ${k.noun(orders, 'rectification', 'rectifications')} ordered`) : [],
    verified.value > 0 ? (k.zh ? runs`整改验收${k.n(verified)}处` : runs`${k.n(verified)} ${k.noun(verified, 'rectification', 'rectifications')} verified`) : [],
    penalties.value > 0
      ? k.zh
        ? runs`依法处罚${k.n(penalties)}起，罚款${k.n(fined)}`
        : runs`${k.n(penalties)} ${k.noun(penalties, 'penalty', 'penalties')} imposed (fines of ${k.n(fined)})`
      : [],
  ].filter((c) => c.length > 0);
  const sentences = [stopOrders(k, facts), ...(clauses.length > 0 ? [k.zh ? runs`全年共${joined(clauses, '，')}` : runs`Over the year: ${joined(clauses, '; ')}`] : [])];
  return joined(sentences.filter((s) => s.length > 0), k.zh ? '。' : '. ');
}

/** "共处理涉污事件12起，仅占去年26起的46.2%" — the seed's comparison with last year. */
function versusLastYear(k: WritingKit, figure: Compared, unitZh: string): Run[] {
  const percent = percentOfPrevious(figure, figure.previous);
  // a share that rounds to 0% is no comparison worth a number (and states a zero)
  if (percent === null || percent.value === 0) return [];
  const only = percent.value < 100;
  return k.zh
    ? runs`，${only ? '仅占' : '为'}去年${k.n(figure.previous)}${unitZh}的${k.n(percent)}`
    : runs` (${only ? 'only ' : ''}${k.n(percent)} of last year's ${k.n(figure.previous)})`;
}

function compensation(k: WritingKit, paid: Compared): Run[] {
  if (paid.value === 0) return [];
  return k.zh
    ? runs`，赔偿金额${k.n(paid)}${versusLastYear(k, paid, '')}`
    : runs`, with compensation of ${k.n(paid)}${versusLastYear(k, paid, '')}`;
}

function handling(k: WritingKit, facts: SummaryFacts['safety']): Run[] {
  const { pollutionIncidents: incidents, pollutionCompensation: paid, accidents, accidentsMajorImpact: major, incidentsReported, accidentsReported } = facts;
  const sentences: Run[][] = [];
  if (incidents.value > 0) {
    sentences.push(
      k.zh
        ? runs`${String(k.year)}年，园区共处理涉污事件${k.n(incidents)}起${versusLastYear(k, incidents, '起')}${compensation(k, paid)}`
        : runs`In ${String(k.year)} the park handled ${k.n(incidents)} pollution ${k.noun(incidents, 'incident', 'incidents')}${versusLastYear(k, incidents, '')}${compensation(k, paid)}`,
    );
  }
  // none handled in the year: the incidents reported in it, and compensation paid in it, are still facts to tell
  if (incidents.value === 0 && incidentsReported.value > 0) {
    sentences.push(
      k.zh
        ? runs`${String(k.year)}年，园区发生涉污事件${k.n(incidentsReported)}起${compensation(k, paid)}`
        : runs`In ${String(k.year)} ${k.n(incidentsReported)} pollution ${k.noun(incidentsReported, 'incident was', 'incidents were')} reported${compensation(k, paid)}`,
    );
  } else if (incidents.value === 0 && paid.value > 0) {
    sentences.push(k.zh ? runs`${String(k.year)}年，园区支付涉污赔偿金额${k.n(paid)}` : runs`In ${String(k.year)} pollution compensation of ${k.n(paid)} was paid`);
  }
  if (accidents.value === 0 && accidentsReported.value > 0) {
    const subject = sentences.length > 0 ? '' : k.zh ? '园区' : 'The park';
    const impact = major.value > 0 ? (k.zh ? runs`，${k.n(major)}起造成重大负面影响` : runs`; ${k.n(major)} caused a major negative impact`) : [];
    sentences.push(
      k.zh
        ? runs`${subject}发生安全事故${k.n(accidentsReported)}起${impact}`
        : runs`${subject || 'It'} recorded ${k.n(accidentsReported)} safety ${k.noun(accidentsReported, 'accident', 'accidents')}${impact}`,
    );
  }
  if (accidents.value > 0) {
    const impact = major.value === 0
      ? k.zh ? runs`，无一起造成重大负面影响` : accidents.value === 1 ? runs`, which caused no major negative impact` : runs`, none of which caused a major negative impact`
      : k.zh
        ? runs`；本年发生的事故中，${k.n(major)}起造成重大负面影响`
        : runs`; ${k.n(major)} of the year's accidents caused a major negative impact`;
    const subject = sentences.length > 0 ? '' : k.zh ? '园区' : 'The park';
    sentences.push(
      k.zh
        ? runs`${subject}处理安全事故${k.n(accidents)}起${impact}`
        : runs`${subject || 'It'} handled ${k.n(accidents)} safety ${k.noun(accidents, 'accident', 'accidents')}${impact}`,
    );
  }
  return joined(sentences, k.zh ? '。' : '. ');
}

/** （四）狠抓安全环保: environmental facilities, then reminders, inspections, rectification and incidents. */
export function safetySection(k: WritingKit, facts: SummaryFacts): Section {
  const s = facts.safety;
  const points = [
    { zh: '常提醒。', en: 'reminders. ', body: reminders(k, s) },
    { zh: '勤排查。', en: 'inspections. ', body: inspections(k, s) },
    { zh: '严整改。', en: 'rectification. ', body: rectification(k, s) },
    { zh: '快处置。', en: 'incidents. ', body: handling(k, s) },
  ];
  const ordinals = k.zh ? ['一', '二', '三', '四'] : ['First', 'Second', 'Third', 'Fourth'];
  return {
    id: 'safety',
    title: k.zh ? '（四）狠抓安全环保' : '4. Safety and the environment',
    blocks: [
      heading(k.zh ? '1.环保设施建设' : 'Environmental facilities'),
      ...(s.facilities.length > 0 ? s.facilities.map((f) => facility(k, f)) : [k.none()]),
      heading(k.zh ? '2.推动安全环保工作常态化' : 'Safety as routine'),
      ...points.map((p, i) => {
        const lead = k.zh ? `${ordinals[i]}是${p.zh}` : `${ordinals[i]}, ${p.en}`;
        return p.body.length === 0 ? k.none(lead) : paragraph(end(k, p.body), lead);
      }),
    ],
  };
}
