import { defineException } from '../../common/errors/define-exception.js';

export const RecordException = defineException('RecordException', {
  INVALID_DATA: { code: 'BAD_USER_INPUT', en: 'The record was not saved: {count} field(s) need attention.', zh: '记录未保存：有 {count} 个字段需要修改。' },
  BULK_REFUSED: { code: 'BAD_USER_INPUT', en: 'No record was changed: {count} problem(s); see the listed fields.', zh: '未修改任何记录：有 {count} 个问题，请查看列出的字段。' },
  INVALID_QUERY: { code: 'BAD_USER_INPUT', en: 'The record query is not valid; see the listed fields.', zh: '记录查询无效，请查看列出的字段。' },
  RECORD_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no record {id} in this workspace.', zh: '本工作区没有记录 {id}。' },
  ALREADY_DELETED: { code: 'CONFLICT', en: 'Record {id} is deleted; restore it first.', zh: '记录 {id} 已删除，请先恢复。' },
  NOT_DELETED: { code: 'CONFLICT', en: 'Record {id} is not deleted.', zh: '记录 {id} 未被删除。' },
  RULES_TOO_COSTLY: { code: 'BAD_USER_INPUT', en: 'The form’s rules took more than {seconds} s or too much memory to check; ask its builder to simplify their expressions.', zh: '表单规则校验超过 {seconds} 秒或占用内存过多，请联系表单搭建者简化表达式。' },
  VIEW_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no view {id} you can see.', zh: '没有您可见的视图 {id}。' },
  VIEW_NAME_TAKEN: { code: 'CONFLICT', en: 'You already have a view named "{name}" for this form.', zh: '您在此表单上已有名为“{name}”的视图。' },
  NOT_YOURS: { code: 'FORBIDDEN', en: 'Only builders and admins may change records someone else submitted.', zh: '只有搭建者和管理员可以修改他人提交的记录。' },
  INVALID_INDEXES: { code: 'BAD_USER_INPUT', en: 'The indexes were not changed; see the listed fields.', zh: '索引未修改，请查看列出的字段。' },
  IMPORT_FILE_INVALID: { code: 'BAD_USER_INPUT', en: 'The file could not be read as .xlsx or CSV: {reason}.', zh: '无法按 .xlsx 或 CSV 读取该文件：{reason}。' },
  IMPORT_TOO_LARGE: { code: 'BAD_USER_INPUT', en: 'The file has {rows} rows; import at most {max} at a time.', zh: '文件有 {rows} 行，每次最多导入 {max} 行。' },
  IMPORT_MAPPING_INVALID: { code: 'BAD_USER_INPUT', en: 'The column mapping is not valid; see the listed columns.', zh: '列映射无效，请查看列出的列。' },
  EXPORT_FORMAT_INVALID: { code: 'BAD_USER_INPUT', en: 'Export as xlsx or csv, with filter and sort as JSON.', zh: '请导出为 xlsx 或 csv，筛选和排序须为 JSON。' },
});
