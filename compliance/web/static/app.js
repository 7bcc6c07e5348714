// Progress of a background check: poll its status and reload the page when it is done.
(function () {
  var box = document.getElementById("progress");
  if (!box) return;
  var url = box.getAttribute("data-status-url");
  function poll() {
    fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (s) {
      document.getElementById("stage").textContent = s.label;
      var bar = document.getElementById("bar");
      bar.max = s.steps; bar.value = s.step;
      if (s.status === "pending") setTimeout(poll, 400); else window.location.reload();
    }).catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
// Filters apply as soon as a choice changes (the Filter button stays for keyboards and no-JS).
document.addEventListener("change", function (e) {
  if (e.target.form && e.target.form.id === "filters") e.target.form.submit();
});
