import { createHash } from 'node:crypto';

import { Storage } from '@google-cloud/storage';

import { startGcs, type GcsEmulator } from '../../localcloud/gcs.js';

// The real @google-cloud/storage client against the emulator: what deploy and promotion rely on.
let gcs: GcsEmulator;
let storage: Storage;
beforeAll(async () => {
  gcs = await startGcs();
  storage = new Storage({ apiEndpoint: gcs.endpoint, projectId: 'test-project' });
  await storage.createBucket('specs-nprod');
  await storage.createBucket('specs-prod');
});
afterAll(() => gcs.stop());

describe('the GCS emulator with the real client', () => {
  it('takes a resumable upload and returns the same bytes and md5', async () => {
    const bytes = Buffer.from('pipelineInfo:\n  name: churn\n'.repeat(20_000));
    const file = storage.bucket('specs-nprod').file('specs/churn.yaml');
    await file.save(bytes, { resumable: true, metadata: { contentType: 'application/yaml' } });
    const [downloaded] = await file.download();
    expect(downloaded.equals(bytes)).toBe(true);
    const [meta] = await file.getMetadata();
    expect(meta.md5Hash).toBe(createHash('md5').update(bytes).digest('base64'));
    // Known difference: fake-gcs-server drops the content type of a resumable upload (docs).
    await file.save(bytes, { resumable: false, metadata: { contentType: 'application/yaml' } });
    expect((await file.getMetadata())[0].contentType).toBe('application/yaml');
  });

  it('enforces ifGenerationMatch preconditions (0: must not exist) with 412', async () => {
    const file = storage.bucket('specs-nprod').file('manifests/abc.json');
    await file.save('{"v":1}', { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } });
    const err = await file
      .save('{"v":2}', { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } })
      .then(
        () => undefined,
        (e: { code: number }) => e,
      );
    expect(err?.code).toBe(412);
    const [meta] = await file.getMetadata();
    await file.save('{"v":3}', {
      resumable: false,
      preconditionOpts: { ifGenerationMatch: Number(meta.generation) },
    });
    expect((await file.download())[0].toString()).toBe('{"v":3}');
  });

  it('keeps custom metadata and lists by prefix with a delimiter', async () => {
    const bucket = storage.bucket('specs-nprod');
    await bucket
      .file('runs/sha1/a.yaml')
      .save('a', { metadata: { metadata: { sha256: 'aaa', commit: 'c1' } } });
    await bucket.file('runs/sha1/b.yaml').save('b');
    await bucket.file('runs/sha2/c.yaml').save('c');
    const [meta] = await bucket.file('runs/sha1/a.yaml').getMetadata();
    expect(meta.metadata).toEqual({ sha256: 'aaa', commit: 'c1' });
    const [files, , response] = await bucket.getFiles({
      prefix: 'runs/',
      delimiter: '/',
      autoPaginate: false,
    });
    expect(files).toEqual([]);
    expect((response as { prefixes?: string[] }).prefixes?.sort()).toEqual([
      'runs/sha1/',
      'runs/sha2/',
    ]);
    const [sha1] = await bucket.getFiles({ prefix: 'runs/sha1/' });
    expect(sha1.map((f) => f.name)).toEqual(['runs/sha1/a.yaml', 'runs/sha1/b.yaml']);
  });

  it('copies between buckets keeping the bytes (promotion)', async () => {
    const src = storage.bucket('specs-nprod').file('runs/sha1/a.yaml');
    await src.copy(storage.bucket('specs-prod').file('promoted/a.yaml'));
    const [copy] = await storage.bucket('specs-prod').file('promoted/a.yaml').download();
    expect(copy.toString()).toBe('a');
  });

  it('answers 404 for a missing object', async () => {
    const err = await storage
      .bucket('specs-nprod')
      .file('nope')
      .download()
      .then(
        () => undefined,
        (e: { code: number }) => e,
      );
    expect(err?.code).toBe(404);
  });
});
