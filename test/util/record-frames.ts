// Records every frame each WebSocket receives, so tests can check what really reached a client.
// Imported before @colyseus/sdk, which picks up globalThis.WebSocket when it loads.
const Base = globalThis.WebSocket;
export const framesOf = new WeakMap<object, Uint8Array[]>();

class RecordingWebSocket extends Base {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    const frames: Uint8Array[] = [];
    framesOf.set(this, frames);
    this.addEventListener("message", (event) => {
      const data = (event as MessageEvent).data;
      if (data instanceof ArrayBuffer) frames.push(new Uint8Array(data.slice(0)));
      else if (typeof data === "string") frames.push(new TextEncoder().encode(data));
    });
  }
}
globalThis.WebSocket = RecordingWebSocket as typeof WebSocket;
