import type { Component } from 'vue';
import ButtonField from './fields/ButtonField.vue';
import CheckboxField from './fields/CheckboxField.vue';
import ChecklistField from './fields/ChecklistField.vue';
import DateTimeField from './fields/DateTimeField.vue';
import DynamicListField from './fields/DynamicListField.vue';
import FilePickerField from './fields/FilePickerField.vue';
import GroupField from './fields/GroupField.vue';
import ImageView from './fields/ImageView.vue';
import LayoutView from './fields/LayoutView.vue';
import NumberField from './fields/NumberField.vue';
import PeoplePickerField from './fields/PeoplePickerField.vue';
import RadioField from './fields/RadioField.vue';
import RecordLookupField from './fields/RecordLookupField.vue';
import RegionField from './fields/RegionField.vue';
import SelectField from './fields/SelectField.vue';
import SerialNumberField from './fields/SerialNumberField.vue';
import SignatureField from './fields/SignatureField.vue';
import TableField from './fields/TableField.vue';
import TextAreaField from './fields/TextAreaField.vue';
import TextField from './fields/TextField.vue';
import TextView from './fields/TextView.vue';

export type FieldGroup = 'input' | 'selection' | 'presentation' | 'container' | 'lowcode';

/** How one field type renders and how the designer offers it. */
export interface FieldDescriptor {
  type: string;
  group: FieldGroup;
  name: { en: string; 'zh-CN': string };
  /** Vue component taking `{ view: FieldView }`; none for fields that never show (expression). */
  component?: Component;
  /** The shell draws label, description, required mark and error around it (inputs); others draw their own. */
  labelled: boolean;
}

const d = (
  type: string,
  group: FieldGroup,
  en: string,
  zh: string,
  component: Component | undefined,
  labelled = true,
): FieldDescriptor => ({
  type,
  group,
  name: { en, 'zh-CN': zh },
  component,
  labelled,
});

/** Every field type the renderer shows, in palette order. One entry per type; add new types here only. */
export const FIELD_DESCRIPTORS: readonly FieldDescriptor[] = [
  d('textfield', 'input', 'Text field', '单行文本', TextField),
  d('textarea', 'input', 'Text area', '多行文本', TextAreaField),
  d('number', 'input', 'Number', '数字', NumberField),
  d('datetime', 'input', 'Date and time', '日期时间', DateTimeField),
  d('expression', 'input', 'Expression', '计算字段', undefined, false),
  d('filepicker', 'input', 'File upload', '附件', FilePickerField),
  d('checkbox', 'selection', 'Checkbox', '复选框', CheckboxField, false),
  d('checklist', 'selection', 'Checklist', '多选', ChecklistField),
  d('radio', 'selection', 'Radio group', '单选', RadioField),
  d('select', 'selection', 'Select', '下拉框', SelectField),
  d('taglist', 'selection', 'Tag list', '多选标签', SelectField),
  d('serialnumber', 'lowcode', 'Serial number', '流水号', SerialNumberField),
  d('member', 'lowcode', 'Member', '成员', PeoplePickerField),
  d('department', 'lowcode', 'Department', '部门', PeoplePickerField),
  d('signature', 'lowcode', 'Signature', '手写签名', SignatureField),
  d('recordlookup', 'lowcode', 'Record lookup', '关联数据', RecordLookupField),
  d('region', 'lowcode', 'Region (province / city / district)', '地址（省市区）', RegionField),
  d('group', 'container', 'Group', '分组', GroupField, false),
  d('dynamiclist', 'container', 'Dynamic list', '子表单', DynamicListField, false),
  d('table', 'presentation', 'Table', '表格', TableField, false),
  d('text', 'presentation', 'Text view', '文本', TextView, false),
  d('html', 'presentation', 'HTML view', 'HTML', TextView, false),
  d('image', 'presentation', 'Image view', '图片', ImageView, false),
  d('separator', 'presentation', 'Separator', '分割线', LayoutView, false),
  d('spacer', 'presentation', 'Spacer', '空白', LayoutView, false),
  d('iframe', 'presentation', 'iFrame', '内嵌网页', LayoutView, false),
  d('button', 'presentation', 'Button', '按钮', ButtonField, false),
];

const byType = new Map(FIELD_DESCRIPTORS.map((descriptor) => [descriptor.type, descriptor]));

export const descriptorOf = (type: string): FieldDescriptor | undefined => byType.get(type);
