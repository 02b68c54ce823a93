import { InvalidConfiguration, ServiceConfig, validateConfig } from './service-config';

const valid = {
  PORT: '3101',
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
  KAFKA_BROKERS: '127.0.0.1:9092,localhost:9093',
  JWT_PUBLIC_KEY_FILE: '/run/keys/jwt.pem',
};

describe('service configuration', () => {
  it('accepts a complete environment and applies defaults', () => {
    const config = validateConfig(ServiceConfig, valid);
    expect(config.PORT).toBe(3101);
    expect(config.KAFKA_TOPIC_PARTITIONS).toBe(6);
    expect(config.LOG_LEVEL).toBe('info');
  });

  it('rejects a non-numeric port, naming the setting and the value', () => {
    expect(() => validateConfig(ServiceConfig, { ...valid, PORT: 'abc' })).toThrow(
      /PORT: PORT must be an integer between 1 and 65535 \(got "abc"\)/,
    );
  });

  it('lists every missing setting at once', () => {
    try {
      validateConfig(ServiceConfig, { PORT: '1' });
      throw new Error('expected failure');
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidConfiguration);
      const props = (e as InvalidConfiguration).problems.map((p) => p.split(':')[0]);
      expect(props).toEqual(expect.arrayContaining(['DATABASE_URL', 'KAFKA_BROKERS']));
    }
  });

  it('needs a key to verify tokens: a PEM file or a JWKS URL', () => {
    const { JWT_PUBLIC_KEY_FILE: _, ...withoutKey } = valid;
    expect(() => validateConfig(ServiceConfig, withoutKey)).toThrow(/JWT_PUBLIC_KEY_FILE/);
    expect(validateConfig(ServiceConfig, { ...withoutKey, JWT_JWKS_URL: 'https://idp.example/jwks' }).JWT_JWKS_URL).toBe(
      'https://idp.example/jwks',
    );
  });

  it('rejects malformed broker lists', () => {
    expect(() => validateConfig(ServiceConfig, { ...valid, KAFKA_BROKERS: 'not a broker' })).toThrow(
      /KAFKA_BROKERS/,
    );
  });
});
