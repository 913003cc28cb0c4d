// termbase's lookup page: search as you type, concept pages, deep links.
// Every value from the glossary is put in the page as text (textContent), never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const DELAY_MS = 120; // wait this long after a keystroke, so fast typing sends one query
let timer = null;
let sent = 0; // answers to older queries that arrive late are dropped

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === "") continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

const UNAPPROVED = new Set(["deprecated", "superseded"]);

function termText(text, status) {
  return UNAPPROVED.has(status) ? el("del", {}, text) : text;
}

function copyButton(text) {
  const button = el("button", { type: "button", class: "copy", title: "Copy to clipboard",
                                "data-text": text }, "copy");
  button.addEventListener("click", async (event) => {
    event.preventDefault();
    event.stopPropagation();
    try {
      await navigator.clipboard.writeText(text);
    } catch (_) { // no clipboard API (plain http elsewhere than localhost): the old way
      const area = el("textarea", {}, text);
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    button.textContent = "copied";
    button.classList.add("done");
    setTimeout(() => { button.textContent = "copy"; button.classList.remove("done"); }, 1500);
  });
  return button;
}

function conceptHref(id, anchor) {
  return "/concept/" + encodeURIComponent(id) + (anchor ? "#" + anchor : "");
}

// --- results -------------------------------------------------------------------------

function hitItem(hit) {
  const m = hit.match;
  const zh = hit.terms.zh || "";
  const en = hit.terms.en || "";
  const link = el("a", { class: "hit-link", href: conceptHref(hit.id), "data-id": hit.id },
                  zh || en || hit.id);
  const item = el("li", { class: "hit", "data-id": hit.id }, link,
                  el("span", { class: "glossary-name" }, hit.glossary));
  if (zh && en) item.append(el("span", { class: "en" }, en));
  const how = el("div", { class: "how muted" }, `${m.kind} match: `,
                 termText(m.term, m.status));
  if (m.status !== "preferred") how.append(el("span", { class: `badge ${m.status}` }, m.status));
  if (m.use) {
    how.append(el("span", { class: "use" }, "→ use ",
                  el("a", { class: "use-link", href: conceptHref(hit.id, "preferred-" + m.lang) },
                     m.use)));
  }
  item.append(how);
  return item;
}

async function search(query) {
  const glossary = $("glossary").value;
  const ticket = ++sent;
  if (!query.trim()) {
    $("results").replaceChildren();
    $("status").textContent = "";
    return;
  }
  const params = new URLSearchParams({ q: query });
  if (glossary) params.set("glossary", glossary);
  let answer;
  try {
    answer = await getJSON("/api/search?" + params);
  } catch (error) {
    if (ticket === sent) $("status").textContent = error.message;
    return;
  }
  if (ticket !== sent) return;
  $("results").replaceChildren(...answer.hits.map(hitItem));
  $("status").textContent = answer.hits.length
    ? `${answer.hits.length} concept(s) for “${query}”`
    : `nothing found for “${query}”`;
  showWarnings(answer.warnings);
}

// A glossary that changed on disk but could not be read again is served as it was:
// the server says so with every answer, and the page shows it until it is fixed.
function showWarnings(warnings) {
  const box = $("warnings");
  box.replaceChildren(...(warnings || []).map((text) => el("p", {}, text)));
  box.hidden = !(warnings && warnings.length);
}

function onType() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const query = $("q").value;
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(history.state, "", url.pathname + url.search + url.hash);
    search(query);
  }, DELAY_MS);
}

// --- concept page --------------------------------------------------------------------

function pairs(items, className) {
  return items.map((item) => el("p", { class: className }, item.text,
                                item.source ? el("cite", {}, `(${item.source})`) : null));
}

function block(title, nodes) {
  return nodes.length ? el("div", { class: "block" }, el("h4", {}, title), ...nodes) : null;
}

function detail(label, text) {
  return text ? el("div", { class: "detail" }, el("span", { class: "label" }, label), text) : null;
}

