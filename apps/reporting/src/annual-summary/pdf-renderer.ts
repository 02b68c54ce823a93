import { Inject, Injectable, Logger, OnModuleDestroy, ServiceUnavailableException } from '@nestjs/common';
import { SERVICE_CONFIG } from '@park-ledger/platform';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { ReportingConfig } from '../reporting-config';
import type { PrintLayout } from './print-layout';
import { NoRenderSlot, RenderSlots } from './render-slots';

const LAUNCH_TIMEOUT_MS = 30_000;
const RENDER_TIMEOUT_MS = 30_000;

/** Said to the caller as is: what went wrong, without the browser's internals. */
class RenderFailed extends Error {}

const unavailable = (message: string) =>
  new ServiceUnavailableException({ statusCode: 503, error: 'ServiceUnavailable', message });

const withDeadline = <T>(work: Promise<T>, ms: number): Promise<T> => {
  let timer!: NodeJS.Timeout;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`took longer than ${ms} ms`)), ms)));
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
};

/**
 * Prints HTML to PDF with headless Chromium: one browser, launched on the first request and shared,
 * two renders at a time with a short queue; a browser that cannot start or a full queue is 503, so
 * the rest of the service stays up. Each render gets its own context with scripts off and no network:
 * the page is self-contained.
 */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(PdfRenderer.name);
  private readonly slots = new RenderSlots({ concurrent: 2, queued: 8, waitMs: 20_000 });
  private readonly inFlight = new Set<Promise<unknown>>();
  private browser?: Promise<Browser>;
  private closing = false;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ReportingConfig) {}

  async render(html: string, layout: PrintLayout): Promise<Buffer> {
    if (this.closing) throw unavailable('the service is shutting down; try again shortly');
    const rendering = this.slots.run(() => this.print(html, layout));
    this.inFlight.add(rendering);
    try {
      return await rendering;
    } catch (e) {
      if (e instanceof NoRenderSlot) throw unavailable(`the PDF renderer is busy (${e.message}); try again shortly`);
      if (e instanceof RenderFailed) throw unavailable(e.message);
      this.logger.error(`rendering a PDF failed: ${(e as Error).message.split('\n')[0]}`);
      throw unavailable('the PDF could not be rendered; try again shortly');
    } finally {
      this.inFlight.delete(rendering);
    }
  }

  private async print(html: string, layout: PrintLayout): Promise<Buffer> {
    const browser = await this.launched();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      return await withDeadline(this.printIn(context, html, layout), RENDER_TIMEOUT_MS);
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  private async printIn(context: BrowserContext, html: string, layout: PrintLayout): Promise<Buffer> {
    const page = await context.newPage();
    await page.setContent(html.replace('</head>', `<style media="print">${layout.stylesheet}</style></head>`), { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS });
    return page.pdf({
      format: 'A4',
      margin: layout.margin,
      displayHeaderFooter: true,
      headerTemplate: layout.headerTemplate,
      footerTemplate: layout.footerTemplate,
      outline: true,
      tagged: true,
    });
  }

  /** The shared browser; a launch that failed, or a browser that died, is tried again on the next request. */
  private launched(): Promise<Browser> {
    if (!this.browser) {
      const launching = chromium
        .launch({ executablePath: this.config.CHROMIUM_PATH, args: ['--no-sandbox', '--disable-dev-shm-usage'], timeout: LAUNCH_TIMEOUT_MS })
        .then((browser) => {
          browser.on('disconnected', () => {
            if (this.browser === launching) this.browser = undefined;
          });
          return browser;
        })
        .catch((e: Error) => {
          if (this.browser === launching) this.browser = undefined;
          this.logger.error(`Chromium at ${this.config.CHROMIUM_PATH} did not start: ${e.message.split('\n')[0]}`);
          throw new RenderFailed('the PDF renderer is unavailable: Chromium could not be started (see CHROMIUM_PATH); try again later');
        });
      this.browser = launching;
    }
    return this.browser;
  }

  /** Renders in flight finish first; the browser goes with the service. */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.inFlight]);
    const browser = await this.browser?.catch(() => undefined);
    this.browser = undefined;
    await browser?.close().catch(() => undefined);
  }
}
