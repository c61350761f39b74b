import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { Role } from '../../common/auth/role.js';
import { ARGON2_OPTIONS } from '../auth/password.service.js';
import { GroupMemberEntity } from '../group/entities/group-member.entity.js';
import { GroupEntity } from '../group/entities/group.entity.js';
import { MembershipEntity } from '../member/entities/membership.entity.js';
import { UserEntity } from '../user/entities/user.entity.js';
import { WorkspaceEntity } from '../workspace/entities/workspace.entity.js';

/** Documented in the README: the first start of an empty database creates this demo workspace. */
export const DEMO = {
  workspace: '接力演示 Baton Demo',
  password: 'baton-demo-2026',
  people: [
    { email: 'demo@baton.local', name: '王敏 Wang Min', role: Role.OWNER, groups: [] as string[] },
    { email: 'manager@baton.local', name: '李强 Li Qiang', role: Role.ADMIN, groups: ['sales-managers'] },
    { email: 'finance@baton.local', name: '张伟 Zhang Wei', role: Role.MEMBER, groups: ['finance'] },
    { email: 'sales@baton.local', name: '陈静 Chen Jing', role: Role.BUILDER, groups: ['sales'] },
  ],
  groups: [
    { key: 'sales', zh: '销售部', en: 'Sales', parent: null },
    { key: 'sales-managers', zh: '销售经理', en: 'Sales managers', parent: 'sales' },
    { key: 'finance', zh: '财务部', en: 'Finance', parent: null },
  ],
} as const;

export interface DemoSeedResult {
  email: string;
  password: string;
  workspace: string;
}

/** Seeds once: only when the instance has no users at all. Safe to call on every start. */
export async function seedDemo(dataSource: DataSource): Promise<DemoSeedResult> {
  const result = { email: DEMO.people[0].email, password: DEMO.password, workspace: DEMO.workspace };
  await dataSource.transaction(async (em) => {
    await em.query(`LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE`);
    if ((await em.count(UserEntity)) > 0) return;
    const passwordHash = await argon2.hash(DEMO.password, ARGON2_OPTIONS);
    const workspace = await em.save(em.create(WorkspaceEntity, { name: DEMO.workspace }));
    const groupIds = new Map<string, string>();
    for (const g of DEMO.groups) {
      const saved = await em.save(em.create(GroupEntity, {
        workspaceId: workspace.id, key: g.key, nameZhCN: g.zh, nameEn: g.en, parentId: g.parent ? groupIds.get(g.parent)! : null,
      }));
      groupIds.set(g.key, saved.id);
    }
    for (const p of DEMO.people) {
      const user = await em.save(em.create(UserEntity, { email: p.email, name: p.name, passwordHash, locale: 'zh-CN', lockedUntil: null }));
      await em.insert(MembershipEntity, { workspaceId: workspace.id, userId: user.id, role: p.role });
      for (const key of p.groups) {
        await em.insert(GroupMemberEntity, { groupId: groupIds.get(key)!, userId: user.id, workspaceId: workspace.id });
      }
    }
  });
  return result;
}
