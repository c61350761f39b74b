import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('WebhookKey', { description: 'The HMAC-SHA256 key of the workspace\'s message webhooks, shown once when it is made' })
export class WebhookKeyModel {
  @Field({ description: 'Sign each request body with it; it is stored sealed and never shown again' })
  secret: string;

  @Field({ description: 'The request header carrying the signature, as sha256=<hex>' })
  header: string;

  @Field({ description: 'Where to POST a message: replace <message> with the message name' })
  urlPath: string;

  @Field()
  updatedAt: Date;
}
