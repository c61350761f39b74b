export enum Role {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  BUILDER = 'BUILDER',
  MEMBER = 'MEMBER',
}

export const ROLE_RANK: Record<Role, number> = { OWNER: 4, ADMIN: 3, BUILDER: 2, MEMBER: 1 };
