import { ImageObject, imageState } from './imageState';

const image = (
  sourceType: string,
  status: ImageObject['status'],
): ImageObject => ({
  metadata: { name: 'i', namespace: 'ns' },
  spec: { displayName: 'i', sourceType },
  status,
});

describe('imageState', () => {
  it('follows the Imported condition and the progress', () => {
    expect(imageState(image('download', {}))).toEqual({
      state: 'Pending',
      progress: 0,
    });
    expect(
      imageState(
        image('upload', {
          progress: 30,
          conditions: [{ type: 'Initialized', status: 'True' }],
        }),
      ),
    ).toEqual({ state: 'Uploading', progress: 30 });
    expect(
      imageState(
        image('download', {
          progress: 99,
          conditions: [{ type: 'Imported', status: 'True' }],
        }),
      ),
    ).toEqual({ state: 'Active', progress: 100 });
  });

  it('reports failures with their message', () => {
    expect(
      imageState(
        image('download', {
          progress: 10,
          conditions: [
            { type: 'Imported', status: 'Unknown' },
            {
              type: 'RetryLimitExceeded',
              status: 'True',
              message: 'gave up after 3 tries',
            },
          ],
        }),
      ),
    ).toEqual({
      state: 'Failed',
      progress: 10,
      message: 'gave up after 3 tries',
    });
    expect(
      imageState(
        image('download', {
          conditions: [
            { type: 'Initialized', status: 'False', message: 'bad url' },
          ],
        }),
      ),
    ).toEqual({ state: 'Failed', progress: 0, message: 'bad url' });
  });
});
