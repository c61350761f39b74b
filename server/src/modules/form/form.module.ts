import { Module } from '@nestjs/common';
import { FormResolver } from './form.resolver.js';
import { FormService } from './form.service.js';

@Module({ providers: [FormResolver, FormService], exports: [FormService] })
export class FormModule {}
