import { Module } from '@nestjs/common';
import { AppsModule } from '../app/app.module.js';
import { HandbookResolver } from './handbook.resolver.js';
import { HandbookService } from './handbook.service.js';

@Module({ imports: [AppsModule], providers: [HandbookResolver, HandbookService] })
export class HandbookModule {}
