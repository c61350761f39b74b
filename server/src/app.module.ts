import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { TenantTransactionInterceptor } from './common/auth/tenant-transaction.interceptor.js';
import { CoreModule } from './common/core.module.js';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter.js';
import { complexityPlugin } from './common/graphql/complexity.plugin.js';
import { graphqlContext, graphqlWs } from './common/graphql/graphql-context.js';
import { queryValidationRules } from './common/graphql/validation-rules.js';
import { ENV, Env } from './config/env.js';
import { DATA_SOURCE } from './database/db.service.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { SIGNING_SECRET } from './modules/auth/signing-secret.provider.js';
import { GroupModule } from './modules/group/group.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { FormModule } from './modules/form/form.module.js';
import { InvitationModule } from './modules/invitation/invitation.module.js';
import { JobModule } from './modules/job/job.module.js';
import { MemberModule } from './modules/member/member.module.js';
import { ProcessModule } from './modules/process/process.module.js';
import { BatchModule } from './modules/batch/batch.module.js';
import { RecordModule } from './modules/record/record.module.js';
import { TaskModule } from './modules/task/task.module.js';
import { UserModule } from './modules/user/user.module.js';
import { WorkspaceModule } from './modules/workspace/workspace.module.js';
import { AppsModule } from './modules/app/app.module.js';
import { ReviewModule } from './modules/review/review.module.js';
import { CommentModule } from './modules/comment/comment.module.js';
import { HandbookModule } from './modules/handbook/handbook.module.js';
import { RealtimeModule } from './modules/realtime/realtime.module.js';
import { FileModule } from './modules/file/file.module.js';
import { PublicFormModule } from './modules/public-form/public-form.module.js';
import { SecretModule } from './modules/secret/secret.module.js';
import { PluginHostModule } from './plugin-host/plugin-host.module.js';
import { PluginModule } from './modules/plugin/plugin.module.js';
import { TriggerModule } from './modules/trigger/trigger.module.js';
import { NotificationModule } from './modules/notification/notification.module.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';

export interface AppOptions {
  env: Env;
  dataSource: DataSource;
  signingSecret: string;
  /** Where to write the generated SDL; in-memory when omitted. */
  schemaFile?: string;
}

@Module({})
export class AppModule {
  static register(options: AppOptions): DynamicModule {
    const values = [
      { provide: ENV, useValue: options.env },
      { provide: DATA_SOURCE, useValue: options.dataSource },
      { provide: SIGNING_SECRET, useValue: options.signingSecret },
    ];
    return {
      module: AppModule,
      imports: [
        { module: class ValuesModule {}, global: true, providers: values, exports: values.map((v) => v.provide) },
        CoreModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: options.schemaFile ?? true,
          sortSchema: true,
          path: '/graphql',
          introspection: options.env.NODE_ENV !== 'production',
          graphiql: false,
          context: graphqlContext,
          subscriptions: graphqlWs,
          validationRules: queryValidationRules(),
          plugins: [complexityPlugin()],
          includeStacktraceInErrorResponses: false,
        }),
        RealtimeModule,
        HealthModule,
        AuthModule,
        WorkspaceModule,
        MemberModule,
        InvitationModule,
        GroupModule,
        UserModule,
        AuditModule,
        ProcessModule,
        BatchModule,
        TaskModule,
        JobModule,
        FormModule,
        RecordModule,
        FileModule,
        PublicFormModule,
        SecretModule,
        PluginHostModule,
        PluginModule,
        TriggerModule,
        NotificationModule,
        CalendarModule,
        AppsModule,
        ReviewModule,
        CommentModule,
        HandbookModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: TenantTransactionInterceptor },
      ],
    };
  }
}
