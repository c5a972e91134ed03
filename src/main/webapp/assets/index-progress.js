/* Follows a running search index rebuild on the progress bar; reloads the page when it ends. */
(function () {
  'use strict';
  var box = document.querySelector('.index-progress');
  if (!box || !window.fetch) {
    return;
  }
  var bar = box.querySelector('progress');
  var state = box.querySelector('.index-state');
  var numbers = new Intl.NumberFormat(document.documentElement.lang || 'vi');
  function say(template, p) {
    return template.replace('{0}', numbers.format(p.done)).replace('{1}', numbers.format(p.total))
      .replace('{2}', p.percent);
  }
  function poll() {
    fetch(box.getAttribute('data-progress-url'), {credentials: 'same-origin'})
      .then(function (response) { return response.json(); })
      .then(function (p) {
        bar.value = p.percent;
        bar.textContent = p.percent + '%';
        if (p.state === 'running') {
          state.textContent = say(box.getAttribute('data-running'), p);
          setTimeout(poll, 1000);
        } else if (box.getAttribute('data-was-running') === 'yes') {
          window.location.reload();
        }
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  if (document.querySelector('button[disabled]')) {
    box.setAttribute('data-was-running', 'yes');
    poll();
  }
}());
