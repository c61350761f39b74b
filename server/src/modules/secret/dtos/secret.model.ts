import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Secret', { description: 'A connector secret: its name and when it was set; the value is never returned' })
export class SecretModel {
  @Field({ description: 'Upper-case name, referenced in models as {{secrets.NAME}}' })
  name: string;

  @Field()
  updatedAt: Date;

  @Field()
  updatedById: string;
}
