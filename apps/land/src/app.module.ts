import { Module } from '@nestjs/common';
import { PlatformModule } from '@park-ledger/platform';

@Module({
  imports: [PlatformModule.forRoot({ service: 'land' })],
})
export class AppModule {}
