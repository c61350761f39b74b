// Icons an app may carry: the server stores the name, the web draws the Element Plus icon of that name.
import {
  Briefcase,
  Calendar,
  Coin,
  Document,
  Files,
  Grid,
  Money,
  Opportunity,
  Present,
  ShoppingCart,
  Stamp,
  Tickets,
  Trophy,
  User,
} from '@element-plus/icons-vue';
import type { Component } from 'vue';

export const APP_ICONS: Readonly<Record<string, Component>> = {
  Document,
  Tickets,
  Money,
  Coin,
  Briefcase,
  Calendar,
  ShoppingCart,
  User,
  Files,
  Stamp,
  Opportunity,
  Present,
  Trophy,
  Grid,
};

export const APP_ICON_NAMES = Object.keys(APP_ICONS);

/** The icon to draw for a stored name; unknown or missing names get the generic one. */
export function appIcon(name: string | null | undefined): Component {
  return (name && APP_ICONS[name]) || Grid;
}
