import { UseGuards } from '@nestjs/common';
import { Resolver, Subscription } from '@nestjs/graphql';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth, Lang, OwnTransactions } from '../../common/auth/decorators.js';
import { Permission } from '../../common/auth/permission.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { toGraphQLError } from '../../common/errors/graphql-exception.filter.js';
import { Db } from '../../database/db.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { TaskModel } from './dtos/task.model.js';
import { TaskRepository } from './task.repository.js';
import { TaskService } from './task.service.js';

/**
 * Live task events for the signed-in user: only tasks they may work on (assignee, candidate user, member of a
 * candidate group, or anyone when the model names none; admins see all), read under their own tenancy.
 * Each event is its own short tenant transaction (@OwnTransactions): a subscription holds no connection.
 */
@Resolver()
@UseGuards(AuthGuard)
export class TaskSubscriptionResolver {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly realtime: RealtimeService,
    private readonly tasks: TaskRepository,
    private readonly service: TaskService,
  ) {}

  @Subscription(() => TaskModel, { description: 'A user task the signed-in user may work on was created' })
  @OwnTransactions()
  taskCreated(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale) {
    return this.stream(auth, lang, 'insert', 'taskCreated');
  }

  @Subscription(() => TaskModel, { description: 'A user task the signed-in user may work on changed: claimed, unclaimed, completed, cancelled' })
  @OwnTransactions()
  taskUpdated(@CurrentAuth() auth: AuthContext, @Lang() lang: Locale) {
    return this.stream(auth, lang, 'update', 'taskUpdated');
  }

  private async *stream(auth: AuthContext, lang: Locale, op: 'insert' | 'update', field: string): AsyncGenerator<Record<string, TaskModel>> {
    const events = this.realtime.events((event) => event.type === 'task' && event.op === op && event.workspaceId === auth.workspaceId);
    try {
      this.access.require(auth, Permission.PROCESS_READ);
      for await (const event of events) {
        const task = await this.db.tenant(auth, async () => {
          const found = await this.tasks.find(event.id);
          return found && (await this.service.mayAct(auth, found)) ? this.tasks.withVariables(found) : null;
        });
        if (task) yield { [field]: task };
      }
    } catch (error) {
      // Errors in a stream skip the exception filter: give them its shape (code, localized message, fields).
      throw toGraphQLError(error, lang);
    } finally {
      await events.return?.();
    }
  }
}
