import { Label } from '@park-ledger/department';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';

export const MAX_RETURNS_PER_REQUEST = 1000;

/** The month's returns of many enterprises; each item is validated and recorded on its own. */
export class SubmitEconomicReturnsInBulkRequest {
  @ApiProperty({
    type: 'array',
    items: { description: 'a monthly return, as POST /economic-returns takes it (SubmitEconomicReturnRequest); anything else is refused as that item' },
    minItems: 1,
    maxItems: MAX_RETURNS_PER_REQUEST,
    'x-description-en': 'each item is checked and recorded or refused on its own: a bad item is a result, not a 400',
  } as ApiPropertyOptions)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RETURNS_PER_REQUEST)
  @Label('月报', 'Monthly returns', { help: '逐条检查并记录或退回：一条有误只影响该条' })
  readonly returns!: unknown[];
}

export class BulkItemResult {
  @ApiProperty({ example: 3, description: 'the item’s place in `returns`' }) readonly index!: number;
  @ApiProperty({ enum: [200, 400, 404, 409, 422], example: 422, description: 'what the item alone would have been answered' })
  readonly status!: 200 | 400 | 404 | 409 | 422;
  @ApiPropertyOptional({ example: 'economic-return-jinghao-salt-chemical-2014-03' }) readonly streamId?: string;
  @ApiPropertyOptional({ example: 1, description: 'the return’s version once recorded' }) readonly version?: number;
  @ApiPropertyOptional({ example: 'unknown-zone', description: 'stable code of a refused item' }) readonly error?: string;
  @ApiPropertyOptional({
    example: 'Zone salt-chemical-base is not in the park registry',
    description: 'why the item was refused; for a 400, one message per bad field, e.g. `returns.3.taxesYuan: …`',
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  })
  readonly message?: string | string[];
}

export class SubmitEconomicReturnsInBulkResponse {
  @ApiProperty({ type: [BulkItemResult], description: 'one per item, in request order' }) readonly results!: BulkItemResult[];
  @ApiProperty({ example: 998 }) readonly accepted!: number;
  @ApiProperty({ example: 2 }) readonly rejected!: number;
}
