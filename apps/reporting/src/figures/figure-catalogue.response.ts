import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { figureCatalogue } from '@park-ledger/figures';

/** The park's figure names, for the document's enums. */
export const figureNames = figureCatalogue.map((figure) => figure.name);

class FigureLabels {
  @ApiProperty({ example: '签约落户项目' }) zh!: string;
  @ApiProperty({ example: 'projects signed and settled' }) en!: string;
}

export class CatalogueFigure {
  @ApiProperty({ enum: figureNames, example: 'projects.signed' }) name!: string;
  @ApiProperty({ enum: ['flow', 'stock'], description: 'flow: summed over the period asked; stock: summed up to its end' })
  kind!: string;
  @ApiProperty({ enum: ['count', 'yuan', 'centi-mu', 'centi-hectare', 'percent'], description: 'values are integers in this unit' })
  unit!: string;
  @ApiProperty({ type: FigureLabels }) labels!: FigureLabels;
  @ApiProperty({ type: [String], example: ['zoneId', 'platformId'], description: 'the dims it may be broken down by (groupBy, dims)' })
  dims!: string[];
  @ApiPropertyOptional({ example: 'workId', description: 'a figure of percentages: stated per this item, never added into a total' })
  per?: string;
}

export class CatalogueResponse {
  @ApiProperty({ type: [CatalogueFigure] }) figures!: CatalogueFigure[];
}
