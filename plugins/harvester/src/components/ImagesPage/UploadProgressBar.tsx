import { LinearProgress } from '@material-ui/core';
import { Flex, Text } from '@backstage/ui';
import type { UploadProgress } from '../../api/types';
import { formatBytes } from '../shared/format';

/**
 * How much of a file the browser has sent: a bar named `label` with its
 * percent, and the bytes; once all is sent, that the cluster is storing it.
 */
export function UploadProgressBar(props: {
  label: string;
  progress: UploadProgress;
}) {
  const { sentBytes, totalBytes } = props.progress;
  const percent = totalBytes
    ? Math.min(100, Math.floor((sentBytes / totalBytes) * 100))
    : 0;
  return (
    <Flex direction="column" gap="1">
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label={props.label}
      />
      <Text variant="body-small" color="secondary">
        {sentBytes >= totalBytes
          ? `${formatBytes(totalBytes)} sent; the cluster is storing the image…`
          : `${formatBytes(sentBytes)} of ${formatBytes(
              totalBytes,
            )} sent (${percent}%)`}
      </Text>
    </Flex>
  );
}
