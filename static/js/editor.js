// The descriptor form, made quicker in the browser. Without this file every button still
// works: it posts the form and the server answers with the changed form.
(function () {
  "use strict";
  const form = document.querySelector("form[data-editor]");
  if (!form) return;
  let dirty = false;

  const rowsOf = (block) => Array.from(block.querySelector(":scope > [data-rows]").children);
  const blockOf = (element) => element.closest("[data-array]");
  const indexOf = (row) => Number((row.dataset.row.match(/\[(\d+)\]$/) || [0, -1])[1]);

  function addRow(block) {
    const template = block.querySelector(":scope > template[data-prototype]");
    const next = Math.max(-1, ...rowsOf(block).map(indexOf)) + 1;
    const html = template.innerHTML.split(block.dataset.slot).join(String(next));
    const holder = document.createElement("div");
    holder.innerHTML = html.trim();
    const row = holder.firstElementChild;
    block.querySelector(":scope > [data-rows]").appendChild(row);
    const first = row.querySelector("input:not([type=hidden]), select, textarea");
    if (first) first.focus();
  }

  function moveRow(row, step) {
    const sibling = step < 0 ? row.previousElementSibling : row.nextElementSibling;
    if (!sibling) return;
    row.parentNode.insertBefore(row, step < 0 ? sibling : sibling.nextElementSibling);
  }

  function refreshBlock(block) {
    const rows = rowsOf(block);
    const min = Number(block.dataset.minRows || 0);
    rows.forEach((row, position) => {
      const title = row.querySelector(":scope > .card-header [data-row-title]");
      if (title) title.textContent = block.dataset.noun + " " + (position + 1);
      const buttons = row.querySelector(":scope > .card-header .row-buttons, :scope > .row-buttons");
      if (!buttons) return;
      buttons.querySelector("[data-row-move='-1']").disabled = position === 0;
      buttons.querySelector("[data-row-move='1']").disabled = position === rows.length - 1;
      buttons.querySelector("[data-row-remove]").disabled = rows.length <= min;
    });
    const empty = block.querySelector(":scope > [data-empty]");
    if (empty) empty.hidden = rows.length > 0;
  }

  function valueOf(name) {
    const control = form.elements.namedItem(name);
    if (!control || control instanceof RadioNodeList) return "";
    if (control.type === "checkbox") return control.checked ? "on" : "";
    return control.value;
  }

  function applies(element, effect) {
    const answers = JSON.parse(element.getAttribute("data-" + effect + "-values") || "[]");
    return answers.includes(valueOf(element.getAttribute("data-" + effect + "-if")));
  }

  function refreshConditions() {
    form.querySelectorAll("[data-show-if]").forEach((element) => {
      element.hidden = !applies(element, "show");
    });
    form.querySelectorAll("[data-disable-if]").forEach((element) => {
      const off = applies(element, "disable");
      element.querySelectorAll("input, select, textarea").forEach((control) => { control.disabled = off; });
    });
    form.querySelectorAll("[data-add-if]").forEach((button) => {
      button.hidden = !applies(button, "add") && rowsOf(blockOf(button)).length > 0;
    });
    form.querySelectorAll("select[data-scope-field]").forEach(filterByScope);
  }

  // A data item is chosen among the items of the component chosen in the same row.
  function filterByScope(select) {
    const scope = valueOf(select.dataset.scopeField);
    select.querySelectorAll("optgroup").forEach((group) => {
      const mine = group.label === scope;
      group.hidden = !mine;
      group.querySelectorAll("option").forEach((option) => { option.disabled = !mine; });
    });
    const chosen = select.selectedOptions[0];
    if (chosen && chosen.disabled) select.value = "";
  }

  // Pick-lists of names typed elsewhere in this form (e.g. the fields of its own schema).
  function refreshSameFormLists() {
    form.querySelectorAll("datalist[data-source]").forEach((list) => {
      const pattern = new RegExp("^" + list.dataset.source.replace(/[.]/g, "\\.").replace(/\[\]/g, "\\[\\d+\\]") + "$");
      const values = new Set();
      Array.from(form.elements).forEach((control) => {
        if (pattern.test(control.name) && control.value.trim()) values.add(control.value);
      });
      list.replaceChildren(...Array.from(values, (value) => Object.assign(document.createElement("option"), { value })));
    });
  }

  function refreshAll() {
    form.querySelectorAll("[data-array]").forEach(refreshBlock);
    refreshConditions();
    refreshSameFormLists();
  }

  if (form.hasAttribute("data-readonly")) { // read-only: only show what applies
    refreshConditions();
    return;
  }

  form.addEventListener("click", (event) => {
    const button = event.target.closest("button[name=_action]");
    if (!button) return;
    const block = blockOf(button);
    if (button.hasAttribute("data-row-add")) addRow(block);
    else if (button.hasAttribute("data-row-remove")) {
      if (rowsOf(block).length > Number(block.dataset.minRows || 0)) button.closest("[data-row]").remove();
    } else if (button.hasAttribute("data-row-move")) moveRow(button.closest("[data-row]"), Number(button.dataset.rowMove));
    else return; // Save and the other buttons post the form
    event.preventDefault();
    dirty = true;
    refreshAll();
    keepBackup();
  });
  // A copy of the input in this browser, so a crash, a closed tab or an expired login loses nothing.
  const backupKey = "tec-editor:" + form.dataset.backup;
  const inputNow = () => Array.from(new FormData(form)).filter(([name]) => !name.startsWith("csrf") && name !== "_action");
  let backupTimer = null;

  function writeBackup(submitted) {
    try {
      localStorage.setItem(backupKey, JSON.stringify({ base: form.dataset.base, at: Date.now(), submitted, input: inputNow() }));
    } catch (error) { /* storage full or disabled: the server still has the last save */ }
  }

  function keepBackup() {
    clearTimeout(backupTimer);
    backupTimer = setTimeout(() => writeBackup(false), 800);
  }

  function offerBackup() {
    const banner = document.getElementById("backup");
    let kept = null;
    try { kept = JSON.parse(localStorage.getItem(backupKey) || "null"); } catch (error) { kept = null; }
    if (!kept || (kept.submitted && kept.base !== form.dataset.base)) {
      localStorage.removeItem(backupKey); // nothing kept, or our save went through
      return;
    }
    if (!form.hasAttribute("data-opened") || !banner || JSON.stringify(kept.input) === JSON.stringify(inputNow())) return;
    banner.querySelector("[data-backup-time]").textContent = new Date(kept.at).toLocaleString();
    banner.hidden = false;
    banner.querySelector("[data-backup-discard]").addEventListener("click", () => {
      localStorage.removeItem(backupKey);
      banner.hidden = true;
    });
    banner.querySelector("[data-backup-restore]").addEventListener("click", () => {
      // The server draws the form from the kept input (rows included) without saving it.
      const restore = Object.assign(document.createElement("form"), { method: "post", action: window.location.pathname });
      const pairs = kept.input.concat([["_action", "refresh"], ["csrfmiddlewaretoken", form.elements.csrfmiddlewaretoken.value]]);
      pairs.forEach(([name, value]) => restore.append(Object.assign(document.createElement("input"), { type: "hidden", name, value })));
      document.body.append(restore);
      dirty = false;
      restore.submit();
    });
  }

  form.addEventListener("change", () => { dirty = true; refreshConditions(); refreshSameFormLists(); keepBackup(); });
  form.addEventListener("input", () => { dirty = true; keepBackup(); });
  form.addEventListener("submit", (event) => {
    dirty = false;
    clearTimeout(backupTimer);
    const action = event.submitter ? event.submitter.value : "save";
    writeBackup(action === "save" || action === "follow");
  });
  document.addEventListener("submit", () => { dirty = false; });
  window.addEventListener("beforeunload", (event) => {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = "";
  });

  refreshAll();
  offerBackup();
  if (!form.hasAttribute("data-opened")) keepBackup(); // an answer to a post shows input not saved yet
  const problems = document.getElementById("problems") || document.getElementById("stale");
  if (problems) problems.focus();
})();
