import { Module } from '@nestjs/common';
import { AppResolver } from './app.resolver.js';
import { AppSummaryService } from './app-summary.service.js';
import { AppService } from './app.service.js';

@Module({ providers: [AppResolver, AppService, AppSummaryService], exports: [AppService] })
export class AppsModule {}
