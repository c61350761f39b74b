import { graphql } from '@/gql';

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        action
        actorId
        actorEmail
        ip
        targetType
        targetId
        createdAt
      }
    }
  }
`);
