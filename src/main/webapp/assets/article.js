/*
 * The article page's share row, enhanced: copy the address, the system's share sheet where the
 * browser has one, print, and Zalo's own share button loaded only when the reader asks for it.
 * Without JavaScript the plain links still work and the address is shown to copy by hand.
 */
(function () {
  'use strict';
  var row = document.querySelector('.share');
  if (!row) {
    return;
  }
  var status = row.querySelector('.share__status');
  function say(text) {
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  var copy = row.querySelector('.share__copy');
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(copy.getAttribute('data-share-url')).then(function () {
        say(copy.getAttribute('data-done'));
      }, function () {
        say(copy.getAttribute('data-failed'));
      });
    });
  }

  var native = row.querySelector('.share__native');
  if (native && navigator.share) {
    native.hidden = false;
    native.addEventListener('click', function () {
      navigator.share({title: native.getAttribute('data-share-title'), url: native.getAttribute('data-share-url')})
        .catch(function () { /* the reader closed the sheet */ });
    });
  }

  var print = row.querySelector('.share__print');
  if (print && window.print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }

  // Zalo documents only its share button, drawn by a script from sp.zalo.me: it is fetched on
  // the first press of "Zalo", never with the page, so no visit is reported to Zalo unasked.
  var zalo = row.querySelector('.share__zalo');
  if (zalo) {
    zalo.addEventListener('click', function (event) {
      event.preventDefault();
      var box = row.querySelector('.share__zalo-widget');
      if (box.firstChild) {
        return;
      }
      var button = document.createElement('div');
      button.className = 'zalo-share-button';
      button.setAttribute('data-href', zalo.getAttribute('data-share-url'));
      if (zalo.getAttribute('data-oaid')) {
        button.setAttribute('data-oaid', zalo.getAttribute('data-oaid'));
      }
      button.setAttribute('data-layout', '1');
      button.setAttribute('data-color', 'blue');
      button.setAttribute('data-customize', 'false');
      box.appendChild(button);
      var sdk = document.createElement('script');
      sdk.src = 'https://sp.zalo.me/plugins/sdk.js';
      sdk.async = true;
      document.body.appendChild(sdk);
      say(zalo.getAttribute('data-ready'));
    });
  }
}());
