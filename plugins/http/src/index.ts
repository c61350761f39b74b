import { definePlugin } from '@baton/sdk';
import { httpRequest } from './http-request.connector.js';

export { httpRequest };
export default definePlugin({ connectors: [httpRequest] });
