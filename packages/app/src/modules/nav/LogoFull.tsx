import { makeStyles } from '@material-ui/core';
import { LogoIcon } from './LogoIcon';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: 8 },
  text: {
    color: '#7df3e1',
    fontSize: 18,
    fontWeight: 600,
    whiteSpace: 'nowrap',
  },
});

/** The open-sidebar logo: the Backstage mark and the portal's name. */
export const LogoFull = () => {
  const classes = useStyles();
  return (
    <div className={classes.root}>
      <LogoIcon />
      <span className={classes.text}>Platform Portal</span>
    </div>
  );
};
