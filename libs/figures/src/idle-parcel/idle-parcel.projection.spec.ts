import { contributionsAfter, flow, replay, streamOf } from '../testing/projection-testing';
import { parcelReclaimed, unusedParcel } from './idle-parcel.examples';
import { idleParcelProjection as projection } from './idle-parcel.projection';

const later = streamOf('idle-parcel-P-1', 'land');
const unused = { category: 'supplied-unused', zoneId: 'chengbei' };

describe('a parcel identified, committed, charged and reclaimed in 2014', () => {
  const c = contributionsAfter(projection, parcelReclaimed());

  it('counts each fact in its own month, by category', () => {
    expect(flow(c, 'land.idle-identified-parcels', '2014-03', unused)).toBe(1);
    expect(flow(c, 'land.idle-identified-area', '2014', unused)).toBe(50_000);
    expect(flow(c, 'land.idle-commitments', '2014-04')).toBe(1);
    expect(flow(c, 'land.idle-fees-yuan', '2014-05')).toBe(100_000);
    expect(flow(c, 'land.idle-fee-parcels', '2014')).toBe(1);
    expect(flow(c, 'land.idle-reclaimed-parcels', '2014-06', unused)).toBe(1);
    expect(flow(c, 'land.idle-reclaimed-area', '2014-06', { category: 'under-built' })).toBe(0);
    expect(flow(c, 'land.idle-reclaimed-area', '2014', unused)).toBe(50_000);
  });
});

describe('corrections of a parcel', () => {
  it('restate the reclaimed area in the month it was reclaimed', () => {
    const corrected = later('IdleParcelReclaimCorrected', { parcelId: 'P-1', reclaimedAreaCentiMu: 40_000, reason: 'survey' }, '2015-01-10T09:00:00+08:00');
    const c = contributionsAfter(projection, [...parcelReclaimed(), corrected]);
    expect(flow(c, 'land.idle-reclaimed-area', '2014-06')).toBe(40_000);
    expect(flow(c, 'land.idle-reclaimed-parcels', '2014')).toBe(1);
    expect(flow(c, 'land.idle-reclaimed-area', '2015')).toBe(0);
  });

  it('move every figure to the corrected category', () => {
    const corrected = later('IdleParcelDetailsCorrected', { ...unusedParcel, category: 'under-built', idleAreaCentiMu: 3_100, reason: 'x' }, '2014-07-01T09:00:00+08:00');
    const c = contributionsAfter(projection, [...parcelReclaimed(), corrected]);
    expect(flow(c, 'land.idle-identified-area', '2014', { category: 'under-built' })).toBe(3_100);
    expect(flow(c, 'land.idle-identified-parcels', '2014', unused)).toBe(0);
    expect(flow(c, 'land.idle-reclaimed-parcels', '2014-06', { category: 'under-built' })).toBe(1);
  });

  it('restate a fee receipt, and a receipt restated to nothing pays no fee', () => {
    const corrected = later('IdleLandFeeCorrected', { parcelId: 'P-1', receiptNo: 'R-1', amountYuan: 0, reason: 'bounced' }, '2014-08-01T09:00:00+08:00');
    const c = contributionsAfter(projection, [...parcelReclaimed(), corrected]);
    expect(flow(c, 'land.idle-fees-yuan', '2014')).toBe(0);
    expect(flow(c, 'land.idle-fee-parcels', '2014')).toBe(0);
  });
});

describe('a parcel charged on two receipts', () => {
  it('sums both fees and counts the parcel once, in the month it first paid', () => {
    const second = later('IdleLandFeeCollected', { parcelId: 'P-1', receiptNo: 'R-2', amountYuan: 50_000 }, '2014-09-01T09:00:00+08:00');
    const c = contributionsAfter(projection, [...parcelReclaimed(), second]);
    expect(flow(c, 'land.idle-fees-yuan', '2014')).toBe(150_000);
    expect(flow(c, 'land.idle-fee-parcels', '2014-05')).toBe(1);
    expect(flow(c, 'land.idle-fee-parcels', '2014')).toBe(1);
  });
});

describe('a parcel voided as entered in error', () => {
  it('contributes nothing, and later events do not bring it back', () => {
    const voided = later('IdleParcelVoided', { parcelId: 'P-1', reason: 'wrong parcel' }, '2014-07-01T09:00:00+08:00');
    const fee = later('IdleLandFeeCollected', { parcelId: 'P-1', receiptNo: 'R-9', amountYuan: 1 }, '2014-08-01T09:00:00+08:00');
    expect(replay(projection, [...parcelReclaimed(), voided, fee])).toBeNull();
  });
});
