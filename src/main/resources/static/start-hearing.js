// The start page's schedule follows the fields as they are typed: the form is posted as a preview (nothing is
// started) and the page's schedule section is replaced by the answer's. Without JavaScript "Vis tidsplanen" does it.
(function () {
  'use strict';
  var form = document.getElementById('start-form');
  var section = document.getElementById('schedule');
  if (!form || !section || !window.fetch || !window.DOMParser) {
    return;
  }
  var timer = null;
  var latest = 0;

  function refresh() {
    var asked = ++latest;
    var data = new URLSearchParams(new FormData(form));
    data.set('action', 'preview');
    section.setAttribute('aria-busy', 'true');
    fetch(form.getAttribute('action'), {method: 'POST', body: data, credentials: 'same-origin',
      headers: {'Accept': 'text/html'}})
      .then(function (response) { return response.text(); })
      .then(function (html) {
        if (asked !== latest) {
          return; // an older answer: a newer one is on its way
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('schedule');
        if (fresh) {
          section.innerHTML = fresh.innerHTML;
        }
      })
      .catch(function () { /* the schedule stays as it was; "Vis tidsplanen" still works */ })
      .then(function () { section.removeAttribute('aria-busy'); });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  }

  form.addEventListener('input', later);
  form.addEventListener('change', later);
})();
