// brandcheck workshop: the few behaviours htmx attributes do not cover.
// A refused request shows the server's one-line message; a successful "add" clears the box.
(function () {
  "use strict";
  function banner(text) {
    var box = document.getElementById("error");
    if (!box) return;
    box.textContent = text || "";
    box.hidden = !text;
  }
  document.addEventListener("htmx:responseError", function (e) {
    var xhr = e.detail.xhr;
    banner((xhr && xhr.responseText ? xhr.responseText : "request failed") + " (" + (xhr ? xhr.status : "?") + ")");
  });
  document.addEventListener("htmx:sendError", function () {
    banner("the workshop server does not answer; is it still running?");
  });
  document.addEventListener("htmx:afterRequest", function (e) {
    if (!e.detail.successful) return;
    banner("");
    var form = e.detail.elt;
    if (form && form.id === "add") form.reset();
  });
})();
