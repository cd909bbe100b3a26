import { useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Text, TextField } from '@backstage/ui';
import { DialogFrame, ErrorNote, useMutation } from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';

/** How long a revealed value stays on screen. */
export const REVEAL_SECONDS = 30;

/**
 * Reads a secret's value (the read is logged with the reason given) and
 * shows it for 30 seconds.
 */
export function RevealSecretDialog(props: {
  workspace: string;
  name: string;
  onClose(): void;
}) {
  const api = useApi(aiOpsApiRef);
  const mutation = useMutation();
  const [reason, setReason] = useState('');
  const [value, setValue] = useState<string>();
  const [hidden, setHidden] = useState(false);

  useEffect(() => {
    if (value === undefined) return undefined;
    const timer = setTimeout(() => {
      setValue(undefined);
      setHidden(true);
    }, REVEAL_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [value]);

  const reveal = async () => {
    const read = await mutation.run(() =>
      api.revealSecret(props.workspace, props.name, reason.trim() || undefined),
    );
    if (read) {
      setHidden(false);
      setValue(read.result.value);
    }
  };

  return (
    <DialogFrame
      title={`Reveal ${props.name}`}
      error={mutation.error}
      primary={{ label: 'Reveal', pending: mutation.pending, onPress: reveal }}
      cancelLabel="Done"
      onCancel={props.onClose}
    >
      <ErrorNote
        status="warning"
        message="Reading the value is recorded in the secret's access log."
      />
      <TextField label="Reason" value={reason} onChange={setReason} />
      {value !== undefined ? (
        <>
          <Text as="p" variant="body-small" style={{ wordBreak: 'break-all' }}>
            <code aria-label="Secret value">{value}</code>
          </Text>
          <Text as="p" variant="body-x-small" color="secondary">
            Hidden again after {REVEAL_SECONDS} seconds.
          </Text>
        </>
      ) : null}
      {hidden ? (
        <Text as="p" variant="body-small" color="secondary">
          The value is hidden again.
        </Text>
      ) : null}
    </DialogFrame>
  );
}
