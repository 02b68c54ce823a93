import { failpointEnabled } from './failpoint';

describe('PARK_FAILPOINTS', () => {
  it('enables a point named in the comma-separated list', () => {
    expect(failpointEnabled('relay-after-send', { PARK_FAILPOINTS: 'consumer-after-db-commit, relay-after-send' })).toBe(true);
  });

  it('leaves points that are not listed, or a missing variable, disabled', () => {
    expect(failpointEnabled('relay-after-send', { PARK_FAILPOINTS: 'relay-after-send-x' })).toBe(false);
    expect(failpointEnabled('relay-after-send', {})).toBe(false);
  });
});
