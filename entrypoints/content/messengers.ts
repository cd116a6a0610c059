// The content script's ends of the typed protocol, built from the protocol types only so zod stays out of this bundle.
import { defineExtensionMessaging, type ExtensionMessenger } from '@webext-core/messaging';
import type { contentMessaging } from '@/lib/messaging/content-to-background';
import type { pageMessaging } from '@/lib/messaging/background-to-content';

type ProtocolOf<M> = M extends ExtensionMessenger<infer T> ? T : never;

/** Same message names and types as lib/messaging's `contentMessaging` (validation happens in the background). */
export const toBackground = defineExtensionMessaging<ProtocolOf<typeof contentMessaging>>();
/** Same as lib/messaging's `pageMessaging`: what the background and side panel ask this page. */
export const fromBackground = defineExtensionMessaging<ProtocolOf<typeof pageMessaging>>();
