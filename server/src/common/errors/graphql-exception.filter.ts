import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { Request, Response } from 'express';
import { BatonException, Locale, pickLocale } from './baton.exception.js';

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, PAYLOAD_TOO_LARGE: 413, RATE_LIMITED: 429,
};

/** The one place where exceptions become GraphQL errors: `extensions.code`, localized message, field keys. */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType() === 'http') {
      // REST endpoints (file transfer) answer with the same error shape, as JSON with a matching status.
      const http = host.switchToHttp();
      const req = http.getRequest<Request>();
      const error = toGraphQLError(exception, pickLocale(req.headers['accept-language']), this.logger);
      if (exception instanceof HttpException && !(exception instanceof BatonException) && exception.getStatus() < 500) {
        // Nest's own (unknown route, upload over its size limit, …): keep its status and message.
        const status = exception.getStatus();
        const code = Object.entries(HTTP_STATUS).find(([, s]) => s === status)?.[0] ?? 'BAD_REQUEST';
        http.getResponse<Response>().status(status).json({ errors: [{ message: exception.message, extensions: { code } }] });
        return;
      }
      http.getResponse<Response>().status(HTTP_STATUS[String(error.extensions.code)] ?? 500).json({ errors: [error.toJSON()] });
      return;
    }
    const req = GqlArgumentsHost.create(host).getContext<{ req?: Request }>()?.req;
    return toGraphQLError(exception, pickLocale(req?.headers?.['accept-language']), this.logger);
  }
}

/** An exception as the GraphQL error clients see; also used where the filter does not run (subscription streams). */
export function toGraphQLError(exception: unknown, locale: Locale, logger = new Logger('GraphQL')): GraphQLError {
  if (exception instanceof BatonException) {
    return new GraphQLError(exception.localized(locale), {
      extensions: {
        code: exception.code,
        reason: exception.reason,
        ...(exception.fields.length > 0
          ? { fields: exception.fields.map((f) => ({ key: f.key, message: f.message[locale], ...(f.rule ? { rule: f.rule } : {}) })) }
          : {}),
      },
    });
  }
  if (exception instanceof GraphQLError) return exception;
  if (exception instanceof HttpException && exception.getStatus() === 429) {
    return new GraphQLError(locale === 'zh-CN' ? '请求过于频繁，请稍后再试。' : 'Too many requests; try again shortly.', {
      extensions: { code: 'RATE_LIMITED' },
    });
  }
  logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
  return new GraphQLError(locale === 'zh-CN' ? '服务器内部错误。' : 'Internal server error.', {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
