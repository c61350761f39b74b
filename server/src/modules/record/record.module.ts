import { Module } from '@nestjs/common';
import { FormModule } from '../form/form.module.js';
import { FileModule } from '../file/file.module.js';
import { RecordBatchSubmitService } from './record-batch-submit.service.js';
import { RecordBulkService } from './record-bulk.service.js';
import { RecordReferenceService } from './record-references.service.js';
import { RecordQueryService } from './record-query.service.js';
import { RecordViewResolver } from './record-view.resolver.js';
import { RecordViewService } from './record-view.service.js';
import { RecordRepository } from './record.repository.js';
import { RecordResolver } from './record.resolver.js';
import { RecordService } from './record.service.js';
import { SerialNumberService } from './serial-number.service.js';
import { SubmissionValidator } from './submission-validator.service.js';
import { RecordTransferController } from './transfer/record-transfer.controller.js';
import { RecordExportService } from './transfer/record-export.service.js';
import { RecordImportService } from './transfer/record-import.service.js';
import { RecordIndexBuilder } from './indexes/record-index.builder.js';
import { RecordIndexResolver } from './indexes/record-index.resolver.js';
import { RecordIndexService } from './indexes/record-index.service.js';

@Module({
  imports: [FormModule, FileModule],
  controllers: [RecordTransferController],
  providers: [RecordResolver, RecordService, RecordReferenceService, RecordBatchSubmitService, RecordBulkService, RecordQueryService, RecordRepository, SerialNumberService, SubmissionValidator, RecordViewResolver, RecordViewService, RecordIndexResolver, RecordIndexService, RecordIndexBuilder, RecordExportService, RecordImportService],
  exports: [RecordService, SubmissionValidator],
})
export class RecordModule {}
