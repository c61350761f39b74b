import { Box, DataLine, EditPen, Files, Grid, Memo, Message, Setting } from '@element-plus/icons-vue';
import type { Component } from 'vue';
import type { Role } from '@/gql/graphql';

export interface NavItem {
  key: 'apps' | 'inbox' | 'records' | 'forms' | 'modeler' | 'monitor' | 'marketplace' | 'admin';
  icon: Component;
  adminOnly?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'apps', icon: Grid },
  { key: 'inbox', icon: Message },
  { key: 'records', icon: Files },
  { key: 'forms', icon: Memo },
  { key: 'modeler', icon: EditPen },
  { key: 'monitor', icon: DataLine },
  { key: 'marketplace', icon: Box },
  { key: 'admin', icon: Setting, adminOnly: true },
];

export function isAdminRole(role: Role | null | undefined): boolean {
  return role === 'OWNER' || role === 'ADMIN';
}

export function visibleNavItems(role: Role | null | undefined): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.adminOnly || isAdminRole(role));
}
