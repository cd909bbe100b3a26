import {
  CreatePolicyCommand,
  DeletePolicyCommand,
  GetPolicyVersionCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import { requireServiceEnv } from '../requireServiceEnv';

const requireEnv = (name: string) => requireServiceEnv('moto', name);

// moto answers its first IAM call slowly while it loads its models.
jest.setTimeout(30_000);

describe('moto service', () => {
  const endpoint = requireEnv('AWS_ENDPOINT_URL_IAM');
  const region = requireEnv('AWS_REGION');
  const credentials = {
    accessKeyId: requireEnv('AWS_ACCESS_KEY_ID'),
    secretAccessKey: requireEnv('AWS_SECRET_ACCESS_KEY'),
  };
  const iam = new IAMClient({ endpoint, region, credentials });

  afterAll(() => iam.destroy());

  it('stores an IAM policy and returns its document', async () => {
    const document = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:GetObject'],
          Resource: ['arn:aws:s3:::platform-portal-techdocs/*'],
        },
      ],
    };
    const { Policy: policy } = await iam.send(
      new CreatePolicyCommand({
        PolicyName: `portal-smoke-${Date.now()}`,
        PolicyDocument: JSON.stringify(document),
      }),
    );
    try {
      const { PolicyVersion: version } = await iam.send(
        new GetPolicyVersionCommand({
          PolicyArn: policy!.Arn,
          VersionId: policy!.DefaultVersionId,
        }),
      );
      // IAM returns the document URL-encoded, as the real service does.
      expect(JSON.parse(decodeURIComponent(version!.Document!))).toEqual(
        document,
      );
    } finally {
      await iam.send(new DeletePolicyCommand({ PolicyArn: policy!.Arn }));
    }
  });
});
