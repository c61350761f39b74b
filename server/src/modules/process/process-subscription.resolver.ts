import { UseGuards } from '@nestjs/common';
import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth, Lang, OwnTransactions } from '../../common/auth/decorators.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { toGraphQLError } from '../../common/errors/graphql-exception.filter.js';
import { Db } from '../../database/db.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { ProcessInstanceModel } from './dtos/process-instance.model.js';
import { ProcessInstanceRepository } from './process-instance.repository.js';
import { ProcessException } from './process.exception.js';

@Resolver()
@UseGuards(AuthGuard)
export class ProcessSubscriptionResolver {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly realtime: RealtimeService,
    private readonly instances: ProcessInstanceRepository,
  ) {}

  @Subscription(() => ProcessInstanceModel, { description: 'The instance after each command that changed it (tokens, variables, incidents, state)' })
  @OwnTransactions()
  processInstanceUpdated(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale, @Args('id', { type: () => ID }) id: string) {
    return this.stream(auth, lang, id);
  }

  private async *stream(auth: AuthContext, lang: Locale, id: string): AsyncGenerator<{ processInstanceUpdated: ProcessInstanceModel }> {
    // Subscribe before checking, so no change between the check and the first event is missed.
    const events = this.realtime.events((event) => event.type === 'instance' && event.id === id && event.workspaceId === auth.workspaceId);
    try {
      this.access.require(auth, Permission.PROCESS_READ);
      new InputCheck().uuid('id', id).throwIfAny();
      if (!(await this.db.tenant(auth, () => this.instances.byId(id)))) {
        throw new ProcessException('INSTANCE_NOT_FOUND', { params: { id }, fields: [{ key: 'id', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
      }
      for await (const event of events) {
        const instance = await this.db.tenant(auth, () => this.instances.byId(event.id));
        if (instance) yield { processInstanceUpdated: instance };
      }
    } catch (error) {
      throw toGraphQLError(error, lang);
    } finally {
      await events.return?.();
    }
  }
}
