// Keyboard shortcuts as in Prodigy (a accept, x reject, u undo, j/k next/previous), never while typing in a
// field; and the current quote kept in view after every swap of the workspace.
(function () {
  var keys = {a: "btn-accept", x: "btn-reject", u: "btn-undo", j: "btn-next", k: "btn-prev"};

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && typing(document.activeElement)) { document.activeElement.blur(); return; }
    // Enter in a field would submit the form, that is accept: accepting is the a key or the button only
    if (ev.key === "Enter" && ev.target.form && ev.target.form.id === "cand-form" && ev.target.tagName === "INPUT") {
      ev.preventDefault(); return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey || typing(ev.target)) return;
    var id = keys[ev.key];
    if (!id) return;
    // a key pressed while the workspace is still being swapped in (its buttons not yet wired by htmx, or a request
    // under way) is kept and carried out once it has settled, not lost
    var ws = document.getElementById("workspace");
    if (ws && (ws.classList.contains("htmx-added") || ws.classList.contains("htmx-settling")
               || document.querySelector(".htmx-request"))) {
      ev.preventDefault();
      var later = function () {
        document.removeEventListener("htmx:afterSettle", later);
        press(id);
      };
      document.addEventListener("htmx:afterSettle", later);
      return;
    }
    if (press(id)) ev.preventDefault();
  });

  function press(id) {
    var button = document.getElementById(id);
    if (button && !button.disabled) { button.click(); return true; }
    return false;
  }

  // A click on a marked quote selects its candidate.
  document.addEventListener("click", function (ev) {
    var mark = ev.target.closest && ev.target.closest("mark.q");
    var ws = document.getElementById("workspace");
    if (!mark || !ws || mark.classList.contains("current")) return;
    var url = "/s/" + encodeURIComponent(ws.dataset.sid) + "?c=" + encodeURIComponent(mark.dataset.cid);
    htmx.ajax("GET", url, {target: "#workspace", swap: "outerHTML"}).then(function () {
      history.pushState({}, "", url);
    });
  });

  function showCurrent() {
    var mark = document.querySelector("article.text mark.current");
    if (mark) mark.scrollIntoView({block: "center", behavior: "instant"});
  }
  document.addEventListener("DOMContentLoaded", showCurrent);
  document.addEventListener("htmx:afterSettle", showCurrent);
})();
