/* Added by jdgen serve to every page: reload when the site is written
   again, and show the problems of the last build on top of the page. */
(function () {
  "use strict";
  var shown = Number(document.currentScript.getAttribute("data-version"));
  function banner(problems) {
    var box = document.getElementById("jdgen-problems");
    if (!problems.length) { if (box) { box.remove(); } return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "jdgen-problems";
      box.setAttribute("role", "alert");
      box.style.cssText = "background:#fff0f0;border-bottom:3px solid #b00020;color:#5c0011;" +
        "padding:8px 24px;font:13px/1.5 monospace;white-space:pre-wrap;";
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.textContent = problems.join("\n");
  }
  function poll() {
    fetch("/__jdgen/status", { cache: "no-store" }).then(function (response) {
      return response.json();
    }).then(function (status) {
      if (status.version !== shown) { window.location.reload(); return; }
      banner(status.problems);
    }).catch(function () { /* the server stopped: keep the page as it is */ })
      .then(function () { window.setTimeout(poll, 1000); });
  }
  poll();
}());
