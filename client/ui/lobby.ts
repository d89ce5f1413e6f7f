// Lobby: the room code big for the projector, the seats by role group with who holds them, and for
// the facilitator the controls to assign, lock and start.
import { html, nothing } from "lit-html";
import type { Role } from "../../shared/scenario/schema.ts";
import { t } from "../i18n.ts";
import { g } from "../i18n/guide.ts";
import { hasHost, send } from "../net.ts";
import { store, update, type SeatRow } from "../store.ts";
import { header, listOf, local, nameOf } from "./common.ts";
import { members } from "./members.ts";

export const ROLE_ORDER: Role[] = ["usGov", "vendor", "gulf", "chinaFirm"];

function seatCard(seat: SeatRow) {
  const mine = store.seat === seat.actor;
  const host = hasHost();
  const card = store.scenario?.cards[seat.actor];
  return html`
    <div class="seat ${mine ? "mine" : ""} ${seat.locked ? "locked" : ""}" data-actor=${seat.actor}>
      <div class="seat-head">
        <strong>${nameOf(seat.actor)}</strong>
        ${seat.locked ? html`<span class="badge locked-badge">${t("lobby.locked")}</span>` : nothing}
        ${seat.bot ? html`<span class="badge bot">${t("lobby.bot")}</span>` : nothing}
      </div>
      <div class="members">${seat.members.length ? listOf(seat.members) : html`<em>${t("lobby.free")}</em>`}</div>
      <details class="goals" ?open=${mine}><summary>${t("lobby.goals")}</summary><ul>${(card?.objectives ?? []).map((o) => html`<li>${local(o.label)} <span class="muted">${Math.round(o.share * 100)}/100</span></li>`)}</ul>
        ${mine ? html`<button type="button" id="role-card-button" @click=${() => update({ cardOpen: true })}>${g("todo.roleCard")}</button>` : nothing}</details>
      <div class="seat-actions">
        ${store.role === "player" && !mine && (!seat.locked)
          ? html`<button class="claim" @click=${() => send("claimSeat", { actor: seat.actor })}>${seat.members.length ? t("lobby.joinTeam") : t("lobby.take")}</button>`
          : nothing}
        ${mine ? html`<button @click=${() => send("leaveSeat", {})}>${t("lobby.leave")}</button>` : nothing}
        ${host ? html`
          <button title=${t("lobby.lockHint")} @click=${() => send("facilitator", { command: "lockSeat", actor: seat.actor, locked: !seat.locked })}>${seat.locked ? t("lobby.unlock") : t("lobby.lock")}</button>
          ${seat.members.length ? html`<button @click=${() => send("facilitator", { command: "freeSeat", actor: seat.actor })}>${t("lobby.freeSeat")}</button>` : nothing}` : nothing}
      </div>
    </div>`;
}

export function lobby() {
  const room = store.room!;
  const invite = `${location.origin}/?join=${room.code}`;
  return html`
    ${header()}
    <main class="lobby">
      <section class="room-code">
        <div class="label">${t("lobby.code")}</div>
        <div class="big-code" id="room-code">${room.code}</div>
        <div class="invite">${t("lobby.invite")} <a href=${invite}>${invite}</a>
          <button @click=${() => void navigator.clipboard?.writeText(invite)}>${t("lobby.copy")}</button></div>
        ${store.scenario ? html`<p class="scenario-desc">${local(store.scenario.title)}</p>` : nothing}
      </section>
      ${hasHost() ? html`
        <section class="host-controls">
          <button id="start-game" class="primary" @click=${() => send("facilitator", { command: "start" })}>${room.round > 1 ? t("lobby.resume") : t("lobby.start")}</button>
          <label class="check"><input type="checkbox" .checked=${room.bots} @change=${(e: Event) => send("facilitator", { command: "setBots", enabled: (e.target as HTMLInputElement).checked })} /> ${t("lobby.botsFill")}</label>
          <button id="print-cards" @click=${() => update({ screen: "print" })}>${g("card.printSet")}</button>
          <span class="hint">${t("lobby.hostHint")}</span>
        </section>
        ${members()}` : html`<p class="waiting">${store.seat ? t("lobby.waitingSeated", { seat: nameOf(store.seat) }) : t("lobby.pickSeat")}</p>`}
      ${seatGroups()}
    </main>`;
}

/** Every seat by role group, to take, join or manage: in the lobby, and for a player without a seat
 *  in a running game. */
export function seatGroups() {
  const seats = store.room?.seats ?? [];
  return html`
    <div class="groups">
      ${ROLE_ORDER.map((role) => html`
        <section class="group group-${role}">
          <h2>${t(`roleGroup.${role}`)}</h2>
          <div class="seats">${seats.filter((s) => s.role === role).map(seatCard)}</div>
        </section>`)}
    </div>`;
}
