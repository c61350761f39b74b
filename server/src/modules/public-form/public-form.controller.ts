import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { clientIp } from '../../common/auth/auth-context.js';
import { PublicFormException } from './public-form.exception.js';
import { PublicFormService } from './public-form.service.js';
import { SubmissionRate } from './submission-rate.js';

/** Submissions per client address and link per minute. */
export const PUBLIC_SUBMISSIONS_PER_MINUTE = 10;

/**
 * The anonymous side of share links (外链), no sign-in: GET /public/forms/:token → the form; POST with `{ data }` →
 * validated on the server like any submission, stored, and the linked process started. Unknown, expired and revoked
 * links all answer 404 the same way; submissions are rate-limited per client address.
 */
@Controller('public/forms')
export class PublicFormController {
  private readonly rate = new SubmissionRate(PUBLIC_SUBMISSIONS_PER_MINUTE);

  constructor(private readonly links: PublicFormService) {}

  @Get(':token')
  form(@Param('token') token: string) {
    return this.links.schema(token);
  }

  @Post(':token')
  submit(@Req() req: Request, @Param('token') token: string, @Body() body: { data?: unknown }) {
    const ip = clientIp(req);
    if (!this.rate.allow(`${ip}:${token}`)) throw new PublicFormException('TOO_MANY');
    return this.links.submit(token, body?.data ?? null, ip);
  }
}
