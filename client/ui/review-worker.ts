// The after-action review runs here, off the page's main thread: it replays the game hundreds of times.
import { decisionEffects } from "../../shared/review.ts";
import type { RecordEntry } from "../../shared/record.ts";

self.onmessage = (e: MessageEvent<{ entries: RecordEntry[] }>) => {
  let last = 0;
  const effects = decisionEffects(e.data.entries, {
    progress: (done, total) => {
      const share = Math.floor((10 * done) / total);
      if (share !== last) { last = share; postMessage({ progress: done / total }); }
    },
  });
  postMessage({ effects });
};
