import type { Request, Response } from 'express';
import { Role } from './role.js';

/** Who is acting, resolved by the AuthGuard from the bearer token and the membership row. */
export interface AuthContext {
  userId: string;
  workspaceId: string;
  role: Role;
  email: string;
  ip: string;
}

export interface GqlContext {
  req: Request & { auth?: AuthContext };
  res: Response;
}

export function clientIp(req: Request): string {
  return (req.ip ?? req.socket?.remoteAddress ?? 'unknown').replace(/^::ffff:/, '').slice(0, 64);
}
