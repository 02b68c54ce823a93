import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '@park-ledger/figures/testing';
import { catalogue, inMemorySource } from '../../testing/generated-summary';
import { summaryFacts } from '../read-summary-facts';
import { plainText } from '../summary-document';
import { writeSummary } from '../write-summary';

// Found by the generated years once they carried hazards, relocations and environmental facilities: points of the
// summary said "本年度无相关记录" (no records for this year) while the year had records of theirs, and a facility's
// "等N项工作" named works not done in the year.
const summaryOf = async (events: readonly EventEnvelope[], lang: 'zh' | 'en') => plainText(writeSummary(await summaryFacts(inMemorySource(events), catalogue, 2014), lang));
const on = (day: string) => `${day}T10:00:00+08:00`;

describe('严整改: hazards, orders, verifications and penalties of the year', () => {
  const hazard = streamOf('hazard-h1', 'safety');
  const events = [
    hazard('HazardFound', { hazardId: 'h1', zoneId: 'salt', enterpriseNameZh: '科海化工', descriptionZh: '防火堤破损' }, on('2014-03-02')),
    hazard('HazardRectificationOrdered', { hazardId: 'h1', stopProduction: false }, on('2014-03-03')),
    hazard('HazardRectificationVerified', { hazardId: 'h1' }, on('2014-04-03')),
    hazard('HazardPenaltyImposed', { hazardId: 'h1', amount: { value: 50_000, currency: 'CNY' } }, on('2014-03-10')),
  ];

  it('tells them, not "no records"', async () => {
    expect(await summaryOf(events, 'zh')).toContain('三是严整改。全年共发现安全隐患1处，责令整改1处，整改验收1处，依法处罚1起，罚款5万元。');
    expect(await summaryOf(events, 'en')).toContain('Third, rectification. Over the year: 1 hazard found; 1 rectification ordered; 1 rectification verified; 1 penalty imposed (fines of CNY 50,000).');
  });
});

describe('快处置: an incident and an accident reported in the year, none handled in it', () => {
  const events = [
    streamOf('pollution-incident-e1', 'safety')('PollutionIncidentReported', { incidentId: 'e1', zoneId: 'salt', descriptionZh: '污水外溢' }, on('2014-11-20')),
    streamOf('safety-accident-a1', 'safety')('SafetyAccidentReported', { accidentId: 'a1', zoneId: 'salt', severity: 'ordinary', descriptionZh: '机械伤害' }, on('2014-12-20')),
  ];

  it('tells them as reported, not "no records"', async () => {
    expect(await summaryOf(events, 'zh')).toContain('四是快处置。2014年，园区发生涉污事件1起。发生安全事故1起。');
    expect(await summaryOf(events, 'en')).toContain('Fourth, incidents. In 2014 1 pollution incident was reported. It recorded 1 safety accident.');
  });
});

describe('退城进园: a relocation completed in the year, none under way at its end', () => {
  const relocation = streamOf('relocation-r1', 'land');
  const steps = ['asset-inventory', 'appraisal', 'compensation-agreement', 'old-site-handover', 'new-site-construction'];
  const events = [
    relocation('RelocationStarted', { relocationId: 'r1', enterpriseNameZh: '化肥厂' }, on('2013-02-01')),
    ...steps.map((step, i) => relocation('RelocationStepCompleted', { relocationId: 'r1', step }, on(`2013-0${i + 3}-01`))),
    relocation('RelocationCompleted', { relocationId: 'r1' }, on('2014-04-01')),
  ];

  it('tells the move completed, not "no records"', async () => {
    expect(await summaryOf(events, 'zh')).toContain('二是实施“退城进园”。今年已有1家企业完成搬迁。');
    expect(await summaryOf(events, 'en')).toContain('1 enterprise completed the move this year.');
  });
});

describe('环保设施: a facility with a work done the year before', () => {
  const facility = streamOf('environmental-facility-f1', 'safety');
  const works = [
    { workId: 'w0', nameZh: '管网工程', nameEn: 'pipe network' },
    { workId: 'w1', nameZh: '在线监测', nameEn: 'online monitoring' },
  ];
  const events = [
    facility('EnvironmentalFacilityRegistered', { facilityId: 'f1', nameZh: '污水处理厂', nameEn: 'wastewater plant', zoneId: 'salt', works }, on('2013-01-10')),
    facility('EnvironmentalFacilityWorkCompleted', { facilityId: 'f1', workId: 'w0' }, on('2013-05-10')),
    facility('EnvironmentalFacilityWorkCompleted', { facilityId: 'f1', workId: 'w1' }, on('2014-03-10')),
  ];

  it('names among the works done in the year only those done in it', async () => {
    const zh = await summaryOf(events, 'zh');
    expect(zh).toContain('污水处理厂：认真抓好了在线监测等1项工作，尚未正式运行。');
    expect(await summaryOf(events, 'en')).toContain('wastewater plant: 1 work was completed, among them online monitoring; not yet in formal operation.');
  });
});
