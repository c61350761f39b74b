import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { OutboundAllowListEntity } from './entities/outbound-allow-list.entity.js';

const HOST = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;
const MAX_HOSTS = 50;

/** A workspace's allow-list for connectors' outbound HTTP (admins), read by the plugin host for each job. */
@Injectable()
export class OutboundAllowListService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async get(auth: AuthContext): Promise<string[]> {
    this.access.require(auth, Permission.SECRET_MANAGE);
    return this.hosts();
  }

  /** The current workspace's hosts, in the caller's tenant transaction (no permission check: the plugin host's use). */
  async hosts(): Promise<string[]> {
    return (await this.db.em.findOne(OutboundAllowListEntity, { where: {} }))?.hosts ?? [];
  }

  async set(auth: AuthContext, hosts: string[]): Promise<string[]> {
    this.access.require(auth, Permission.SECRET_MANAGE);
    const clean = [...new Set(hosts.map((h) => h.trim().toLowerCase()).filter(Boolean))];
    const check = new InputCheck();
    if (clean.length > MAX_HOSTS) check.add('hosts', { en: `At most ${MAX_HOSTS} hosts.`, 'zh-CN': `最多 ${MAX_HOSTS} 个主机。` });
    clean.forEach((host, i) => {
      if (!HOST.test(host)) check.add(`hosts[${i}]`, { en: `"${host}" is not a host name, *.domain or host:port.`, 'zh-CN': `“${host}”不是主机名、*.域名 或 主机:端口。` });
    });
    check.throwIfAny();
    await this.db.em.upsert(OutboundAllowListEntity, { workspaceId: auth.workspaceId, hosts: clean, updatedById: auth.userId, updatedAt: new Date() }, ['workspaceId']);
    await this.audit.recordBy(auth, { action: 'connector.allow_list_set', targetType: 'workspace', targetId: auth.workspaceId, details: { hosts: clean } });
    return clean;
  }
}
