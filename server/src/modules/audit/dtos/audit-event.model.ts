import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { PageInfo } from '../../../common/graphql/page-info.model.js';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field()
  action: string;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  actorEmail: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true })
  targetType: string | null;

  @Field(() => String, { nullable: true })
  targetId: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  details: object | null;

  @Field()
  createdAt: Date;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection {
  @Field(() => [AuditEventModel])
  nodes: AuditEventModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class AuditLogFilter {
  @Field(() => String, { nullable: true })
  action?: string | null;
}