function termItem(term, section, conceptId) {
  const preferred = term.status === "preferred" && term.text === section.preferred;
  const item = el("li", { class: `term ${term.status}`, "data-status": term.status,
                          id: preferred ? "preferred-" + section.lang : null },
                  el("span", { class: "term-text", lang: section.lang },
                     termText(term.text, term.status)),
                  el("span", { class: `badge ${term.status}` }, term.status),
                  term.type ? el("span", { class: "badge" }, term.type) : null,
                  term.partOfSpeech ? el("span", { class: "badge" }, term.partOfSpeech) : null,
                  copyButton(term.text));
  if (UNAPPROVED.has(term.status) && section.preferred) {
    item.append(el("span", { class: "use" }, "use ",
                   el("a", { class: "use-link",
                             href: conceptHref(conceptId, "preferred-" + section.lang) },
                      section.preferred)));
  }
  item.append(...[detail("sources:", term.sources.join("; ")),
                  ...term.notes.map((n) => detail("note:", n))].filter(Boolean),
              ...pairs(term.contexts, "context"));
  return item;
}

function sectionBox(section, conceptId) {
  return el("section", { class: "lang", "data-lang": section.lang },
            el("h3", {}, section.lang),
            el("ul", {}, ...section.terms.map((t) => termItem(t, section, conceptId))),
            block("definition", pairs(section.definitions, "definition")),
            block("notes", section.notes.map((n) => el("p", {}, n))),
            section.sources.length ? detail("sources:", section.sources.join("; ")) : null);
}

function showConcept(concept) {
  const title = concept.terms.zh || concept.terms.en || concept.id;
  const box = $("concept");
  box.replaceChildren(
    el("h2", { class: "concept-title" }, title),
    el("p", { class: "meta muted" }, `${concept.id} · ${concept.glossary}`,
       concept.subjectField ? ` · ${concept.subjectField}` : ""),
    block("definition", pairs(concept.definitions, "definition")),
    ...concept.languages.map((s) => sectionBox(s, concept.id)),
    block("notes", concept.notes.map((n) => el("p", {}, n))),
    concept.sources.length ? detail("sources:", concept.sources.join("; ")) : null,
  );
  box.hidden = false;
  document.title = `${title} — termbase`;
  for (const hit of document.querySelectorAll(".hit")) {
    hit.classList.toggle("current", hit.dataset.id === concept.id);
  }
  markTarget();
}

function markTarget() {
  for (const node of document.querySelectorAll(".term.target")) node.classList.remove("target");
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (target) {
    target.classList.add("target");
    target.scrollIntoView({ block: "nearest" });
  }
}

async function openConcept(id) {
  try {
    showConcept(await getJSON("/api/concept/" + encodeURIComponent(id)));
  } catch (error) {
    const box = $("concept");
    box.replaceChildren(el("p", { class: "muted" }, error.message));
    box.hidden = false;
  }
}

// --- addresses -----------------------------------------------------------------------

function route() {
  const match = location.pathname.match(/^\/concept\/(.+)$/);
  if (match) openConcept(decodeURIComponent(match[1]));
  else $("concept").hidden = true;
}

function follow(event) {
  const link = event.target.closest("a.hit-link, a.use-link");
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  const url = new URL(link.href);
  const sameConcept = url.pathname === location.pathname;
  history.pushState({}, "", url.pathname + location.search + url.hash);
  if (sameConcept) markTarget(); else route();
}

async function loadGlossaries() {
  const select = $("glossary");
  const wanted = new URLSearchParams(location.search).get("glossary") || "";
  const answer = await getJSON("/api/glossaries");
  showWarnings(answer.warnings);
  for (const g of answer.glossaries) {
    select.append(el("option", { value: g.name }, `${g.name} (${g.concepts})`));
  }
  select.value = wanted;
}

document.addEventListener("DOMContentLoaded", async () => {
  $("search").addEventListener("submit", (event) => { event.preventDefault(); onType(); });
  $("q").addEventListener("input", onType);
  $("glossary").addEventListener("change", () => {
    const url = new URL(location.href);
    if ($("glossary").value) url.searchParams.set("glossary", $("glossary").value);
    else url.searchParams.delete("glossary");
    history.replaceState(history.state, "", url.pathname + url.search + url.hash);
    search($("q").value);
  });
  document.addEventListener("click", follow);
  window.addEventListener("popstate", route);
  window.addEventListener("hashchange", markTarget);
  try { await loadGlossaries(); } catch (_) { /* the filter stays at "all" */ }
  const query = new URLSearchParams(location.search).get("q") || "";
  $("q").value = query;
  if (query) search(query);
  route();
});
