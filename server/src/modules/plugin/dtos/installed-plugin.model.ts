import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PluginSource {
  /** uploaded as a packed tarball into this workspace */
  UPLOAD = 'UPLOAD',
  /** a folder in the server's BATON_PLUGIN_DIRS, there for every workspace */
  FOLDER = 'FOLDER',
}
registerEnumType(PluginSource, { name: 'PluginSource' });

@ObjectType('PluginConnector', { description: 'A connector a plugin version offers to processes as a service-task job type' })
export class PluginConnectorModel {
  @Field({ description: 'The zeebe:taskDefinition type, such as baton:http:request' })
  type: string;

  @Field()
  version: string;
}

@ObjectType('PluginVersion', { description: 'One installed version of a plugin; several can be installed side by side' })
export class PluginVersionModel {
  @Field(() => ID, { nullable: true, description: 'The installation (null for a folder plugin)' })
  id: string | null;

  @Field()
  version: string;

  @Field(() => PluginSource)
  source: PluginSource;

  @Field(() => String, { nullable: true, description: 'sha256 of the uploaded tarball' })
  sha256: string | null;

  @Field(() => Int, { nullable: true, description: 'Tarball size in bytes' })
  size: number | null;

  @Field(() => Date, { nullable: true })
  installedAt: Date | null;

  @Field(() => [PluginConnectorModel])
  connectors: PluginConnectorModel[];
}

@ObjectType('InstalledPlugin', { description: 'A plugin this workspace has, with its versions (highest first) and whether it is enabled here' })
export class InstalledPluginModel {
  @Field({ description: 'The manifest id (baton.id)' })
  pluginId: string;

  @Field()
  nameEn: string;

  @Field({ name: 'nameZhCN' })
  nameZhCN: string;

  @Field({ description: 'Off: its connector jobs fail with an incident naming the plugin' })
  enabled: boolean;

  @Field(() => [PluginVersionModel])
  versions: PluginVersionModel[];
}
