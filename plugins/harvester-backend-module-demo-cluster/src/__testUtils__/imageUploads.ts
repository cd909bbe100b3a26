import { KubeObject } from '../kube/KubeObject';

/** An upload image as the portal (or Harvester's UI) creates it. */
export const uploadImage = (name: string, namespace: string): KubeObject => ({
  apiVersion: 'harvesterhci.io/v1beta1',
  kind: 'VirtualMachineImage',
  metadata: { name, namespace },
  spec: { displayName: `${name}.qcow2`, sourceType: 'upload' },
});

/** `bytes` bytes starting with a qcow2 header that names `virtualSize`. */
export function qcow2File(bytes: number, virtualSize: number): Buffer {
  const file = Buffer.alloc(bytes, 7);
  file.write('QFI\xfb', 0, 'latin1');
  file.writeBigUInt64BE(BigInt(virtualSize), 24);
  return file;
}

/** A multipart/form-data body with one file part named `field`. */
export function multipartFile(file: Buffer, field = 'chunk') {
  const boundary = 'test-boundary-1234';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="disk.qcow2"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** POSTs `file` to Harvester's upload action at `apiUrl`, as Harvester's UI does. */
export function postUpload(
  apiUrl: string,
  image: { namespace: string; name: string },
  file: Buffer,
  options: { token?: string; field?: string; size?: number } = {},
) {
  const { body, contentType } = multipartFile(file, options.field);
  const size = options.size ?? file.length;
  return fetch(
    `${apiUrl}/v1/harvester/harvesterhci.io.virtualmachineimages/${image.namespace}/${image.name}?action=upload&size=${size}`,
    {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'file-size': String(size),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body,
    },
  );
}
