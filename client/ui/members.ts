// The facilitator's list of everyone in the game, to put players in seats.
import { html } from "lit-html";
import { t } from "../i18n.ts";
import { send } from "../net.ts";
import { store } from "../store.ts";
import { nameOf } from "./common.ts";

export function members() {
  const players = store.members.filter((m) => m.kind === "player");
  if (players.length === 0) return html`<p class="hint">${t("members.none")}</p>`;
  return html`
    <table class="members-table">
      <caption>${t("members.title")}</caption>
      <thead><tr><th>${t("members.name")}</th><th>${t("members.seat")}</th><th>${t("members.connected")}</th></tr></thead>
      <tbody>
        ${players.map((m) => html`
          <tr>
            <td>${m.name}</td>
            <td>
              <select aria-label=${t("members.assign", { name: m.name })}
                @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; send("facilitator", { command: "assignSeat", member: m.id, actor: v || null }); }}>
                <option value="" ?selected=${m.actor === null}>—</option>
                ${(store.room?.seats ?? []).map((s) => html`<option value=${s.actor} ?selected=${m.actor === s.actor}>${nameOf(s.actor)}</option>`)}
              </select>
            </td>
            <td>${m.connected ? "●" : "○"}</td>
          </tr>`)}
      </tbody>
    </table>`;
}
