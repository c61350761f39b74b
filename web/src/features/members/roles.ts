import type { Role } from '@/gql/graphql';

export const ROLES: readonly Role[] = ['OWNER', 'ADMIN', 'BUILDER', 'MEMBER'];
/** Roles an admin hands out; ownership is not given by invitation. */
export const INVITABLE_ROLES: readonly Role[] = ['ADMIN', 'BUILDER', 'MEMBER'];
