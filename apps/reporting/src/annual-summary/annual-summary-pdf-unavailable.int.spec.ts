import { stack, startReporting, type ReportingUnderTest } from '../testing/reporting-harness';

const bearer = () => `Bearer ${stack.token({ roles: ['reader'] })}`;

// A file of its own: the service's configuration is read once per process, when its module loads.
describe('a reporting service whose CHROMIUM_PATH names no browser', () => {
  let service: ReportingUnderTest;

  beforeAll(async () => {
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium';
    service = await startReporting({ app: true });
  });

  afterAll(async () => {
    delete process.env['CHROMIUM_PATH'];
    await service?.close();
  });

  it('answers a PDF request with 503 and a problem body, and the HTML as before', async () => {
    const pdf = await service.get('/reports/annual/2014?format=pdf');
    expect(pdf.status).toBe(503);
    expect(pdf.body).toMatchObject({ statusCode: 503, error: 'ServiceUnavailable', correlationId: expect.any(String) });
    expect(pdf.body.message).toMatch(/Chromium could not be started \(see CHROMIUM_PATH\)/);
    const res = await fetch(`${service.url}/reports/annual/2014`, { headers: { authorization: bearer() } });
    expect(res.status).toBe(200);
  });
});
