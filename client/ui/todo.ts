// "What to do now" at the top of the side panel: the seat's to-do list for the phase, from the engine's
// view (shared/guide/todo.ts), each with a button to the place where it is done.
import { html, nothing } from "lit-html";
import { whatToDo } from "../../shared/guide/todo.ts";
import { words } from "../guide/params.ts";
import { goTo } from "../guide/places.ts";
import { g, type GuideKey } from "../i18n/guide.ts";
import { hasHost } from "../net.ts";
import { store, update } from "../store.ts";

export function todoBox() {
  const view = store.view, room = store.room;
  if (!view || !room || !store.seat) return nothing;
  const list = whatToDo(view, { phase: room.phase, submitted: store.submitted, draft: store.draft, host: hasHost() }).slice(0, 5);
  if (!list.length) return nothing;
  return html`
    <section id="todo" class="todo" aria-labelledby="todo-title">
      <h2 id="todo-title">${g("todo.title")}</h2>
      <ol>${list.map((item) => html`
        <li class="todo-${item.code}" data-todo=${item.code} data-to=${item.place}>
          <span>${g(`todo.${item.code}` as GuideKey, words(item.params))}</span>
          ${item.code === "submitted" ? nothing : html`<button type="button" class="link show" @click=${() => (item.place === "card" ? update({ cardOpen: true }) : goTo(item.place))}>${g("todo.show")}</button>`}
        </li>`)}</ol>
    </section>`;
}
