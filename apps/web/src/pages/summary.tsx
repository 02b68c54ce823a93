// The annual work summary as reporting writes it (zh/en HTML), shown inside the app in a shadow root
// (its stylesheet stays its own, no script of it runs); its number links open the app's drill-down.
// Download PDF and Markdown fetch with the token and save what the service answers.
import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError, drillDownRoute, useApi, useResource } from '../api';
import { useLanguage } from '../i18n';
import { ErrorState } from '../ui/error-state';
import { defaultYear, PeriodPicker, usePeriod } from '../ui/period-picker';
import { save } from '../ui/save';

/** The summary's body and stylesheet, scripts and handlers dropped, links pointing into the app. */
function documentParts(html: string): { style: string; body: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, iframe, object, embed, link, meta, base').forEach((node) => node.remove());
  doc.querySelectorAll('*').forEach((node) => {
    for (const attr of [...node.attributes]) if (/^on/i.test(attr.name)) node.removeAttribute(attr.name);
  });
  doc.querySelectorAll<HTMLAnchorElement>('a[href]').forEach((a) => a.setAttribute('href', drillDownRoute(a.getAttribute('href') ?? '')));
  const style = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  doc.querySelectorAll('style').forEach((s) => s.remove());
  // `body` rules apply to the document's own container inside the shadow root
  return { style: style.replace(/\bbody\b/g, '.summary-document'), body: doc.body.innerHTML };
}

function SummaryDocument({ html }: { html: string }) {
  const host = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const { style, body } = documentParts(html);
    root.innerHTML = `<style>${style}</style><article class="summary-document">${body}</article>`;
    const follow = (event: Event) => {
      const link = (event.target as Element).closest?.('a[href]');
      if (!link || (event as MouseEvent).ctrlKey || (event as MouseEvent).metaKey) return;
      event.preventDefault();
      navigate(link.getAttribute('href')!);
    };
    root.addEventListener('click', follow);
    return () => root.removeEventListener('click', follow);
  }, [html, navigate]);
  return <div ref={host} data-testid="summary-document" />;
}

export function SummaryPage() {
  const { t, lang } = useLanguage();
  const { year: yearParam } = useParams();
  const navigate = useNavigate();
  const [period, setPeriod] = usePeriod(Number(yearParam) || defaultYear());
  const year = Number(yearParam) || defaultYear();
  const api = useApi();
  const [downloading, setDownloading] = useState<string>();
  const [downloadError, setDownloadError] = useState<string>();

  const query = (format: string) => {
    const q = new URLSearchParams({ lang, format });
    if (period.asOf) q.set('asOf', period.asOf);
    return q;
  };
  const summary = useResource(`${year}?${query('html')}`, () => api('reporting', `/reports/annual/${year}?${query('html')}`).then((r) => r.text()));

  const download = async (format: 'pdf' | 'md') => {
    setDownloading(format);
    setDownloadError(undefined);
    try {
      const res = await api('reporting', `/reports/annual/${year}?${query(format)}`);
      save(await res.blob(), `park-ledger-${year}-${lang}.${format}`);
    } catch (error) {
      const e = error as ApiError;
      setDownloadError(`${t.downloadFailed}: ${e.status ? `${e.status} ` : ''}${e.message}`);
    } finally {
      setDownloading(undefined);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.summary} {year}
        </Typography.Title>
        <Space wrap>
          <PeriodPicker
            period={{ ...period, year }}
            withinYear={false}
            onChange={(next) => {
              if (next.year && next.year !== year) navigate(`/summary/${next.year}${period.asOf ? `?asOf=${encodeURIComponent(period.asOf)}` : ''}`);
              else setPeriod({ ...next, year });
            }}
          />
          <Button type="primary" loading={downloading === 'pdf'} onClick={() => void download('pdf')}>
            {t.downloadPdf}
          </Button>
          <Button loading={downloading === 'md'} onClick={() => void download('md')}>
            {t.downloadMd}
          </Button>
        </Space>
      </Space>
      {downloadError && <Alert type="error" showIcon message={downloadError} closable onClose={() => setDownloadError(undefined)} data-testid="download-error" />}
      {summary.error ? (
        <ErrorState error={summary.error} retry={summary.retry} />
      ) : summary.data === undefined ? (
        <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />
      ) : (
        <Card>
          <Spin spinning={summary.loading}>
            <SummaryDocument html={summary.data} />
          </Spin>
        </Card>
      )}
    </Space>
  );
}
