import { Injectable, Logger } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { broadcastSignal } from '../../engine/runtime/index.js';
import { checkVariables, variablesOrEmpty } from '../process/utils/variables-input.util.js';
import { EngineClock } from '../timer/engine-clock.js';
import { BroadcastSignalInput, SignalBroadcastModel } from './dtos/signal.model.js';

/** broadcastSignal: BPMN signals, which (unlike messages) reach every waiting subscription and are not buffered. */
@Injectable()
export class SignalService {
  private readonly logger = new Logger('Signals');

  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly clock: EngineClock,
  ) {}

  /**
   * In the request's transaction: every subscription open now with this name is triggered once (catch and boundary
   * events, event-based gateways, event sub-processes), then every signal start event starts an instance. A name no
   * one waits for triggers nothing: a signal is a broadcast, not addressed to anyone.
   */
  async broadcast(auth: AuthContext, input: BroadcastSignalInput): Promise<SignalBroadcastModel> {
    this.access.require(auth, Permission.PROCESS_START);
    const name = input.name?.trim() ?? '';
    checkVariables(input.variables, 'variables', new InputCheck().text('name', name, { min: 1, max: 255 })).throwIfAny();
    const actor = { workspaceId: auth.workspaceId, userId: auth.userId };
    const outcome = await broadcastSignal(this.db.em, actor, name, variablesOrEmpty(input.variables), this.clock);
    for (const failure of outcome.failed) this.logger.warn(`Signal "${name}", subscription ${failure.subscriptionId}: ${failure.reason}`);
    return { name, triggered: outcome.triggered, failed: outcome.failed.length };
  }
}
