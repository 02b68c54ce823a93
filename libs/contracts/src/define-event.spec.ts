import { eventFrom } from './define-event';
import { HazardFound, HazardVoided } from './events/safety';

describe('an event built from a command', () => {
  const command = {
    type: 'ReportHazard',
    occurredAt: '2014-07-01T10:00:00+08:00',
    hazardId: 'H-1',
    zoneId: 'salt-chemical-base',
    enterpriseNameZh: '晶昊盐化',
    descriptionZh: '直排',
  };

  it('takes exactly the payload’s declared fields, leaving out the command’s type and time', () => {
    expect(eventFrom(HazardFound, command)).toStrictEqual({
      type: 'HazardFound',
      payload: { hazardId: 'H-1', zoneId: 'salt-chemical-base', enterpriseNameZh: '晶昊盐化', descriptionZh: '直排' },
    });
  });

  it('leaves out optional fields the command does not have, and the payload validates', () => {
    const event = eventFrom(HazardVoided, { ...command, reason: '重复录入' });
    expect(event.payload).toStrictEqual({ hazardId: 'H-1', reason: '重复录入' });
    expect(HazardVoided.payload.validate(event.payload, 'payload')).toEqual([]);
  });
});
