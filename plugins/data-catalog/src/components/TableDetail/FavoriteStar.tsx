import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { ButtonIcon } from '@backstage/ui';
import StarIcon from '@material-ui/icons/Star';
import StarBorderIcon from '@material-ui/icons/StarBorder';
import { useMutation } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';

/** Stars or unstars a table; the star flips at once and back on failure. */
export function FavoriteStar(props: { entityRef: string; favorite: boolean }) {
  const api = useApi(dataCatalogApiRef);
  const [favorite, setFavorite] = useState(props.favorite);
  const mutation = useMutation();

  const toggle = async () => {
    const next = !favorite;
    setFavorite(next);
    const done = await mutation.run(
      () => api.setFavorite(props.entityRef, next),
      next ? 'Added to favourites' : 'Removed from favourites',
    );
    if (!done) setFavorite(!next);
  };

  return (
    <ButtonIcon
      variant="tertiary"
      aria-label="Favourite"
      aria-pressed={favorite}
      isPending={mutation.pending}
      icon={
        favorite ? (
          <StarIcon style={{ color: '#f9a825' }} />
        ) : (
          <StarBorderIcon />
        )
      }
      onPress={toggle}
    />
  );
}
