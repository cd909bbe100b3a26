/** What a Create dialog takes: the cluster picked in the header to start with. */
export type CreateDialogProps<TCreated = unknown> = {
  cluster?: string;
  onCancel(): void;
  onCreated(created: TCreated): void;
};
