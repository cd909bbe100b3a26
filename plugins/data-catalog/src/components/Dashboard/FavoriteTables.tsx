import { Link } from '@backstage/ui';
import StarIcon from '@material-ui/icons/Star';
import type { DashboardSummary } from '@internal/plugin-data-catalog-common';
import { EmptyText } from '@internal/portal-react';
import { useCatalogLinks } from '../shared/useCatalogLinks';

/** The user's starred tables, one click away. */
export function FavoriteTables(props: {
  favorites: DashboardSummary['favorites'];
}) {
  const links = useCatalogLinks();
  if (props.favorites.length === 0) {
    return <EmptyText>Star a table on its page to find it here.</EmptyText>;
  }
  return (
    <ul aria-label="Favourite tables" style={{ margin: 0, padding: 0 }}>
      {props.favorites.map(favorite => (
        <li
          key={favorite.entityRef}
          style={{ display: 'flex', gap: 6, alignItems: 'center' }}
        >
          <StarIcon aria-hidden style={{ fontSize: 16, color: '#f9a825' }} />
          <Link href={links.table(favorite.entityRef)}>{favorite.name}</Link>
        </li>
      ))}
    </ul>
  );
}
