import { Field, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from '../notification-kind.js';

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'False when the member opted out of this kind in this workspace' })
  enabled: boolean;
}

@ObjectType('NotificationPreferences')
export class NotificationPreferencesModel {
  @Field(() => [NotificationPreferenceModel], { description: 'One entry per kind a member may switch off' })
  kinds: NotificationPreferenceModel[];

  @Field(() => String, { nullable: true, description: 'IANA time zone for dates in mail; null: by language (zh-CN → Asia/Shanghai, en → UTC)' })
  timeZone: string | null;

  @Field({ description: 'Whether this workspace sends notification mail at all (an admin set up SMTP)' })
  emailEnabled: boolean;
}
