import { ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs } from '@backstage/ui';
import { useUrlFilter } from './useUrlFilter';

const tabKeys = ['tab'] as const;

/**
 * Tabs within a section, the open one kept in `?tab=` (the first one
 * leaves the URL), so a link or reload opens the same tab.
 */
export function UrlTabs(props: {
  label: string;
  tabs: { id: string; label: string; content: () => ReactNode }[];
}) {
  const { filter, setFilter } = useUrlFilter(tabKeys);
  const [first] = props.tabs;
  const selected = props.tabs.some(t => t.id === filter.tab)
    ? filter.tab!
    : first.id;
  return (
    <Tabs
      selectedKey={selected}
      onSelectionChange={key =>
        setFilter({ tab: key === first.id ? undefined : String(key) })
      }
    >
      <TabList aria-label={props.label}>
        {props.tabs.map(t => (
          <Tab key={t.id} id={t.id}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {props.tabs.map(t => (
        <TabPanel key={t.id} id={t.id}>
          {t.content()}
        </TabPanel>
      ))}
    </Tabs>
  );
}
