import { enOrdinal, monthPhrase, zhOrdinal } from '../number-format';
import { joined, paragraph, runs, type Section } from '../summary-document';
import type { Milestone, SummaryFacts } from '../summary-facts';
import type { WritingKit } from '../writing-kit';

/** How the seed groups designations and milestones, in its order; kinds not listed fall under the last. */
const groups = [
  { kinds: ['provincial-key-industrial-cluster', 'provincial-demonstration-cluster'], zh: '抓好省重点产业集群的申报。', en: 'provincial key industrial clusters. ' },
  { kinds: ['national-base-approval', 'base-named'], zh: '推动园区升级。', en: 'raising the park’s standing. ' },
  { kinds: ['exhibition'], zh: '创新会展平台。', en: 'exhibitions. ' },
  { kinds: ['recognition', 'other'], zh: '其他荣誉。', en: 'other recognitions. ' },
] as const;

const groupOf = (m: Milestone) => groups.findIndex((g) => (g.kinds as readonly string[]).includes(m.kind));

/** （三）狠抓产业集群: designations, upgrades and exhibitions of the year, each dated and linked. */
export function clustersSection(k: WritingKit, facts: SummaryFacts): Section {
  const title = k.zh ? '（三）狠抓产业集群' : '3. Industrial clusters';
  const present = groups
    .map((group, i) => ({ group, milestones: facts.milestones.filter((m) => (groupOf(m) === -1 ? groups.length - 1 : groupOf(m)) === i) }))
    .filter(({ milestones }) => milestones.length > 0);
  if (present.length === 0) return { id: 'clusters', title, blocks: [k.none()] };
  return {
    id: 'clusters',
    title,
    blocks: present.map(({ group, milestones }, i) => {
      const items = milestones.map((m) => {
        const when = monthPhrase(m.date, k.year, k.lang).replace('份', '');
        return k.zh ? runs`${when}，${k.name(m.title)}` : runs`${when}: ${k.name(m.title)}`;
      });
      const lead = k.zh ? `${zhOrdinal(i)}是${group.zh}` : `${enOrdinal(i)}, ${group.en}`;
      const list = joined(items, k.zh ? '；' : '; ');
      // no count of the writer's own: milestones.recorded is broken down by kind, and a group spans several kinds
      return paragraph(k.zh ? runs`${list}。` : runs`${list}.`, lead);
    }),
  };
}
