import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planInit } from '../src/init/plan-init.js';
import { FIXTURES } from './helpers.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default as typeof import('ajv').default;
const addFormats = require('ajv-formats') as (ajv: InstanceType<typeof Ajv>) => void;

/** A validator for a vendored schema (draft-07; SchemaStore's keywords are not all known to ajv's strict mode). */
function validator(name: string) {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(FIXTURES, 'ci-schemas', name), 'utf8')) as object);
}

const files = new Map(planInit({ fromExample: false, supSpec: 'file:verktyg/sup.tgz', packageName: 'sup-data' }).map((f) => [f.path, f.content.toString('utf8')]));

describe('generated pipelines', () => {
  it('the GitHub workflow validates against the GitHub workflow schema', () => {
    const validate = validator('github-workflow.json');
    const workflow = parse(files.get('.github/workflows/sup.yml')!);
    expect(validate(workflow), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // And the same schema refuses a broken workflow, so the check can fail.
    expect(validate({ ...workflow, jobs: { check: { 'runs-on': 'ubuntu-latest', steps: [{ uses: 1 }] } } })).toBe(false);
  });

  it('the GitLab pipeline validates against GitLab’s CI schema', () => {
    const validate = validator('gitlab-ci.json');
    const pipeline = parse(files.get('.gitlab-ci.yml')!);
    expect(validate(pipeline), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...pipeline, 'sup-check': { stage: 'check', script: 5 } })).toBe(false);
  });

  it('uses the current majors of the official actions on the Node 24 runtime, full history and pushes to main', () => {
    const workflow = parse(files.get('.github/workflows/sup.yml')!) as { on: Record<string, unknown>; jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    const uses = Object.values(workflow.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(new Set(uses)).toEqual(new Set(['actions/checkout@v5', 'actions/setup-node@v5', 'actions/upload-artifact@v5']));
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.jobs.check!.steps[0]!.with).toEqual({ 'fetch-depth': 0 });
    const pipeline = parse(files.get('.gitlab-ci.yml')!) as Record<string, unknown>;
    expect(pipeline.image).toBeUndefined();
    expect((pipeline.default as { image: string }).image).toBe('node:24-bookworm');
  });
});
