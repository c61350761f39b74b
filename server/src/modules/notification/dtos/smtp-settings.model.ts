import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SmtpSettings')
export class SmtpSettingsModel {
  @Field()
  enabled: boolean;

  @Field()
  host: string;

  @Field(() => Int)
  port: number;

  @Field({ description: 'TLS from the first byte (port 465); otherwise STARTTLS when offered' })
  secure: boolean;

  @Field({ description: 'From address, e.g. "Baton 通知 <noreply@acme.cn>"' })
  from: string;

  @Field(() => String, { nullable: true })
  user: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the workspace secret holding the password' })
  passwordSecret: string | null;

  @Field({ description: 'Whether that secret is set (its value is never returned)' })
  passwordSet: boolean;

  @Field()
  updatedAt: Date;
}

@InputType()
export class SmtpSettingsInput {
  @Field({ nullable: true, defaultValue: true })
  enabled: boolean;

  @Field()
  host: string;

  @Field(() => Int)
  port: number;

  @Field({ nullable: true, defaultValue: false })
  secure: boolean;

  @Field()
  from: string;

  @Field(() => String, { nullable: true })
  user?: string | null;

  @Field(() => String, { nullable: true, description: 'Stored as the workspace secret passwordSecret (default SMTP_PASSWORD); never returned' })
  password?: string | null;

  @Field(() => String, { nullable: true, description: 'Secret name for the password; default SMTP_PASSWORD when a user is given' })
  passwordSecret?: string | null;
}
