import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { PluginVersionModel } from './installed-plugin.model.js';

@ObjectType('ConnectorTemplate', {
  description: 'A Camunda 8 element template for a connector of an enabled plugin (its highest version): apply it to a service task in the modeller',
})
export class ConnectorTemplateModel {
  @Field({ description: 'The manifest id of the plugin offering it' })
  pluginId: string;

  @Field({ description: 'The plugin version the template was generated from (the highest the workspace has)' })
  pluginVersion: string;

  @Field({ description: 'The job type (zeebe:taskDefinition type) the template sets' })
  type: string;

  @Field({ description: 'The connector\'s own version' })
  version: string;

  @Field(() => GraphQLJSON, { description: 'The element template, labels in English' })
  template: Record<string, unknown>;

  @Field(() => GraphQLJSON, { name: 'templateZhCN', description: 'The same element template, labels in Chinese' })
  templateZhCN: Record<string, unknown>;
}

@ObjectType('InstalledPluginVersion', { description: 'What installing a packed plugin gave: the plugin id and the installed version (the existing one for the same bytes again)' })
export class InstalledPluginVersionModel extends PluginVersionModel {
  @Field()
  pluginId: string;
}
