import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Administers } from '@park-ledger/platform';
import { RecordReads } from './record-reads';

class RecordsRebuilt {
  @ApiProperty({ example: 1200, description: 'records in the rebuilt read model' }) records!: number;
  @ApiProperty({ example: 3400, description: 'events folded' }) events!: number;
}

@ApiTags('operations')
@Administers()
@Controller('admin/records')
export class RecordsAdminController {
  constructor(private readonly records: RecordReads) {}

  @Post('rebuild')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Rebuild the records read model (lists, details) from this service’s events; writers wait meanwhile, readers do not',
  })
  @ApiOkResponse({ type: RecordsRebuilt })
  rebuild(): Promise<RecordsRebuilt> {
    return this.records.rebuild();
  }
}
