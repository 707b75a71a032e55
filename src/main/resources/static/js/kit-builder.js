// The kit builder without page reloads. Without this script the form still works: numbers order the
// questions, "Remove" boxes drop them and "Add selected" posts the form. With it, questions are added
// from the search results, removed and reordered in place (drag by the handle, or Move up / Move down
// from the keyboard); the hidden inputs and order numbers follow, so "Save kit" posts the list as shown.
(function () {
  "use strict";
  var list = document.getElementById("kit-items");
  var status = document.getElementById("kit-status");
  var addButton = document.getElementById("kit-add");
  if (!list) return;
  var dragged = null;

  function say(text) {
    if (!status) return;
    status.textContent = "";
    setTimeout(function () { status.textContent = text; }, 30);
  }

  function items() { return Array.prototype.slice.call(list.querySelectorAll("li.kit-item")); }
  function title(li) { var t = li.querySelector(".kit-item-title"); return t ? t.textContent : "question"; }

  function renumber() {
    var all = items();
    all.forEach(function (li, i) {
      var order = li.querySelector(".order-input");
      if (order) order.value = String(i + 1);
      var pos = li.querySelector(".kit-position");
      if (pos) pos.textContent = (i + 1) + " of " + all.length;
    });
    var empty = document.getElementById("kit-empty");
    if (empty) empty.hidden = all.length > 0;
  }

  function button(text, label, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "button secondary small";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.setAttribute("data-kit-action", action);
    return b;
  }

  function enhance(li) {
    if (li.hasAttribute("data-enhanced")) return;
    li.setAttribute("data-enhanced", "");
    li.draggable = true;
    var handle = document.createElement("span");
    handle.className = "drag-handle";
    handle.setAttribute("aria-hidden", "true");
    handle.title = "Drag to reorder";
    handle.textContent = "⠿";
    li.insertBefore(handle, li.firstChild);
    li.querySelectorAll(".order-label, .remove-label").forEach(function (l) { l.hidden = true; });
    var name = title(li);
    var tools = document.createElement("span");
    tools.className = "kit-item-tools";
    var pos = document.createElement("span");
    pos.className = "kit-position visually-hidden";
    tools.appendChild(pos);
    tools.appendChild(button("Move up", "Move up: " + name, "up"));
    tools.appendChild(button("Move down", "Move down: " + name, "down"));
    tools.appendChild(button("Remove", "Remove: " + name, "remove"));
    li.appendChild(tools);
  }

  list.addEventListener("click", function (evt) {
    var b = evt.target.closest("button[data-kit-action]");
    if (!b) return;
    var li = b.closest("li.kit-item");
    var action = b.getAttribute("data-kit-action");
    var all = items();
    var at = all.indexOf(li);
    if (action === "up" || action === "down") {
      var to = action === "up" ? at - 1 : at + 1;
      if (to < 0 || to >= all.length) {
        say(title(li) + " is already " + (to < 0 ? "first." : "last."));
        return;
      }
      if (action === "up") list.insertBefore(li, all[to]); else list.insertBefore(all[to], li);
      renumber();
      b.focus();
      say("Moved " + title(li) + " to position " + (to + 1) + " of " + all.length + ".");
    } else if (action === "remove") {
      var next = all[at + 1] || all[at - 1];
      li.parentNode.removeChild(li);
      renumber();
      if (next) next.querySelector("button[data-kit-action='remove']").focus();
      else if (addButton) addButton.focus();
      say("Removed " + title(li) + ". Press Save kit to keep the change.");
    }
  });

  list.addEventListener("dragstart", function (evt) {
    dragged = evt.target.closest && evt.target.closest("li.kit-item");
    if (!dragged) return;
    dragged.classList.add("dragging");
    evt.dataTransfer.effectAllowed = "move";
    evt.dataTransfer.setData("text/plain", dragged.getAttribute("data-key") || "");
  });
  list.addEventListener("dragover", function (evt) {
    if (!dragged) return;
    var over = evt.target.closest && evt.target.closest("li.kit-item");
    evt.preventDefault();
    if (!over || over === dragged) return;
    var box = over.getBoundingClientRect();
    var after = evt.clientY > box.top + box.height / 2;
    list.insertBefore(dragged, after ? over.nextSibling : over);
  });
  list.addEventListener("drop", function (evt) { evt.preventDefault(); });
  list.addEventListener("dragend", function () {
    if (!dragged) return;
    dragged.classList.remove("dragging");
    renumber();
    say("Moved " + title(dragged) + " to position " + (items().indexOf(dragged) + 1) + " of " + items().length + ".");
    dragged = null;
  });

  function addChecked(evt) {
    var boxes = Array.prototype.slice.call(document.querySelectorAll("#picker-results input[name='add']:checked"));
    evt.preventDefault();
    if (!boxes.length) {
      say("Tick questions in the search results first.");
      return;
    }
    boxes.forEach(function (box) {
      var key = box.value;
      if (list.querySelector("li.kit-item[data-key='" + key.replace(/'/g, "") + "']")) return;
      var li = document.createElement("li");
      li.className = "kit-item";
      li.setAttribute("data-key", key);
      var hidden = document.createElement("input");
      hidden.type = "hidden";
      hidden.name = "items";
      hidden.value = key;
      var t = document.createElement("span");
      t.className = "kit-item-title";
      t.textContent = box.getAttribute("data-title") || key;
      var badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = box.getAttribute("data-origin") || "";
      var orderLabel = document.createElement("label");
      orderLabel.className = "check order-label";
      var order = document.createElement("input");
      order.type = "number";
      order.className = "order-input";
      order.name = "order." + key;
      orderLabel.appendChild(document.createTextNode("Order "));
      orderLabel.appendChild(order);
      li.appendChild(hidden);
      li.appendChild(t);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(badge);
      li.appendChild(orderLabel);
      list.appendChild(li);
      enhance(li);
      var row = box.closest("li");
      if (row) row.parentNode.removeChild(row);
    });
    renumber();
    say(boxes.length === 1 ? "Added 1 question to the end of the kit." : "Added " + boxes.length + " questions to the end of the kit.");
  }

  items().forEach(enhance);
  renumber();
  var hint = document.querySelector(".kit-js-hint");
  if (hint) hint.hidden = false;
  if (addButton) {
    addButton.textContent = "Add selected";
    addButton.addEventListener("click", addChecked);
  }
})();
