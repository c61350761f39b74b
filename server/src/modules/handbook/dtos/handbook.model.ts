import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AppHandbook', { description: 'An app’s process handbook; the web prints the HTML to PDF' })
export class AppHandbookModel {
  @Field()
  appKey: string;

  @Field({ description: 'zh-CN or en' })
  lang: string;

  @Field()
  title: string;

  @Field({ description: 'A self-contained HTML page (inline SVG diagrams and CSS, no scripts); every model and form text is escaped' })
  html: string;

  @Field()
  generatedAt: Date;
}
