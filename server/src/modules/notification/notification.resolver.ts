import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { NotificationPreferencesModel } from './dtos/notification-preference.model.js';
import { SmtpSettingsInput, SmtpSettingsModel } from './dtos/smtp-settings.model.js';
import { NotificationKind } from './notification-kind.js';
import { NotificationPreferenceService } from './notification-preference.service.js';
import { SmtpSettingsService } from './smtp-settings.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class NotificationResolver {
  constructor(
    private readonly preferences: NotificationPreferenceService,
    private readonly smtp: SmtpSettingsService,
  ) {}

  @Query(() => NotificationPreferencesModel, { description: 'The signed-in member’s notification mail choices in this workspace' })
  notificationPreferences(@CurrentAuth() auth: AuthContext) {
    return this.preferences.get(auth);
  }

  @Mutation(() => NotificationPreferencesModel, { description: 'Switches one kind of notification mail on or off for the signed-in member' })
  setNotificationPreference(@CurrentAuth() auth: AuthContext, @Args('kind', { type: () => NotificationKind }) kind: NotificationKind, @Args('enabled') enabled: boolean) {
    return this.preferences.set(auth, kind, enabled);
  }

  @Mutation(() => NotificationPreferencesModel, { description: 'Sets the IANA time zone dates in notification mail are shown in (null: by language)' })
  setNotificationTimeZone(@CurrentAuth() auth: AuthContext, @Args('timeZone', { type: () => String, nullable: true }) timeZone: string | null) {
    return this.preferences.setTimeZone(auth, timeZone);
  }

  @Query(() => SmtpSettingsModel, { nullable: true, description: 'The workspace’s SMTP server for notification mail (admins); null until set' })
  smtpSettings(@CurrentAuth() auth: AuthContext) {
    return this.smtp.get(auth);
  }

  @Mutation(() => SmtpSettingsModel, { description: 'Sets the workspace’s SMTP server (admins); the password becomes a workspace secret' })
  setSmtpSettings(@CurrentAuth() auth: AuthContext, @Args('input') input: SmtpSettingsInput) {
    return this.smtp.set(auth, input);
  }
}
