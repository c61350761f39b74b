import { definePlugin } from '@baton/sdk';
import { emailSend } from './email-send.connector.js';

export { emailSend };
export default definePlugin({ connectors: [emailSend] });
