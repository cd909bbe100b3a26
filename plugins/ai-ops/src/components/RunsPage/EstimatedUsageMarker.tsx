import { Button, Tooltip, TooltipTrigger } from '@backstage/ui';

export const ESTIMATED_FROM_PROFILE = 'estimated from profile';

/**
 * Marks a task's usage figures that are its resource profile's allocation
 * × wall time (nothing was measured where it ran), with a tooltip saying so.
 */
export function EstimatedUsageMarker() {
  return (
    <TooltipTrigger>
      <Button variant="tertiary" size="small">
        {ESTIMATED_FROM_PROFILE}
      </Button>
      <Tooltip>
        Nothing was measured where this task ran: its CPU seconds and peak
        memory are the resource profile's allocation × wall time. GPU hours are
        always the profile's GPUs × wall time.
      </Tooltip>
    </TooltipTrigger>
  );
}
