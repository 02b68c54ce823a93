import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@park-ledger/platform';
import type { Response } from 'express';
import path from 'node:path';
import { dashboardAssets, dashboardFolder } from './dashboard-files';

/** The dashboard page and its scripts are public; every figure it shows is read with the reader's token. */
@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  private files?: { folder: string; assets: ReturnType<typeof dashboardAssets> };

  /** Looked up on first use: a deployment without the files still serves everything else. */
  private found() {
    try {
      if (!this.files) {
        const folder = dashboardFolder();
        this.files = { folder, assets: dashboardAssets(folder) };
      }
      return this.files;
    } catch {
      throw new NotFoundException({ statusCode: 404, error: 'NotFound', message: 'the dashboard is not installed here' });
    }
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'The dashboard (HTML); sign in with a reader token to see the figures' })
  @ApiOkResponse({ description: 'text/html' })
  page(@Res() res: Response) {
    res.type('text/html; charset=utf-8').sendFile(path.join(this.found().folder, 'index.html'));
  }

  @Get('assets/:file')
  @Public()
  @ApiExcludeEndpoint()
  asset(@Param('file') file: string, @Res() res: Response) {
    const { assets } = this.found();
    const asset = Object.hasOwn(assets, file) ? assets[file] : undefined;
    if (!asset) throw new NotFoundException({ statusCode: 404, error: 'NotFound', message: `no dashboard asset ${file}` });
    res.type(asset.type).set('cache-control', 'no-cache').sendFile(asset.file);
  }
}
