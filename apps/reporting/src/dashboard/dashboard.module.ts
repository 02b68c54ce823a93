import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller';

/** GET /dashboard: the web page served by reporting itself. */
@Module({ controllers: [DashboardController] })
export class DashboardModule {}
