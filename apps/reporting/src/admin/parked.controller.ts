import { Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Administers } from '@park-ledger/platform';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { LiveProjection } from '../consumer/live-projection.service';
import { schemaOf } from '../read-model/read-model-tables';
import { ParkedId } from './parked-id.pipe';
import { listHeld, listParked, parkedDetail } from './parked-events';
import { redriveResponse } from './redrive-response';

/** A page of a list: page 1 first, at most 500 an answer. */
export class PageRequest {
  @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1, maximum: 100_000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @ApiPropertyOptional({ type: 'integer', default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize = 50;
}

export class ParkedListRequest extends PageRequest {
  @ApiPropertyOptional({ default: false, description: 'include events already redriven' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  all = false;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 1_000_000,
    description:
      'the events a rebuild (this read-model version) parked, instead of the live consumer’s; read only: at its switch every event the live version had is copied into it',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  rebuild?: number;
}

const notFound = (id: string) => new NotFoundException({ statusCode: 404, error: 'NotFound', message: `no parked event ${id}` });

@ApiTags('operations')
@Administers()
@Controller('admin/parked')
export class ParkedController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveProjection,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Events the consumer could not apply, with their reasons' })
  @ApiOkResponse({ description: '{ total, page, pageSize, parked[] }' })
  @ApiNotFoundResponse({ description: 'No rebuild of that version' })
  async list(@Query() { all, page, pageSize, rebuild }: ParkedListRequest) {
    if (rebuild === undefined) return listParked(this.dataSource, all, page, pageSize);
    const [known] = await this.dataSource.query('select 1 from reporting.rebuilds where version = $1', [rebuild]);
    if (!known) throw new NotFoundException({ statusCode: 404, error: 'NotFound', message: `no rebuild of version ${rebuild}` });
    return listParked(this.dataSource, all, page, pageSize, schemaOf(rebuild));
  }

  @Get('held')
  @ApiOperation({
    summary: 'Events held back by a gap in their stream',
    description:
      'An event whose stream has not reached the version before it waits here (waitingFor names the missing version) and is applied by itself once that arrives — also by a re-drive of the parked event that was the gap.',
  })
  @ApiOkResponse({ description: '{ total, page, pageSize, held[] }' })
  held(@Query() { page, pageSize }: PageRequest) {
    return listHeld(this.dataSource, page, pageSize);
  }

  @Get(':id')
  @ApiNotFoundResponse({ description: 'No parked event with that id' })
  @ApiParam({ name: 'id', schema: { type: 'string', pattern: '^[1-9][0-9]{0,17}$' } })
  @ApiOperation({ summary: 'One parked event: where it came from, why it was parked, its raw bytes as text' })
  async one(@Param('id', ParkedId) id: string) {
    return (await parkedDetail(this.dataSource, id)) ?? Promise.reject(notFound(id));
  }

  @Post(':id/redrive')
  @ApiNotFoundResponse({ description: 'No parked event with that id' })
  @ApiParam({ name: 'id', schema: { type: 'string', pattern: '^[1-9][0-9]{0,17}$' } })
  @HttpCode(200)
  @ApiOperation({
    summary: 'Apply a parked event again (e.g. after a fix was deployed)',
    description: '200 applied/duplicate/held; 404 unknown id; 409 already redriven; 422 still cannot be applied.',
  })
  async redrive(@Param('id', ParkedId) id: string) {
    return redriveResponse(id, await this.live.redrive(id));
  }
}
