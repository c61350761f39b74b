import { defineException } from '../../common/errors/define-exception.js';

export const FileException = defineException('FileException', {
  NO_FILE: { code: 'BAD_USER_INPUT', en: 'Attach one file in the "file" field.', zh: '请在 file 字段中附上一个文件。' },
  TYPE_NOT_ALLOWED: { code: 'BAD_USER_INPUT', en: 'Files of type .{extension} are not accepted here (allowed: {allowed}).', zh: '不接受 .{extension} 类型的文件（允许：{allowed}）。' },
  EMPTY_FILE: { code: 'BAD_USER_INPUT', en: 'The file is empty.', zh: '文件为空。' },
  FILE_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no file {id} you can read.', zh: '没有您可读取的文件 {id}。' },
});
