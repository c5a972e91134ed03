/*
 * The rich-text editor over the article body's textarea (TinyMCE, served from the WAR).
 * Without JavaScript the textarea stays and takes HTML or plain paragraphs; the server
 * sanitises whatever arrives, so this only makes writing easier, never safer.
 */
(function () {
  'use strict';
  // The address the server will make from the title when the field is left empty, shown as a hint
  // (the same rule as content/Slugs: marks dropped, đ as d, words joined by hyphens).
  var title = document.getElementById('title');
  var slug = document.getElementById('slug');
  if (title && slug) {
    var propose = function () {
      slug.placeholder = title.value.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
        .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 120);
    };
    title.addEventListener('input', propose);
    propose();
  }
  if (!window.tinymce) {
    return;
  }
  document.querySelectorAll('textarea.rich-text').forEach(function (area) {
    // The editor's own words come from the page (Saola's i18n bundles), never from a download.
    var language = area.getAttribute('data-ui-lang') || 'en';
    if (language !== 'en') {
      window.tinymce.addI18n(language, JSON.parse(area.getAttribute('data-strings') || '{}'));
    }
    window.tinymce.init({
      language: language,
      language_load: false,
      target: area,
      base_url: '/webjars/tinymce/6.8.3',
      suffix: '.min',
      menubar: false,
      branding: false,
      promotion: false,
      statusbar: true,
      // TinyMCE's resize handle carries an aria-label without a role (an axe-core violation).
      resize: false,
      elementpath: false,
      height: 480,
      plugins: 'lists link image table autolink code',
      toolbar: 'blocks | bold italic | bullist numlist blockquote | link image table | undo redo | code',
      // Images go to the site's own uploads (the only images a body may show), with the form's CSRF token.
      images_file_types: 'jpeg,jpg,png,webp',
      image_dimensions: false,
      // The library's newest images to pick from, titled in the body's language (the server fills
      // in their text alternative where the body gives none); a caption makes a figure.
      image_list: '/admin/media/images.json?lang=' + encodeURIComponent(area.getAttribute('lang') || 'vi'),
      image_caption: true,
      automatic_uploads: true,
      images_upload_handler: function (blob) {
        var form = new FormData();
        form.append('_csrf', area.form.querySelector('input[name=_csrf]').value);
        form.append('editor', '1');
        form.append('image', blob.blob(), blob.filename());
        return fetch('/admin/images', {method: 'POST', body: form, credentials: 'same-origin'})
          .then(function (response) {
            return response.json().then(function (answer) {
              if (!response.ok) {
                throw {message: answer.error, remove: true};
              }
              return answer.location;
            });
          });
      },
      block_formats: area.getAttribute('data-blocks') || 'Paragraph=p; Heading 2=h2; Heading 3=h3; Heading 4=h4',
      // Only what the server keeps: the sanitiser drops the rest anyway.
      valid_elements: 'p,br,h2,h3,h4,ul,ol,li,blockquote,strong/b,em/i,u,s,sub,sup,code,pre,hr,figure,figcaption,'
        + 'a[href|rel],img[src|alt|title|width|height],table,thead,tbody,tfoot,tr,th[scope|colspan|rowspan],'
        + 'td[colspan|rowspan],caption',
      link_default_target: '',
      target_list: false,
      link_title: false,
      relative_urls: false,
      convert_urls: false,
      entity_encoding: 'raw',
      iframe_aria_text: area.labels && area.labels[0] ? area.labels[0].textContent : 'Body',
      setup: function (editor) {
        editor.on('change input undo redo', function () {
          editor.save();
        });
      }
    });
  });
}());
