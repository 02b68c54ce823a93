import { InvalidConfiguration, kafkaSecurity, ServiceConfig, validateConfig } from './service-config';

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

describe('the park’s establishment date', () => {
  const env = { PORT: '3101', DATABASE_URL: 'postgres://u:p@h:5432/d', KAFKA_BROKERS: 'k:9092', JWT_PUBLIC_KEY_FILE: 'key.pem' };

  it('defaults to 2001 and takes a date-time with an offset', () => {
    expect(validateConfig(ServiceConfig, env).PARK_ESTABLISHED_ON).toBe('2001-01-01T00:00:00+08:00');
    expect(validateConfig(ServiceConfig, { ...env, PARK_ESTABLISHED_ON: '1992-05-01T00:00:00+08:00' }).PARK_ESTABLISHED_ON).toBe(
      '1992-05-01T00:00:00+08:00',
    );
  });

  it('refuses anything else, naming the setting', () => {
    for (const bad of ['1992', '1992-05-01', 'yesterday', '1992-13-01T00:00:00+08:00', '1992-05-01T00:00:00']) {
      expect(() => validateConfig(ServiceConfig, { ...env, PARK_ESTABLISHED_ON: bad })).toThrow(/PARK_ESTABLISHED_ON: PARK_ESTABLISHED_ON must be an ISO-8601/);
    }
  });
});

describe('security towards Kafka', () => {
  const base = { PORT: '3000', DATABASE_URL: 'postgres://u:p@h:5432/d', KAFKA_BROKERS: 'kafka:9092', JWT_PUBLIC_KEY_FILE: '/k.pem' };

  it('is none by default (the local stack’s broker listens on loopback only)', () => {
    expect(kafkaSecurity(validateConfig(ServiceConfig, base))).toEqual({ ssl: false });
  });

  it('gives kafkajs a SCRAM user and TLS when set', () => {
    const config = validateConfig(ServiceConfig, {
      ...base,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'land',
      KAFKA_SASL_PASSWORD: 's3cret',
      KAFKA_SSL: 'true',
    });
    expect(kafkaSecurity(config)).toEqual({ ssl: true, sasl: { mechanism: 'scram-sha-512', username: 'land', password: 's3cret' } });
  });

  it('names what is missing or wrong', () => {
    expect(() => validateConfig(ServiceConfig, { ...base, KAFKA_SASL_MECHANISM: 'scram-sha-512' })).toThrow(
      /KAFKA_SASL_USERNAME must be set with KAFKA_SASL_MECHANISM[\s\S]*KAFKA_SASL_PASSWORD must be set with KAFKA_SASL_MECHANISM/,
    );
    expect(() => validateConfig(ServiceConfig, { ...base, KAFKA_SASL_MECHANISM: 'gssapi' })).toThrow(/KAFKA_SASL_MECHANISM must be scram-sha-512/);
    expect(() => validateConfig(ServiceConfig, { ...base, KAFKA_SSL: 'yes' })).toThrow(/KAFKA_SSL must be true or false/);
  });
});
