import { Button, Flex, Text } from '@backstage/ui';

/** Previous/next over an offset-paged list, with "21–40 of 57". */
export function Pager(props: {
  offset: number;
  pageSize: number;
  totalCount: number;
  onOffsetChange(offset: number): void;
}) {
  const { offset, pageSize, totalCount } = props;
  if (totalCount <= pageSize && offset === 0) return null;
  const last = Math.min(offset + pageSize, totalCount);
  return (
    <Flex justify="end" align="center" gap="2">
      <Text variant="body-small" color="secondary">
        {totalCount === 0 ? '0' : `${offset + 1}–${last}`} of {totalCount}
      </Text>
      <Button
        size="small"
        variant="secondary"
        isDisabled={offset === 0}
        onPress={() => props.onOffsetChange(Math.max(0, offset - pageSize))}
      >
        Previous
      </Button>
      <Button
        size="small"
        variant="secondary"
        isDisabled={last >= totalCount}
        onPress={() => props.onOffsetChange(offset + pageSize)}
      >
        Next
      </Button>
    </Flex>
  );
}
