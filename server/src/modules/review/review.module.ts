import { Module } from '@nestjs/common';
import { AppsModule } from '../app/app.module.js';
import { FormModule } from '../form/form.module.js';
import { ProcessModule } from '../process/process.module.js';
import { DiffService } from './diff.service.js';
import { DraftViewService } from './draft-view.service.js';
import { DraftService } from './draft.service.js';
import { ReviewResolver } from './review.resolver.js';
import { ReviewService } from './review.service.js';

@Module({
  imports: [AppsModule, FormModule, ProcessModule],
  providers: [ReviewResolver, DraftService, DraftViewService, ReviewService, DiffService],
})
export class ReviewModule {}
