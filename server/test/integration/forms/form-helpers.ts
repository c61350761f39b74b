import { expect } from 'vitest';
import { gql, GqlResult } from '../graphql-client.js';
import type { Session } from '../identity.js';

export const DEPLOY = `mutation($input: DeployFormInput!) { deployForm(input: $input) {
  id formKey version name schema createdAt
  report { previousVersion addedFields removedFields { key recordCount } renamedFields { from to recordCount } } } }`;
export const SUBMIT = `mutation($input: SubmitRecordInput!) { submitRecord(input: $input) { id formKey formVersion data createdBy createdAt } }`;
export const RECORDS = `query($formKey: String!, $filter: RecordFilter, $sort: RecordSort, $first: Int, $after: String) {
  records(formKey: $formKey, filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes { id formVersion data deletedAt } pageInfo { endCursor hasNextPage } totalCount } }`;

export interface DeployedForm {
  id: string;
  formKey: string;
  version: number;
  report: { previousVersion: number | null; addedFields: string[]; removedFields: { key: string; recordCount: number }[]; renamedFields: { from: string; to: string; recordCount: number }[] } | null;
}

export interface StoredRecord {
  id: string;
  formVersion: number;
  data: Record<string, unknown>;
}

export function deployForm(url: string, caller: Session, schema: unknown, name?: string): Promise<GqlResult<{ deployForm: DeployedForm }>> {
  return gql<{ deployForm: DeployedForm }>(url, DEPLOY, { input: { schema, name } }, { token: caller.token });
}

export async function deployed(url: string, caller: Session, schema: unknown): Promise<DeployedForm> {
  const result = await deployForm(url, caller, schema);
  expect(result.errors).toBeUndefined();
  return result.data!.deployForm;
}

export function submit(url: string, caller: Session, formKey: string, data: unknown, lang?: string): Promise<GqlResult<{ submitRecord: StoredRecord }>> {
  return gql<{ submitRecord: StoredRecord }>(url, SUBMIT, { input: { formKey, data } }, { token: caller.token, lang });
}

export async function submitted(url: string, caller: Session, formKey: string, data: unknown): Promise<StoredRecord> {
  const result = await submit(url, caller, formKey, data);
  expect(result.errors).toBeUndefined();
  return result.data!.submitRecord;
}

/** A renewal request: the kind of form the product's scenarios start from. */
export const renewalForm = (id = 'renewal_request') => ({
  id,
  type: 'default',
  components: [
    { id: 'f_customer', type: 'textfield', key: 'customer', label: 'Customer', validate: { required: true, minLength: 2 } },
    { id: 'f_contract', type: 'textfield', key: 'contractNo', label: 'Contract', validate: { pattern: '^HT-\\d{4}$', patternErrorMessage: 'Use HT-0000' } },
    { id: 'f_amount', type: 'number', key: 'amount', label: 'Amount', validate: { required: true, min: 0, max: 1000000 } },
    { id: 'f_discount', type: 'number', key: 'discount', label: 'Discount %', validate: { custom: [{ condition: '=value <= 10 or amount >= 100000', message: 'Discounts above 10% need an amount of at least 100000.' }] } },
    { id: 'f_region', type: 'select', key: 'region', label: 'Region', values: [{ label: 'East', value: 'east' }, { label: 'North', value: 'north' }] },
    { id: 'f_tags', type: 'taglist', key: 'tags', label: 'Tags', values: [{ label: 'VIP', value: 'vip' }, { label: 'New', value: 'new' }] },
    { id: 'f_vip_note', type: 'textarea', key: 'vipNote', label: 'VIP note', conditional: { hide: '=not(list contains(tags, "vip"))' } },
    { id: 'f_due', type: 'datetime', subtype: 'date', key: 'due', dateLabel: 'Due' },
    { id: 'f_address', type: 'group', path: 'address', components: [{ id: 'f_city', type: 'textfield', key: 'city', label: 'City' }] },
    { id: 'f_items', type: 'dynamiclist', path: 'items', isRepeating: true, components: [
      { id: 'f_product', type: 'textfield', key: 'product', label: 'Product' },
      { id: 'f_price', type: 'number', key: 'price', label: 'Price', validate: { min: 0 } },
    ] },
  ],
});
