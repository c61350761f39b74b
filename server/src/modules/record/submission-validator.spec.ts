import type { FormSchema } from '@baton/sdk';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SubmissionValidator } from './submission-validator.service.js';

const schema = (hide: string) => ({
  id: 'approval', type: 'default',
  components: [
    { id: 'c1', type: 'radio', key: 'decision', label: 'Decision', values: [{ label: 'Approve', value: 'approve' }, { label: 'Reject', value: 'reject' }], validate: { required: true } },
    { id: 'c2', type: 'textfield', key: 'reason', label: 'Reason', conditional: { hide }, validate: { required: true } },
  ],
}) as unknown as FormSchema;

describe('SubmissionValidator', () => {
  const validator = new SubmissionValidator();
  afterAll(() => validator.onModuleDestroy());

  it('validates a form whose rules cannot loop inline, with the same result', async () => {
    const toWorker = vi.spyOn(validator, 'validateMany');
    const ok = await validator.validate(schema('=decision = "approve"'), { decision: 'approve' });
    const bad = await validator.validate(schema('=decision = "approve"'), { decision: 'reject' });
    expect(toWorker).not.toHaveBeenCalled();
    expect(ok.valid).toBe(true);
    expect(bad.valid).toBe(false);
    expect(bad.errors.map((e) => [e.key, e.rule])).toEqual([['reason', 'required']]);
    toWorker.mockRestore();
  });

  it('sends a form with a loop to a worker, which gives the same answers', async () => {
    const toWorker = vi.spyOn(validator, 'validateMany');
    const looping = schema('=decision = "approve" and count(for i in 1..3 return i) = 3');
    const ok = await validator.validate(looping, { decision: 'approve' });
    const bad = await validator.validate(looping, { decision: 'reject' });
    expect(toWorker).toHaveBeenCalledTimes(2);
    expect(ok.valid).toBe(true);
    expect(bad.errors.map((e) => [e.key, e.rule])).toEqual([['reason', 'required']]);
    toWorker.mockRestore();
  });
});
