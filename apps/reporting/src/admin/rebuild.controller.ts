import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Administers } from '@park-ledger/platform';
import { DataSource } from 'typeorm';
import { rebuildStatus } from '../rebuild/rebuild-status';
import { RebuildService } from '../rebuild/rebuild.service';

@ApiTags('operations')
@Administers()
@Controller('admin/rebuild')
export class RebuildController {
  constructor(
    private readonly rebuilds: RebuildService,
    private readonly dataSource: DataSource,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Rebuild the read models from the topics, beside the live ones, then switch to them',
    description: 'Queries keep answering from the live version until the switch, which is atomic.',
  })
  @ApiAcceptedResponse({ description: '{ version, status: building }' })
  @ApiConflictResponse({ description: 'A rebuild is already running' })
  start() {
    return this.rebuilds.start();
  }

  @Get()
  @ApiOperation({ summary: 'Progress of the latest rebuild: percent, events/s, ETA, status, the instance driving it' })
  @ApiOkResponse({
    description: '{ activeVersion, rebuild: { version, status, percent, eventsPerSecond, etaSeconds, driver, takeovers, … } | null }',
  })
  status() {
    return rebuildStatus(this.dataSource);
  }
}
