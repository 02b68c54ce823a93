import {
  arrayOf,
  bool,
  int,
  isCalendarDate,
  isoDate,
  isoDateTime,
  money,
  nullable,
  object,
  oneOf,
  optional,
  str,
  uuid,
  type Infer,
} from './payload-schema';

const parcel = object({
  parcelId: str({ min: 1, max: 40 }),
  areaMu: int({ min: 0 }),
  price: money(),
  zone: oneOf(['north', 'south'] as const),
  idleSince: isoDate(),
  inspectedAt: optional(isoDateTime()),
  revokedBy: nullable(uuid()),
  fenced: bool(),
  owners: arrayOf(object({ name: str({ max: 10 }) }), { max: 2 }),
});

type Parcel = Infer<typeof parcel>;

const valid: Parcel = {
  parcelId: 'P-7',
  areaMu: 12,
  price: 1_500_000,
  zone: 'north',
  idleSince: '2014-02-28',
  revokedBy: null,
  fenced: false,
  owners: [{ name: 'Li' }],
};

describe('a payload schema built from the DSL', () => {
  it('accepts a value of the inferred type, with optional fields absent or present', () => {
    expect(parcel.validate(valid, 'payload')).toEqual([]);
    expect(parcel.validate({ ...valid, inspectedAt: '2014-05-01T09:30:00+08:00' }, 'payload')).toEqual([]);
  });

  it('names every failing field by its path', () => {
    const errors = parcel.validate(
      { ...valid, areaMu: -1, price: 10.5, zone: 'east', owners: [{ name: 'Li' }, { name: 'x'.repeat(11) }] },
      'payload',
    );
    expect(errors).toEqual([
      'payload.areaMu: must be an integer >= 0',
      'payload.price: must be a whole number of yuan >= 0',
      'payload.zone: must be one of north, south',
      'payload.owners[1].name: must be at most 10 characters',
    ]);
  });

  it('reports missing required fields and tolerates unknown ones', () => {
    const { parcelId: _omitted, ...rest } = valid;
    expect(parcel.validate({ ...rest, addedLater: true }, 'payload')).toEqual(['payload.parcelId: is required']);
  });

  it('rejects impossible calendar dates and date-times without an offset', () => {
    expect(isoDate().validate('2014-02-30', 'd')).toEqual(['d: must be a date (YYYY-MM-DD)']);
    expect(isoDateTime().validate('2014-05-01T09:30:00', 't')).toEqual([
      't: must be an ISO-8601 date-time with an offset',
    ]);
    expect(isoDateTime().validate('2014-05-01T09:30:00.123Z', 't')).toEqual([]);
  });

  it('knows the calendar: month lengths and leap years', () => {
    const accepted = ['2012-02-29', '2000-02-29', '2014-01-31', '2014-04-30', '2014-12-31', '0100-01-01', '9999-12-31'];
    const refused = ['2014-02-29', '1900-02-29', '2014-04-31', '2014-13-01', '2014-00-10', '2014-01-00', '2014-1-01', '0099-12-31', ' 2014-01-01'];
    expect(accepted.filter((d) => !isCalendarDate(d))).toEqual([]);
    expect(refused.filter((d) => isCalendarDate(d))).toEqual([]);
    // every day of four years, against the Date object
    for (let day = Date.UTC(2011, 0, 1); day < Date.UTC(2015, 0, 1); day += 86_400_000) {
      expect(isCalendarDate(new Date(day).toISOString().slice(0, 10))).toBe(true);
    }
  });

  it('bounds strings, integers and arrays', () => {
    expect(str({ min: 1, max: 3 }).validate('', 's')).toEqual(['s: must not be empty']);
    expect(int({ min: 1, max: 5 }).validate(6, 'n')).toEqual(['n: must be an integer between 1 and 5']);
    expect(int().validate('6', 'n')).toEqual(['n: must be an integer']);
    expect(arrayOf(int(), { max: 1 }).validate([1, 2], 'a')).toEqual(['a: must have at most 1 items']);
    expect(object({}).validate([], 'o')).toEqual(['o: must be an object']);
  });
});
