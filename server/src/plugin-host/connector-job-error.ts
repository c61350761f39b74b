import type { ConnectorProblem } from '@baton/sdk';
import type { PluginVersion } from './plugin-catalogue.js';

/**
 * Why a connector job could not run its plugin. The message becomes the job's error and, out of retries, the
 * incident's message, which is one text for every reader: so it is written in en and zh-CN both.
 */
export class ConnectorJobError extends Error {
  private constructor(
    readonly reason: 'NOT_INSTALLED' | 'DISABLED' | 'PINNED_VERSION_MISSING' | 'FILE_INPUT',
    en: string,
    zh: string,
  ) {
    super(`${en} / ${zh}`);
    this.name = 'ConnectorJobError';
  }

  static notInstalled(type: string): ConnectorJobError {
    return new ConnectorJobError('NOT_INSTALLED', `No plugin of this workspace offers connector ${type}.`, `本工作区没有提供连接器 ${type} 的插件。`);
  }

  static disabled(plugin: PluginVersion, type: string): ConnectorJobError {
    return new ConnectorJobError(
      'DISABLED',
      `Plugin "${plugin.name.en}" (${plugin.pluginId}) is disabled in this workspace, so connector ${type} did not run; an admin can enable it.`,
      `插件“${plugin.name['zh-CN']}”（${plugin.pluginId}）已在本工作区停用，连接器 ${type} 未运行；管理员可将其启用。`,
    );
  }

  static pinnedMissing(plugin: PluginVersion, version: string, type: string): ConnectorJobError {
    return new ConnectorJobError(
      'PINNED_VERSION_MISSING',
      `This process was deployed with plugin ${plugin.pluginId} ${version}, which is no longer installed or has no connector ${type}; redeploy the process to use ${plugin.version}.`,
      `该流程部署时使用插件 ${plugin.pluginId} ${version}，该版本已卸载或没有连接器 ${type}；请重新部署流程以使用 ${plugin.version}。`,
    );
  }

  /** A file field named a file this workspace does not have, or the files are too large to send. */
  static files(problems: ConnectorProblem[]): ConnectorJobError {
    return new ConnectorJobError(
      'FILE_INPUT',
      problems.map((p) => `${p.path}: ${p.message.en}`).join('; '),
      problems.map((p) => `${p.path}：${p.message['zh-CN']}`).join('；'),
    );
  }
}
