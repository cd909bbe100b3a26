import { ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs } from '@backstage/ui';
import { useUrlTab } from './useUrlTab';

/**
 * Tabs in a list named `label`, the open one kept in `?tab=` (the first
 * one leaves the URL), so a link or reload opens the same tab.
 */
export function UrlTabs(props: {
  label: string;
  tabs: readonly { id: string; label: string; content: () => ReactNode }[];
}) {
  const { tab, select } = useUrlTab(props.tabs.map(t => t.id));
  return (
    <Tabs selectedKey={tab} onSelectionChange={select}>
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
