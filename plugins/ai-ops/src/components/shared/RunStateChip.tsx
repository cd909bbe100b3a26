import type { RunState } from '@internal/plugin-ai-ops-common';
import { Tone, ToneChip } from '@internal/portal-react';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import PauseCircleIcon from '@material-ui/icons/PauseCircleFilled';
import PlayCircleIcon from '@material-ui/icons/PlayCircleFilled';
import RemoveCircleIcon from '@material-ui/icons/RemoveCircle';
import ScheduleIcon from '@material-ui/icons/Schedule';
import { ComponentType } from 'react';

type Look = { tone: Tone; Icon: ComponentType<{ style?: object }> };

/** Each state's tone and icon; graphs colour nodes with the same tones. */
export const STATE_LOOKS: Record<RunState, Look> = {
  PENDING: { tone: 'neutral', Icon: ScheduleIcon },
  RUNNING: { tone: 'info', Icon: PlayCircleIcon },
  SUCCEEDED: { tone: 'success', Icon: CheckCircleIcon },
  FAILED: { tone: 'danger', Icon: ErrorIcon },
  SKIPPED: { tone: 'neutral', Icon: RemoveCircleIcon },
  CANCELING: { tone: 'warning', Icon: RemoveCircleIcon },
  CANCELED: { tone: 'warning', Icon: RemoveCircleIcon },
  PAUSED: { tone: 'warning', Icon: PauseCircleIcon },
};

/** A run's or task's state as a pill with an icon and the state's name. */
export function RunStateChip(props: { state: RunState; title?: string }) {
  const { tone, Icon } = STATE_LOOKS[props.state] ?? STATE_LOOKS.PENDING;
  return (
    <ToneChip
      tone={tone}
      label={props.state}
      title={props.title}
      icon={<Icon style={{ fontSize: 14 }} />}
    />
  );
}
