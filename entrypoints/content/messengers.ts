// The content script's ends of the typed protocol: a small client for @webext-core/messaging's wire format.
//
// Why not @webext-core/messaging itself: it bundles webextension-polyfill and serialize-error (~15 KB minified),
// half of the content script's 30 KB budget. The wire format is tiny and fixed: a message is
// {id, type, data, timestamp}, a reply is {res} or {err: serialized Error}. The background and panel keep using the library.
import type { ExtensionMessenger, GetDataType, GetReturnType } from '@webext-core/messaging';
import type { contentMessaging } from '@/lib/messaging/content-to-background';
import type { pageMessaging } from '@/lib/messaging/background-to-content';

type ProtocolOf<M> = M extends ExtensionMessenger<infer T> ? T : never;
type ToBackground = ProtocolOf<typeof contentMessaging>;
type FromBackground = ProtocolOf<typeof pageMessaging>;

interface WireMessage {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}
type WireReply = { res: unknown } | { err: { name?: string; message?: string } };

let nextId = Math.floor(Math.random() * 10_000);

/** Asks the background; rejects with the background's error message when its handler threw. */
export async function sendToBackground<K extends keyof ToBackground & string>(
  type: K,
  data: GetDataType<ToBackground[K]>,
): Promise<Awaited<GetReturnType<ToBackground[K]>>> {
  const message: WireMessage = { id: nextId++, type, data, timestamp: Date.now() };
  const reply = (await browser.runtime.sendMessage(message)) as WireReply | undefined;
  if (!reply) throw new Error(`no answer to ${type}`);
  if ('err' in reply && reply.err != null) throw new Error(reply.err.message ?? `${type} failed`);
  return (reply as { res: Awaited<GetReturnType<ToBackground[K]>> }).res;
}

export type BackgroundHandlers = {
  [K in keyof FromBackground]: (data: GetDataType<FromBackground[K]>) => GetReturnType<FromBackground[K]> | Promise<GetReturnType<FromBackground[K]>>;
};

function isWireMessage(m: unknown): m is WireMessage {
  return !!m && typeof m === 'object' && typeof (m as WireMessage).type === 'string' && typeof (m as WireMessage).timestamp === 'number';
}

/**
 * Answers the background's and side panel's messages. Replies through sendResponse (and `return true`), which
 * every browser supports, rather than a returned Promise, which older Chrome versions ignore.
 */
export function onBackgroundMessages(handlers: BackgroundHandlers): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: WireReply) => void): boolean => {
    if (!isWireMessage(message) || !Object.hasOwn(handlers, message.type)) return false;
    const handler = handlers[message.type as keyof BackgroundHandlers] as (data: unknown) => unknown;
    Promise.resolve()
      .then(() => handler(message.data))
      .then(
        (res) => sendResponse({ res }),
        (e: unknown) => sendResponse({ err: { name: 'Error', message: e instanceof Error ? e.message : String(e) } }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
