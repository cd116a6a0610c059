// Receiving-end checks shared by every handler: the sender must be this extension, the payload must match its schema.
import type { z } from 'zod';

export class MessageRejected extends Error {}

export function parseMessage<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const r = schema.safeParse(data);
  if (!r.success) throw new MessageRejected(`invalid message: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

/** A message counts only when it comes from this extension's own id (content scripts and pages share it). */
export function assertOwnSender(sender: { id?: string } | undefined, ownId: string): void {
  if (!sender || sender.id !== ownId) throw new MessageRejected('message from another extension or page');
}
