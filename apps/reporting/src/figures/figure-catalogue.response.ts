import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { figureCatalogue as contributionFigures, timelinessFigures } from '@park-ledger/figures';
const figureCatalogue = [...contributionFigures, ...timelinessFigures];

/** The park's figure names, for the document's enums. */
export const figureNames = figureCatalogue.map((figure) => figure.name);

class FigureLabels {
  @ApiProperty({ example: '签约落户项目' }) zh!: string;
  @ApiProperty({ example: 'projects signed and settled' }) en!: string;
}

class FigureRatio {
  @ApiProperty({ example: 'timeliness.returns-on-time' }) numerator!: string;
  @ApiProperty({ example: 'timeliness.returns-due' }) denominator!: string;
}

export class CatalogueFigure {
  @ApiProperty({ enum: figureNames, example: 'projects.signed' }) name!: string;
  @ApiProperty({ enum: ['flow', 'stock'], description: 'flow: summed over the period asked; stock: summed up to its end' })
  kind!: string;
  @ApiProperty({ enum: ['count', 'yuan', 'centi-mu', 'centi-hectare', 'percent'], description: 'values are integers in this unit (a ratio: percent with one decimal)' })
  unit!: string;
  @ApiProperty({ type: FigureLabels }) labels!: FigureLabels;
  @ApiProperty({ type: [String], example: ['zoneId', 'platformId'], description: 'the dims it may be broken down by (groupBy, dims)' })
  dims!: string[];
  @ApiPropertyOptional({ example: 'workId', description: 'a figure of percentages: stated per this item, never added into a total' })
  per?: string;
  @ApiPropertyOptional({
    enum: ['timeliness'],
    description: 'timeliness: counted from the returns’ obligations (the office’s calendar and the filings, at asOf), not summed from records',
  })
  source?: string;
  @ApiPropertyOptional({
    type: FigureRatio,
    description: 'a ratio of two figures in percent (one decimal), computed for the total and each part, never summed',
  })
  ratioOf?: FigureRatio;
}

export class CatalogueResponse {
  @ApiProperty({ type: [CatalogueFigure] }) figures!: CatalogueFigure[];
}
