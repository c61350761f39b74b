import { defineException } from '../../common/errors/define-exception.js';

export const PluginException = defineException('PluginException', {
  NO_TARBALL: { code: 'BAD_USER_INPUT', en: 'Send the packed plugin as the multipart field "tarball".', zh: '请以 multipart 字段 “tarball” 上传打包好的插件。' },
  NO_INTEGRITY: { code: 'BAD_USER_INPUT', en: 'Send the tarball’s sha256 (from the .sha256 file baton-plugin pack wrote) as the field "sha256".', zh: '请在字段 “sha256” 中提供压缩包的 sha256（baton-plugin pack 生成的 .sha256 文件）。' },
  INTEGRITY_MISMATCH: { code: 'BAD_USER_INPUT', en: 'The tarball’s sha256 is {actual}, not the {expected} it was sent with: it changed on the way or is another file.', zh: '压缩包的 sha256 为 {actual}，与提供的 {expected} 不符：文件在传输中被改动或并非同一文件。' },
  TARBALL_TOO_LARGE: { code: 'BAD_USER_INPUT', en: 'The tarball is larger than the {max} bytes installPluginFromBase64 takes; upload it to POST /api/plugins (baton-plugin publish) instead.', zh: '压缩包超过 installPluginFromBase64 允许的 {max} 字节；请改用 POST /api/plugins（baton-plugin publish）上传。' },
  BAD_BASE64: { code: 'BAD_USER_INPUT', en: 'The tarball must be sent as base64 text (the bytes of the .tgz baton-plugin pack wrote).', zh: '压缩包须以 base64 文本发送（baton-plugin pack 生成的 .tgz 的字节）。' },
  BAD_TARBALL: { code: 'BAD_USER_INPUT', en: 'The tarball cannot be installed: {reason}', zh: '该压缩包无法安装：{reason}' },
  INVALID_MANIFEST: { code: 'BAD_USER_INPUT', en: 'The plugin manifest is invalid: {summary}', zh: '插件清单无效：{summary}' },
  SDK_RANGE: { code: 'BAD_USER_INPUT', en: 'The plugin needs @baton/sdk {range}; this server has {sdk}.', zh: '该插件需要 @baton/sdk {range}，本服务器为 {sdk}。' },
  INVALID_PLUGIN: { code: 'BAD_USER_INPUT', en: 'The plugin’s code does not load or does not match its manifest: {summary}', zh: '插件代码无法加载或与清单不符：{summary}' },
  VERSION_EXISTS: { code: 'CONFLICT', en: '{pluginId} {version} is already installed with other contents; give the new build a new version.', zh: '{pluginId} {version} 已以不同内容安装；请为新构建使用新版本号。' },
  TYPE_TAKEN: { code: 'CONFLICT', en: 'Connector type {type} already belongs to plugin {owner} in this workspace.', zh: '连接器类型 {type} 在本工作区已属于插件 {owner}。' },
  FOLDER_NOT_ALLOWED: { code: 'BAD_USER_INPUT', en: 'Plugin folders install only from inside BATON_PLUGIN_INSTALL_ROOTS ({roots}); {path} is not.', zh: '插件文件夹只能从 BATON_PLUGIN_INSTALL_ROOTS（{roots}）内安装；{path} 不在其中。' },
  FOLDER_NOT_PACKED: { code: 'BAD_USER_INPUT', en: 'The folder could not be packed as a plugin: {reason}', zh: '该文件夹无法打包为插件：{reason}' },
  PLUGIN_NOT_FOUND: { code: 'NOT_FOUND', en: 'This workspace has no plugin {pluginId}.', zh: '本工作区没有插件 {pluginId}。' },
  VERSION_NOT_FOUND: { code: 'NOT_FOUND', en: 'This workspace has no installed {pluginId} {version}.', zh: '本工作区未安装 {pluginId} {version}。' },
  VERSION_IN_USE: { code: 'CONFLICT', en: 'Running process instances use {pluginId} {version} ({processes}); let them finish or cancel them first.', zh: '运行中的流程实例正在使用 {pluginId} {version}（{processes}），请待其结束或先取消。' },
});
