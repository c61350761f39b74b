import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  envelope: { from: string; to: string[] };
  mail: ParsedMail;
}

/**
 * A real SMTP server on loopback (AUTH PLAIN/LOGIN checked, no TLS so the test needs no certificates) that parses
 * every message it accepts. `stop()` then `start()` again on the same port simulates a mail server that is down.
 */
export class SmtpSink {
  readonly received: Received[] = [];
  port = 0;
  private server: SMTPServer | null = null;

  constructor(
    private readonly credentials = { user: 'baton', password: 'smtp-s3cret-密码' },
    private readonly delayMs = 0,
  ) {}

  async start(port = this.port): Promise<this> {
    const { user, password } = this.credentials;
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === user && auth.password === password) callback(null, { user });
        else callback(new Error('Invalid username or password'));
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then(async (mail) => {
            if (this.delayMs) await new Promise((done) => setTimeout(done, this.delayMs));
            this.received.push({ envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) }, mail });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((done, fail) => {
      server.on('error', fail);
      server.listen(port, '127.0.0.1', () => done());
    });
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((done) => server.close(() => done()));
  }

  to(address: string): Received[] {
    return this.received.filter((r) => r.envelope.to.includes(address));
  }

  /** Resolves once `count` messages match, or fails after `ms`. */
  async waitFor(match: (r: Received) => boolean, count = 1, ms = 15_000): Promise<Received[]> {
    const until = Date.now() + ms;
    for (;;) {
      const found = this.received.filter(match);
      if (found.length >= count) return found;
      if (Date.now() > until) throw new Error(`Expected ${count} message(s), got ${found.length} (of ${this.received.length} received)`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}
