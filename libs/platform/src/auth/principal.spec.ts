import { allows, principalOf, type Principal } from './principal';

const who = (roles: Principal['roles'], department: Principal['department']): Principal => ({
  actor: 'clerk',
  roles,
  department,
});

describe('access rules', () => {
  it('lets a submitter write only to its own department’s service', () => {
    expect(allows(who(['submitter'], 'land'), 'submit', 'land')).toBe(true);
    expect(allows(who(['submitter'], 'land'), 'submit', 'projects')).toBe(false);
    expect(allows(who(['submitter'], 'land'), 'submit', null)).toBe(false);
  });

  it('never lets a reader or an admin submit', () => {
    expect(allows(who(['reader'], 'land'), 'submit', 'land')).toBe(false);
    expect(allows(who(['admin'], null), 'submit', 'land')).toBe(false);
  });

  it('lets readers read everywhere, and submitters read their own service and reporting', () => {
    expect(allows(who(['reader'], null), 'read', 'safety')).toBe(true);
    expect(allows(who(['submitter'], 'safety'), 'read', 'safety')).toBe(true);
    expect(allows(who(['submitter'], 'safety'), 'read', 'land')).toBe(false);
    expect(allows(who(['submitter'], 'safety'), 'read', null)).toBe(true);
  });

  it('keeps administration to admins', () => {
    expect(allows(who(['admin'], null), 'administer', null)).toBe(true);
    expect(allows(who(['reader', 'submitter'], 'land'), 'administer', null)).toBe(false);
  });
});

describe('signing off a closed period', () => {
  it('takes an approver who does not submit for the office', () => {
    expect(allows(who(['approver', 'reader'], null), 'approve', 'office')).toBe(true);
    expect(allows(who(['approver', 'submitter'], 'office'), 'approve', 'office')).toBe(false);
    expect(allows(who(['submitter'], 'office'), 'approve', 'office')).toBe(false);
    expect(allows(who(['admin', 'reader'], null), 'approve', 'office')).toBe(false);
  });
});

describe('reading a principal from claims', () => {
  it('keeps known roles only', () => {
    expect(principalOf({ sub: 'a', department: 'land', roles: ['submitter', 'root'] })).toEqual({
      actor: 'a',
      department: 'land',
      roles: ['submitter'],
    });
  });

  it('rejects a token without subject or with an unknown department', () => {
    expect(() => principalOf({ roles: ['reader'] })).toThrow('token has no subject');
    expect(() => principalOf({ sub: 'a', department: 'finance' })).toThrow('unknown department claim');
  });

  it('records a person by their user name when the token carries one (Keycloak’s preferred_username)', () => {
    const keycloak = { sub: '1851b88e-4b55-44c9-a729-adc10474442c', preferred_username: 'land-clerk', department: 'land', roles: ['submitter'] };
    expect(principalOf(keycloak).actor).toBe('land-clerk');
    expect(principalOf({ ...keycloak, preferred_username: '' }).actor).toBe(keycloak.sub);
    expect(principalOf({ ...keycloak, preferred_username: 42 }).actor).toBe(keycloak.sub);
  });
});
