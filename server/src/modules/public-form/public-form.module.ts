import { Module } from '@nestjs/common';
import { FormModule } from '../form/form.module.js';
import { ProcessModule } from '../process/process.module.js';
import { RecordModule } from '../record/record.module.js';
import { PublicFormController } from './public-form.controller.js';
import { PublicFormResolver } from './public-form.resolver.js';
import { PublicFormService } from './public-form.service.js';

@Module({ imports: [FormModule, ProcessModule, RecordModule], controllers: [PublicFormController], providers: [PublicFormResolver, PublicFormService] })
export class PublicFormModule {}
