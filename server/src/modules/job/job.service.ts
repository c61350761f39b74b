import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { checkVariables, variablesOrEmpty } from '../process/utils/variables-input.util.js';
import { ActivateJobsInput, JobModel } from './dtos/job.model.js';
import { JobCommands } from './job-commands.js';
import { claimJobs, toJobModel } from './job-row.js';
import { JobPoller } from './job-poller.js';

/** The longest an activateJobs call waits for a job to appear. */
export const MAX_REQUEST_TIMEOUT_MS = 30_000;

/** The GraphQL side of the job queue: external workers, like Zeebe job workers, scoped to the caller's workspace. */
@Injectable()
export class JobService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly commands: JobCommands,
    private readonly poller: JobPoller,
  ) {}

  async activate(auth: AuthContext, input: ActivateJobsInput): Promise<JobModel[]> {
    this.access.require(auth, Permission.JOB_WORK);
    const check = new InputCheck().text('type', input.type, { max: 255 });
    if (!Number.isInteger(input.maxJobs) || input.maxJobs < 1 || input.maxJobs > 100) {
      check.add('maxJobs', { en: 'maxJobs must be from 1 to 100.', 'zh-CN': 'maxJobs 须在 1 到 100 之间。' });
    }
    if (!Number.isInteger(input.timeout) || input.timeout < 1000 || input.timeout > 86_400_000) {
      check.add('timeout', { en: 'timeout must be from 1,000 to 86,400,000 milliseconds.', 'zh-CN': 'timeout 须在 1,000 到 86,400,000 毫秒之间。' });
    }
    const wait = input.requestTimeout ?? 0;
    if (!Number.isInteger(wait) || wait < 0 || wait > MAX_REQUEST_TIMEOUT_MS) {
      check.add('requestTimeout', { en: 'requestTimeout must be from 0 to 30,000 milliseconds.', 'zh-CN': 'requestTimeout 须在 0 到 30,000 毫秒之间。' });
    }
    check.throwIfAny();
    const worker = input.worker?.trim().slice(0, 255) || `user:${auth.userId}`;
    // Each claim is its own short tenant transaction (the field is @OwnTransactions): waiting holds no connection.
    const claim = () => this.db.tenant(auth, async (em) => (await claimJobs(em, [input.type], input.maxJobs, input.timeout, worker)).map(toJobModel));
    const deadline = Date.now() + wait;
    let jobs = await claim();
    // Woken by NOTIFY baton_jobs (sent at commit by whatever created a job) or every second for jobs that fell due.
    while (jobs.length === 0 && Date.now() < deadline) {
      await this.poller.nextWakeUp(Math.min(1_000, deadline - Date.now()));
      jobs = await claim();
    }
    return jobs;
  }

  async complete(auth: AuthContext, id: string, variables: unknown): Promise<JobModel> {
    this.access.require(auth, Permission.JOB_WORK);
    checkVariables(variables, 'variables', new InputCheck().uuid('id', id)).throwIfAny();
    const row = await this.commands.complete(this.db.em, { workspaceId: auth.workspaceId, userId: auth.userId }, id, variablesOrEmpty(variables));
    return toJobModel(row);
  }

  async fail(auth: AuthContext, id: string, retries: number, errorMessage: string | null | undefined, retryBackOff: number | null | undefined): Promise<JobModel> {
    this.access.require(auth, Permission.JOB_WORK);
    const check = new InputCheck().uuid('id', id);
    if (!Number.isInteger(retries) || retries < 0 || retries > 1000) check.add('retries', { en: 'retries must be from 0 to 1000.', 'zh-CN': 'retries 须在 0 到 1000 之间。' });
    if (retryBackOff != null && (!Number.isInteger(retryBackOff) || retryBackOff < 0 || retryBackOff > 86_400_000)) {
      check.add('retryBackOff', { en: 'retryBackOff must be from 0 to 86,400,000 milliseconds.', 'zh-CN': 'retryBackOff 须在 0 到 86,400,000 毫秒之间。' });
    }
    check.throwIfAny();
    return toJobModel(await this.commands.fail(this.db.em, id, retries, errorMessage ?? '', retryBackOff ?? 0));
  }

  async throwError(auth: AuthContext, id: string, errorCode: string, errorMessage: string | null | undefined, variables?: unknown): Promise<JobModel> {
    this.access.require(auth, Permission.JOB_WORK);
    checkVariables(variables, 'variables', new InputCheck().uuid('id', id).text('errorCode', errorCode, { max: 255 })).throwIfAny();
    const actor = { workspaceId: auth.workspaceId, userId: auth.userId };
    const row = await this.commands.throwError(this.db.em, actor, id, errorCode.trim(), errorMessage ?? '', variablesOrEmpty(variables));
    return toJobModel(row);
  }
}
