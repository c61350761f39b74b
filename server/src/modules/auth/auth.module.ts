import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginThrottleService } from './login-throttle.service.js';

@Module({ providers: [AuthResolver, AuthService, LoginThrottleService] })
export class AuthModule {}
