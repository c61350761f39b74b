import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ENV, Env } from '../../config/env.js';
import { SIGNING_SECRET } from './signing-secret.provider.js';

interface AccessClaims {
  sub: string;
  ws: string;
  typ: 'access';
}

/** Short-lived HS256 access tokens carrying the user and the active workspace, nothing else. */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(SIGNING_SECRET) secret: string, @Inject(ENV) private readonly env: Env) {
    // A KeyObject made once: given the string, jsonwebtoken tries it as a PEM public key (and fails) on every verify,
    // over a millisecond of each request.
    const key = createSecretKey(Buffer.from(secret, 'utf8')) as unknown as string;
    this.jwt = new JwtService({ secret: key, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } });
  }

  sign(userId: string, workspaceId: string): { token: string; expiresAt: Date } {
    const ttl = this.env.BATON_ACCESS_TOKEN_TTL;
    const claims: AccessClaims = { sub: userId, ws: workspaceId, typ: 'access' };
    return { token: this.jwt.sign(claims, { expiresIn: ttl }), expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** Returns the claims, or null for a token that is malformed, forged, expired or not an access token. */
  verify(token: string): { userId: string; workspaceId: string } | null {
    try {
      const claims = this.jwt.verify<AccessClaims>(token);
      if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.ws !== 'string') return null;
      return { userId: claims.sub, workspaceId: claims.ws };
    } catch {
      return null;
    }
  }
}
