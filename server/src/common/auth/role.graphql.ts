import { registerEnumType } from '@nestjs/graphql';
import { Role } from './role.js';

registerEnumType(Role, { name: 'Role', description: 'A member’s role in a workspace' });
