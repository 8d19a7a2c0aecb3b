// Suggestions under the search box as one types: debounced, cancelled when outdated, and usable from the
// keyboard (arrow keys move, Enter opens, Escape closes) following the ARIA combobox pattern. A new list keeps the
// chosen item chosen when it is still in it.
(function () {
  "use strict";
  const input = document.getElementById("search-q");
  const list = document.getElementById("search-suggestions");
  if (!input || !list) { return; }
  let timer = 0;
  let controller = null;
  let active = -1;

  function close() {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function select(index) {
    const options = list.querySelectorAll("[role=option]");
    if (options.length === 0) { return; }
    active = (index + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute("aria-selected", i === active ? "true" : "false"));
    input.setAttribute("aria-activedescendant", options[active].id);
  }

  async function suggest() {
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    if (controller) { controller.abort(); }
    controller = new AbortController();
    try {
      // The address may carry the page's language already (?lang=en).
      const url = new URL(input.dataset.suggestUrl, document.baseURI);
      url.searchParams.set("q", q);
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
      if (!response.ok) { close(); return; }
      const items = await response.json();
      // A list that comes while the visitor is choosing (typing on, or a slow answer) keeps the item they had chosen.
      const chosen = active >= 0 ? list.querySelectorAll("[role=option] a")[active]?.getAttribute("href") : null;
      list.replaceChildren();
      items.filter(i => i.url).forEach((item, i) => {
        const li = document.createElement("li");
        li.id = "search-suggestion-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        const link = document.createElement("a");
        link.href = item.url;
        link.tabIndex = -1;
        link.innerHTML = item.titleHtml; // encoded by the server; only <mark> is markup
        const type = document.createElement("span");
        type.className = "suggestion-type";
        type.textContent = item.typeName;
        link.append(" ", type);
        li.append(link);
        list.append(li);
      });
      const open = list.children.length > 0;
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      active = -1;
      input.removeAttribute("aria-activedescendant");
      const again = chosen ? [...list.querySelectorAll("[role=option] a")].findIndex(a => a.getAttribute("href") === chosen) : -1;
      if (again >= 0) { select(again); }
    } catch (e) {
      if (e.name !== "AbortError") { close(); }
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 250);
  });
  input.addEventListener("keydown", (e) => {
    if (list.hidden) { return; }
    if (e.key === "ArrowDown") { e.preventDefault(); select(active + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); select(active - 1); }
    // Escape closes the list and keeps the text: a search field's own Escape would also empty it.
    else if (e.key === "Escape") { e.preventDefault(); close(); }
    else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      const link = list.querySelectorAll("[role=option] a")[active];
      if (link) { window.location.href = link.href; }
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
})();
