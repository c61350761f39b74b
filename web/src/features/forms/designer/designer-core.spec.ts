import type { FormSchema } from '@baton/sdk';
import { describe, expect, it } from 'vitest';
import { CommandStack } from './command-stack';
import { componentAt, pathOfId } from './component-path';
import { newField } from './new-field';
import { insertComponent, moveComponent, removeComponent, updateComponent } from './schema-commands';

const schema = (): FormSchema => ({
  id: 'f',
  components: [
    { type: 'textfield', id: 'a', key: 'a' },
    { type: 'group', id: 'g', components: [{ type: 'number', id: 'n', key: 'n' }] },
    { type: 'textfield', id: 'b', key: 'b' },
  ],
});
const ids = (value: FormSchema): unknown[] =>
  value.components.map((component) =>
    component.components ? [component.id, component.components.map((child) => child.id)] : component.id,
  );

describe('schema commands', () => {
  it('inserts at a place without touching the input schema', () => {
    // given
    const before = schema();

    // when
    const after = insertComponent(before, { type: 'checkbox', id: 'c', key: 'c' }, { parent: [1], index: 0 });

    // then
    expect(ids(after)).toEqual(['a', ['g', ['c', 'n']], 'b']);
    expect(ids(before)).toEqual(['a', ['g', ['n']], 'b']);
  });

  it('moves down within a list, into a later container, and out of a container', () => {
    expect(ids(moveComponent(schema(), [0], { parent: [], index: 3 }))).toEqual([['g', ['n']], 'b', 'a']);
    expect(ids(moveComponent(schema(), [0], { parent: [1], index: 1 }))).toEqual([['g', ['n', 'a']], 'b']);
    expect(ids(moveComponent(schema(), [1, 0], { parent: [], index: 0 }))).toEqual(['n', 'a', ['g', []], 'b']);
  });

  it('refuses to move a container into itself', () => {
    const before = schema();
    expect(moveComponent(before, [1], { parent: [1], index: 0 })).toBe(before);
  });

  it('puts a field beside another in one layout row', () => {
    // when
    const after = moveComponent(schema(), [2], { parent: [], index: 1, row: 'Row_x' });

    // then
    expect((after.components[1].layout as { row: string }).row).toBe('Row_x');
  });

  it('sets and removes nested properties', () => {
    // when
    const set = updateComponent(schema(), [0], { 'validate.required': true, label: 'A' });
    const unset = updateComponent(set, [0], { 'validate.required': undefined });

    // then
    expect(componentAt(set, [0])).toMatchObject({ label: 'A', validate: { required: true } });
    expect(componentAt(unset, [0])).not.toHaveProperty('validate');
    expect(ids(removeComponent(schema(), [1, 0]))).toEqual(['a', ['g', []], 'b']);
  });

  it('creates fields with unique keys and localised labels', () => {
    // given a form with textfield1 taken
    const form: FormSchema = { components: [{ type: 'textfield', id: 'x', key: 'textfield1' }] };

    // when
    const field = newField('textfield', form, 'zh-CN');
    const select = newField('select', form, 'en');

    // then
    expect(field).toMatchObject({ type: 'textfield', key: 'textfield2', label: '单行文本' });
    expect(select.values).toHaveLength(2);
    expect(pathOfId(insertComponent(form, field, { parent: [], index: 1 }), field.id as string)).toEqual([1]);
  });
});

describe('CommandStack', () => {
  it('undoes and redoes, and merges typing into one step', () => {
    // given
    const stack = new CommandStack(0);

    // when
    stack.execute((n) => n + 1);
    stack.execute((n) => n + 1, 'label');
    stack.execute((n) => n + 1, 'label');

    // then
    expect(stack.state).toBe(3);
    expect(stack.undo()).toBe(1);
    expect(stack.undo()).toBe(0);
    expect(stack.canUndo).toBe(false);
    expect(stack.redo()).toBe(1);
    stack.execute((n) => n + 10);
    expect(stack.canRedo).toBe(false);
    expect(stack.state).toBe(11);
  });

  it('ignores commands that change nothing', () => {
    const stack = new CommandStack({ a: 1 });
    stack.execute((state) => state);
    expect(stack.canUndo).toBe(false);
  });
});
