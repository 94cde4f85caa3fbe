import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/authoring/commands.ts';
import { FIELD_ORDER, fieldRows } from '../../src/authoring/fields.ts';
import { helpText } from '../../src/authoring/cli.ts';
import { regulationFields } from '../../src/schema/index.ts';

describe('field guide', () => {
  it('lists exactly the schema fields, with required read from the schema', () => {
    const shape = regulationFields({ departments: [] }).shape;
    expect([...FIELD_ORDER].sort()).toEqual(Object.keys(shape).sort());
    const rows = fieldRows();
    expect(rows.filter((row) => row.required).map((row) => row.name)).toEqual([
      'title',
      'status',
      'department',
      'effective',
      'history',
    ]);
  });
});

describe('command help', () => {
  it('documents every flag in Chinese', () => {
    for (const command of Object.values(COMMANDS)) {
      const help = helpText(command);
      for (const option of command.options) expect(help).toContain(`--${option.flag}`);
      expect(help).toContain('用法：');
    }
  });
});
