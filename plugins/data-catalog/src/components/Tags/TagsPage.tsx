import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex } from '@backstage/ui';
import { dataCatalogTagManagePermission } from '@internal/plugin-data-catalog-common';
import { AsyncView } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { useCan } from '../shared/permissions';
import { CategoryFormDialog } from './CategoryFormDialog';
import { CategoryPanel } from './CategoryPanel';
import { ViolationsPanel } from './ViolationsPanel';

/** Tag categories and their tags, and the tables that break tag policies. */
export function TagsPage() {
  const api = useApi(dataCatalogApiRef);
  const canManage = useCan(dataCatalogTagManagePermission);
  const [creating, setCreating] = useState(false);
  const model = useAsyncRetry(async () => {
    const [categories, tags] = await Promise.all([
      api.listTagCategories(),
      api.listTags(),
    ]);
    return { categories, tags };
  }, [api]);
  const violations = useAsyncRetry(() => api.listTagViolations(), [api]);
  const reload = () => {
    model.retry();
    violations.retry();
  };

  return (
    <Flex direction="column" gap="4">
      {canManage ? (
        <Flex justify="end">
          <Button onPress={() => setCreating(true)}>New category</Button>
        </Flex>
      ) : null}
      <AsyncView result={violations}>
        {list => <ViolationsPanel violations={list} />}
      </AsyncView>
      <AsyncView result={model}>
        {({ categories, tags }) =>
          categories.map(category => (
            <CategoryPanel
              key={category.id}
              category={category}
              tags={tags.filter(tag => tag.categoryId === category.id)}
              canManage={canManage}
              onChanged={reload}
            />
          ))
        }
      </AsyncView>
      {creating ? (
        <CategoryFormDialog
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            reload();
          }}
        />
      ) : null}
    </Flex>
  );
}
