// The one-line embed: a floating chat button that opens the support page in a panel. The server calls it with its defaults.
(function netposaChatWidget(defaults) {
  'use strict';

  var script = document.currentScript;
  if (!script || window.__netposaChatWidget) return;
  window.__netposaChatWidget = true;

  var chatOrigin = new URL(script.src, location.href).origin;
  var color = /^#[0-9a-fA-F]{6}$/.test(script.getAttribute('data-color') || '') ? script.getAttribute('data-color') : defaults.primaryColor;
  var side = script.getAttribute('data-position') === 'left' ? 'left' : 'right';
  var requestedLanguage = script.getAttribute('data-lang');
  var language = requestedLanguage === 'zh' || requestedLanguage === 'en'
    ? requestedLanguage
    : /^zh\b/i.test(navigator.language || '') ? 'zh' : 'en';

  var host = document.createElement('div');
  host.setAttribute('data-netposa-chat', '');
  // A shadow root keeps the host site's CSS out of the widget and the widget's out of the site.
  var root = host.attachShadow({ mode: 'open' });
  root.innerHTML =
    '<style>' +
    ':host { all: initial; }' +
    '.launcher { position: fixed; bottom: 24px; ' + side + ': 24px; z-index: 2147483000; width: 60px; height: 60px;' +
    ' border: 0; border-radius: 50%; background: ' + color + '; color: #fff; cursor: pointer; display: grid; place-items: center;' +
    ' box-shadow: 0 12px 28px -8px rgba(11, 30, 66, 0.5), 0 2px 6px rgba(11, 30, 66, 0.2); transition: transform 0.2s; }' +
    '.launcher:hover { transform: translateY(-2px) scale(1.04); }' +
    '.launcher:focus-visible { outline: 3px solid ' + color + '; outline-offset: 3px; }' +
    '.launcher svg { width: 28px; height: 28px; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }' +
    '.launcher .close { display: none; }' +
    '.open .launcher .chat { display: none; } .open .launcher .close { display: block; }' +
    '.panel { position: fixed; bottom: 100px; ' + side + ': 24px; z-index: 2147483000; width: 400px; height: 640px;' +
    ' max-height: calc(100vh - 124px); border-radius: 18px; overflow: hidden; background: #fff;' +
    ' box-shadow: 0 24px 60px -16px rgba(11, 30, 66, 0.45), 0 2px 8px rgba(11, 30, 66, 0.12);' +
    ' opacity: 0; transform: translateY(12px) scale(0.98); pointer-events: none; visibility: hidden;' +
    ' transition: opacity 0.2s, transform 0.2s, visibility 0s 0.2s; }' +
    '.open .panel { opacity: 1; transform: none; pointer-events: auto; visibility: visible; transition: opacity 0.2s, transform 0.2s; }' +
    '.panel iframe { width: 100%; height: 100%; border: 0; display: block; }' +
    '@media (max-width: 480px) { .panel { inset: 0; width: auto; height: auto; max-height: none; border-radius: 0; }' +
    ' .open .launcher { display: none; } }' +
    '</style>' +
    '<div class="widget">' +
    '<div class="panel" role="dialog"></div>' +
    '<button type="button" class="launcher" aria-expanded="false">' +
    '<svg class="chat" viewBox="0 0 24 24" aria-hidden="true"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.6A8 8 0 1 1 21 12z"/><path d="M8.5 12h.01M12 12h.01M15.5 12h.01"/></svg>' +
    '<svg class="close" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>' +
    '</button>' +
    '</div>';

  var widget = root.querySelector('.widget');
  var panel = root.querySelector('.panel');
  var launcher = root.querySelector('.launcher');
  var label = defaults.text[language].openChat;
  launcher.setAttribute('aria-label', label);
  launcher.title = label;
  panel.setAttribute('aria-label', defaults.brandName);

  launcher.addEventListener('click', function () {
    setOpen(!widget.classList.contains('open'));
  });
  window.addEventListener('message', function (event) {
    if (event.origin === chatOrigin && event.data && event.data.type === 'netposa-chat:close') setOpen(false);
  });

  document.body.appendChild(host);

  function setOpen(open) {
    // The conversation only starts once a visitor opens the chat, and then survives closing it.
    if (open && !panel.firstChild) {
      var frame = document.createElement('iframe');
      frame.src = chatOrigin + '/?embed=1&lang=' + language;
      frame.title = defaults.brandName;
      frame.allow = 'clipboard-write';
      panel.appendChild(frame);
    }
    widget.classList.toggle('open', open);
    launcher.setAttribute('aria-expanded', String(open));
  }
})
