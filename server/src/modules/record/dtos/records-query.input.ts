import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';

export enum FilterOperator {
  eq = 'eq',
  ne = 'ne',
  gt = 'gt',
  gte = 'gte',
  lt = 'lt',
  lte = 'lte',
  contains = 'contains',
  in = 'in',
  between = 'between',
  empty = 'empty',
}
registerEnumType(FilterOperator, { name: 'FilterOperator' });

export enum FilterMatch {
  ALL = 'ALL',
  ANY = 'ANY',
}
registerEnumType(FilterMatch, { name: 'FilterMatch', description: 'ALL: every condition must hold (满足所有条件); ANY: at least one (满足任一条件)' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'One condition; a field inside a dynamic list matches when any row matches (ne and empty: when no row does)' })
export class RecordCondition {
  @Field({ description: 'A data path of the form (`amount`, `address.city`, `items.amount`) or `createdAt`' })
  field: string;

  @Field(() => FilterOperator)
  op: FilterOperator;

  @Field(() => GraphQLJSON, { nullable: true, description: 'in: a list; between: [low, high]; empty: true or false' })
  value?: unknown;
}

@InputType()
export class RecordFilter {
  @Field(() => [RecordCondition], { nullable: true, description: 'All must hold, or any one with match: ANY' })
  conditions?: RecordCondition[] | null;

  @Field(() => FilterMatch, { nullable: true, description: 'How the conditions combine; ALL when omitted' })
  match?: FilterMatch | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of any text or number value' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true lists the recycle bin instead of live records' })
  deleted?: boolean | null;
}

@InputType()
export class RecordSort {
  @Field({ description: 'A data path outside dynamic lists, or `createdAt`' })
  field: string;

  @Field(() => SortDirection, { nullable: true })
  direction?: SortDirection | null;
}
