// The admin's JSON editor: says whether the text is valid JSON as you type, and formats it.
(function () {
  "use strict";
  function position(text, error) {
    const match = /position (\d+)/.exec(error.message);
    if (!match) return "";
    const before = text.slice(0, Number(match[1])).split("\n");
    return " (line " + before.length + ", column " + (before[before.length - 1].length + 1) + ")";
  }

  function enhance(area) {
    area.style.fontFamily = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
    area.style.fontSize = "0.85rem";
    area.style.width = "100%";
    const bar = document.createElement("div");
    const status = document.createElement("span");
    const format = Object.assign(document.createElement("button"), { type: "button", textContent: "Format" });
    format.className = "button";
    bar.append(format, " ", status);
    area.after(bar);

    function check() {
      const text = area.value.trim();
      if (!text) { status.textContent = "Empty (saved as nothing)."; status.style.color = ""; return null; }
      try {
        const value = JSON.parse(text);
        const rows = Array.isArray(value) ? value.length + " row" + (value.length === 1 ? "" : "s") : "an object";
        status.textContent = "Valid JSON, " + rows + ". The schema check runs when you save.";
        status.style.color = "";
        return value;
      } catch (error) {
        status.textContent = "Not valid JSON: " + error.message + position(area.value, error);
        status.style.color = "#ba2121";
        return undefined;
      }
    }

    format.addEventListener("click", () => {
      const value = check();
      if (value !== undefined && value !== null) area.value = JSON.stringify(value, null, 2);
    });
    area.addEventListener("input", check);
    area.addEventListener("keydown", (event) => {
      if (event.key !== "Tab" || event.shiftKey) return;
      event.preventDefault();
      area.setRangeText("  ", area.selectionStart, area.selectionEnd, "end");
    });
    check();
  }

  document.addEventListener("DOMContentLoaded", () => document.querySelectorAll("textarea.json-editor").forEach(enhance));
})();
