import { useState } from 'react';
import { MarkdownContent } from '@backstage/core-components';
import { Button, Flex, Grid, Text } from '@backstage/ui';
import type { DataAssetDetail } from '@internal/plugin-data-catalog-common';
import {
  EmptyText,
  formatTime,
  Panel,
  useDialog,
} from '@internal/portal-react';
import { LabeledValue } from '../shared/LabeledValue';
import { shortRef } from '../shared/refs';
import { DocEditDialog } from './DocEditDialog';
import { DocHistoryList } from './DocHistoryList';

/** The table's description, usage guide, stewardship and edit history. */
export function DocumentationTab(props: {
  detail: DataAssetDetail;
  onChanged(): void;
}) {
  const { detail } = props;
  const doc = detail.doc ?? {};
  const [version, setVersion] = useState(0);
  const editor = useDialog(() => {
    setVersion(v => v + 1);
    props.onChanged();
  });

  return (
    <Flex direction="column" gap="4">
      <Panel
        title="Description"
        actions={
          detail.access.update ? (
            <Button variant="secondary" onPress={() => editor.open(true)}>
              Edit documentation
            </Button>
          ) : null
        }
      >
        <Flex direction="column" gap="3">
          <Text as="p">
            {doc.description ?? detail.description ?? 'No description yet.'}
          </Text>
          {doc.usageGuide ? (
            <MarkdownContent content={doc.usageGuide} />
          ) : (
            <EmptyText>No usage guide yet.</EmptyText>
          )}
          {doc.updatedBy ? (
            <Text as="p" variant="body-x-small" color="secondary">
              Last edited by {shortRef(doc.updatedBy)} on{' '}
              {formatTime(doc.updatedAt)}
            </Text>
          ) : null}
        </Flex>
      </Panel>
      <Panel title="Stewardship">
        <Grid.Root columns={{ initial: '2', md: '4' }} gap="3">
          <LabeledValue label="Owner">
            {shortRef(doc.owner ?? detail.owner)}
          </LabeledValue>
          <LabeledValue label="Team">{doc.team}</LabeledValue>
          <LabeledValue label="Domain">
            {doc.domain ?? detail.domain}
          </LabeledValue>
          <LabeledValue label="SLA">{doc.sla}</LabeledValue>
          <LabeledValue label="Refresh cycle">{doc.refreshCycle}</LabeledValue>
          <LabeledValue label="Retention">{doc.retention}</LabeledValue>
          <LabeledValue label="Origin">{doc.origin}</LabeledValue>
        </Grid.Root>
      </Panel>
      <Panel title="Edit history">
        <DocHistoryList entityRef={detail.entityRef} version={version} />
      </Panel>
      {editor.subject ? (
        <DocEditDialog
          detail={detail}
          onClose={editor.close}
          onSaved={editor.finish}
        />
      ) : null}
    </Flex>
  );
}
