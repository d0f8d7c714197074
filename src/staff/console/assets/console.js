// The staff console: sign-in, the live queue (Server-Sent Events), a conversation with its transcript and case, and the
// staff actions. Every text that comes from a customer or the server is inserted with textContent, never as HTML.
(function () {
  'use strict';

  var LANGUAGE_KEY = 'netposa-console:language';
  var LOCALES = { en: 'en', zh: 'zh-CN' };
  var CONVERSATION_EVENTS = ['conversation.queued', 'conversation.taken', 'conversation.released', 'conversation.closed', 'conversation.returned', 'conversation.reminder', 'conversation.held', 'conversation.unfollowed'];
  // A stream the browser gave up on (the server refused it) is opened again after this long, resuming from the last event.
  var REOPEN_MS = 3000;

  var config = null;
  var api = '';
  var language = 'en';
  var session = null;
  var events = null;
  var lastEventId = null;
  var listsLoaded = false;
  // Every conversation heard of, from the lists or the events, keeping the newest version of each by updatedAt.
  var conversations = new Map();
  var unread = new Set();
  var fresh = new Set();
  var reminders = new Map();
  var cases = new Map();
  var casesLoaded = false;
  var tab = 'queue';
  var shownError = null;
  // Filled-in canned replies for the conversation shown, and the admin's lists (loaded when the Admin tab opens).
  var cannedReplies = [];
  var team = [];
  var cannedAdmin = [];
  // What the main pane shows: 'detail' (a conversation or case), 'admin' or 'dashboard'.
  var view = 'detail';
  var figures = null;
  var preferences = { sound: true, desktop: true };
  var audio = null;
  var searchTimer = null;
  var searchToken = 0;
  // What the detail pane shows: a conversation and/or a case; `token` discards answers to an earlier selection.
  var detail = { conversationId: null, caseId: null, conversation: null, transcript: [], repairCase: null, conversationGone: false, token: 0 };

  var $ = function (selector, root) {
    return (root || document).querySelector(selector);
  };
  var $$ = function (selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  };

  fetch('/staff/console/config.json', { credentials: 'same-origin' })
    .then(function (response) {
      return response.json();
    })
    .then(function (loaded) {
      config = loaded;
      api = config.apiPath;
      language = initialLanguage();
      document.documentElement.style.setProperty('--brand', config.brand.primaryColor);
      $('.brand-mark').textContent = config.brand.initials;
      $('.brand-name').textContent = config.brand.name;
      wirePage();
      applyLanguage();
      return call('GET', '/session').then(startDesk, function (error) {
        showLogin(error.status === 401 ? '' : describeError(error));
      });
    });

  // ---- texts -------------------------------------------------------------------------------------------------------

  function t(key, params) {
    var template = config.text[language][key];
    if (template === undefined) return key;
    return template.replace(/\{(\w+)\}/g, function (whole, name) {
      return params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole;
    });
  }

  /** A label for a value from the server's vocabulary, or the value itself when the console has no word for it. */
  function label(prefix, value) {
    var key = prefix + '.' + value;
    return Object.prototype.hasOwnProperty.call(config.text[language], key) ? t(key) : String(value);
  }

  function initialLanguage() {
    var chosen = null;
    try {
      chosen = localStorage.getItem(LANGUAGE_KEY);
    } catch (ignored) {
      chosen = null;
    }
    if (chosen && LOCALES[chosen]) return chosen;
    return /^zh\b/i.test(navigator.language || '') ? 'zh' : 'en';
  }

  function setLanguage(next) {
    if (!LOCALES[next] || next === language) return;
    language = next;
    try {
      localStorage.setItem(LANGUAGE_KEY, next);
    } catch (ignored) {
      // Without storage the choice lasts for this page.
    }
    applyLanguage();
  }

  function applyLanguage() {
    document.documentElement.lang = LOCALES[language];
    updateTitle();
    $$('[data-i18n]').forEach(function (element) {
      element.textContent = t(element.getAttribute('data-i18n'));
    });
    $$('[data-i18n-placeholder]').forEach(function (element) {
      element.placeholder = t(element.getAttribute('data-i18n-placeholder'));
    });
    $$('[data-i18n-label]').forEach(function (element) {
      element.setAttribute('aria-label', t(element.getAttribute('data-i18n-label')));
    });
    $$('[data-language]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-language') === language));
    });
    fillCaseFilter();
    showLive($('.live').getAttribute('data-state'));
    if (session) {
      showWho();
      renderQueue();
      renderCases();
      // The case forms are built again in the new language (a language switch is the one thing that may clear them).
      $$('.case-panel form').forEach(function (form) {
        form.remove();
      });
      renderDetail();
      if (view === 'admin') renderAdmin();
      if (figures) renderDashboard();
      if (shownError) showAlert(shownError);
    }
  }

  // ---- the API -----------------------------------------------------------------------------------------------------

  /** Calls /staff/api; rejects with {status, message} (status 0: the server was not reached). */
  function call(method, path, body) {
    var headers = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && session) headers['X-CSRF-Token'] = session.csrfToken;
    return fetch(api + path, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(
      function (response) {
        return response.text().then(function (text) {
          var parsed = null;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch (ignored) {
            parsed = null;
          }
          if (response.ok) return parsed;
          var failure = { status: response.status, message: parsed && typeof parsed.error === 'string' ? parsed.error : '' };
          // A session that ended (expired, or signed out elsewhere) sends the console back to the sign-in form.
          if (response.status === 401 && session && path !== '/login') signedOut(t('login.expired'));
          throw failure;
        });
      },
      function () {
        throw { status: 0, message: '' };
      },
    );
  }

  function describeError(error) {
    var key = { 0: 'error.network', 400: 'error.400', 401: 'login.expired', 403: 'error.403', 404: 'error.404', 409: 'error.409', 429: 'error.429' }[error.status] || 'error.other';
    return error.message && error.status !== 0 && error.status < 500 ? t(key) + ' ' + error.message : t(key);
  }

  // ---- sign-in -----------------------------------------------------------------------------------------------------

  function wirePage() {
    $$('[data-language]').forEach(function (button) {
      button.addEventListener('click', function () {
        setLanguage(button.getAttribute('data-language'));
      });
    });
    $('.login-form').addEventListener('submit', function (submitted) {
      submitted.preventDefault();
      var form = submitted.target;
      var username = form.elements.username.value.trim();
      var password = form.elements.password.value;
      if (!username || !password) return;
      form.querySelector('button').disabled = true;
      call('POST', '/login', { username: username, password: password })
        .then(function (answer) {
          form.reset();
          startDesk(answer);
        }, function (error) {
          var key = error.status === 401 ? 'login.wrong' : error.status === 429 ? 'login.throttled' : 'login.failed';
          showFormError(t(key));
        })
        .then(function () {
          form.querySelector('button').disabled = false;
        });
    });
    $('.logout').addEventListener('click', function () {
      call('POST', '/logout').then(function () {
        signedOut('');
      }, function (error) {
        if (error.status !== 401) signedOut('');
      });
    });
    $$('[data-tab]').forEach(function (button) {
      button.addEventListener('click', function () {
        showTab(button.getAttribute('data-tab'));
      });
    });
    $('.case-filter').addEventListener('change', loadCases);
    wireSearch();
    wireAdmin();
    wireCannedChips();
    wireNotifications();
    wireShortcuts();
    $('.password-form').addEventListener('submit', function (submitted) {
      submitted.preventDefault();
      choosePassword(submitted.target);
    });
    $('.detail-actions').addEventListener('click', function (clicked) {
      var button = clicked.target.closest('[data-action]');
      if (button && !button.disabled) act(button.getAttribute('data-action'), button);
    });
    var reply = $('#reply-text');
    reply.addEventListener('input', renderCannedChips);
    reply.addEventListener('keydown', function (pressed) {
      // "/words" picks a canned reply: Enter or Tab puts the first that matches in place of what was typed.
      if ((pressed.key === 'Enter' || pressed.key === 'Tab') && !pressed.shiftKey && !pressed.isComposing && cannedMatches().length && /^\//.test(reply.value)) {
        pressed.preventDefault();
        insertCanned(cannedMatches()[0]);
        return;
      }
      if (pressed.key === 'Enter' && !pressed.shiftKey && !pressed.isComposing) {
        pressed.preventDefault();
        sendReply();
      }
    });
    $('.reply-form').addEventListener('submit', function (submitted) {
      submitted.preventDefault();
      sendReply();
    });
    $('.case-panel').addEventListener('submit', function (submitted) {
      submitted.preventDefault();
      var form = submitted.target;
      if (form.classList.contains('move-form')) moveCase(form);
      if (form.classList.contains('quote-form')) sendQuote(form);
    });
    setInterval(tick, 1000);
  }

  function showLogin(message) {
    $('.desk-view').hidden = true;
    $('.login-view').hidden = false;
    $('.login-form').hidden = false;
    $('.password-form').hidden = true;
    $('.logout').hidden = true;
    $('.who').hidden = true;
    $('.live').hidden = true;
    showFormError(message);
    $('.login-form').elements.username.focus();
  }

  function showFormError(message) {
    var error = $('.login-form .form-error');
    error.textContent = message;
    error.hidden = !message;
  }

  function startDesk(answer) {
    session = answer;
    if (session.mustChangePassword) {
      showPasswordForm('');
      return;
    }
    $('.login-view').hidden = true;
    $('.admin-toggle').hidden = session.role !== 'admin';
    $('.dashboard-toggle').hidden = false;
    showView('detail');
    $('.desk-view').hidden = false;
    $('.logout').hidden = false;
    showWho();
    showTab(tab);
    renderDetail();
    openEvents();
    loadPreferences();
  }

  /** After an administrator reset the password: the new one first, nothing else. */
  function showPasswordForm(message) {
    $('.desk-view').hidden = true;
    $('.login-view').hidden = false;
    $('.login-form').hidden = true;
    $('.logout').hidden = false;
    showWho();
    var form = $('.password-form');
    form.hidden = false;
    var error = $('.form-error', form);
    error.textContent = message;
    error.hidden = !message;
    form.elements.currentPassword.focus();
  }

  function choosePassword(form) {
    var currentPassword = form.elements.currentPassword.value;
    var newPassword = form.elements.newPassword.value;
    if (!currentPassword || !newPassword) return;
    if (newPassword.length < 12) {
      showPasswordForm(t('password.tooShort'));
      return;
    }
    form.querySelector('button').disabled = true;
    call('POST', '/password', { currentPassword: currentPassword, newPassword: newPassword })
      .then(function (answer) {
        form.reset();
        startDesk(answer);
      }, function (error) {
        if (error.status !== 401) showPasswordForm(error.status === 400 ? t('password.wrong') : describeError(error));
      })
      .then(function () {
        form.querySelector('button').disabled = false;
      });
  }

  function signedOut(message) {
    $('.dashboard-toggle').hidden = true;
    $('.admin-toggle').hidden = true;
    figures = null;
    showView('detail');
    session = null;
    cannedReplies = [];
    team = [];
    cannedAdmin = [];
    closeEvents();
    listsLoaded = false;
    lastEventId = null;
    conversations.clear();
    unread.clear();
    fresh.clear();
    reminders.clear();
    cases.clear();
    casesLoaded = false;
    detail = { conversationId: null, caseId: null, conversation: null, transcript: [], repairCase: null, conversationGone: false, token: detail.token + 1 };
    showLogin(message);
  }

  function showWho() {
    $('.who').hidden = false;
    $('.who-name').textContent = session.displayName || session.username;
    $('.who-role').textContent = label('role', session.role);
  }

  // ---- live updates ------------------------------------------------------------------------------------------------

  // The stream opens before the lists load, so nothing that happens in between is missed; on a dropped connection
  // EventSource reconnects by itself and sends Last-Event-ID, and the server replays what was missed.
  function openEvents() {
    closeEvents();
    showLive('connecting');
    var source = new EventSource(api + '/events' + (lastEventId ? '?lastEventId=' + encodeURIComponent(lastEventId) : ''));
    events = source;
    source.addEventListener('open', function () {
      showLive('online');
      if (!listsLoaded) loadLists();
    });
    source.addEventListener('error', function () {
      showLive(source.readyState === EventSource.OPEN ? 'online' : 'offline');
      // CLOSED: the server refused the stream (a 401 after the session ended, or a restart): ask why, then try again.
      if (source.readyState === EventSource.CLOSED && events === source) {
        events = null;
        setTimeout(function () {
          if (!session) return;
          call('GET', '/session').then(function (answer) {
            session = answer;
            openEvents();
          }, function (error) {
            if (error.status !== 401) setTimeout(openEvents, REOPEN_MS);
          });
        }, REOPEN_MS);
      }
    });
    CONVERSATION_EVENTS.forEach(function (name) {
      source.addEventListener(name, function (message) {
        var data = received(message);
        if (!data) return;
        takeConversation(data.conversation);
        var arrived = name === 'conversation.queued' || name === 'conversation.returned';
        if (arrived && detail.conversationId !== data.conversation.id) fresh.add(data.conversation.id);
        if (name === 'conversation.queued') {
          notify(data, t('notify.escalation', { customer: data.conversation.customer }), [data.conversation.reason ? label('reason', data.conversation.reason) : '', summaryPreview(data.conversation.summary)].filter(Boolean).join(' · '), data.conversation.id);
        }
        if (name === 'conversation.reminder') reminders.set(data.conversation.id, data.waitingMinutes);
        else reminders.delete(data.conversation.id);
        renderQueue();
        if (detail.conversationId === data.conversation.id) renderDetail();
      });
    });
    source.addEventListener('conversation.message', function (message) {
      var data = received(message);
      if (!data) return;
      var held = conversations.get(data.conversationId);
      var fromCustomer = data.activity && data.activity.from && data.activity.from.role === 'user';
      if (detail.conversationId === data.conversationId) addToTranscript(data.activity);
      // Unread: elsewhere, or here while nobody is looking at the page.
      if (detail.conversationId !== data.conversationId || (inBackground() && fromCustomer)) unread.add(data.conversationId);
      renderQueue();
      if (fromCustomer && held && held.status === 'active' && held.owner === session.username) {
        notify(data, t('notify.message', { customer: held.customer }), data.activity.text || '', data.conversationId);
      }
    });
    ['case.opened', 'case.updated'].forEach(function (name) {
      source.addEventListener(name, function (message) {
        var data = received(message);
        if (!data) return;
        if (casesLoaded) {
          cases.set(data.case.id, data.case);
          renderCases();
        }
        var ofShown = detail.caseId === data.case.id || (detail.conversation && detail.conversation.caseId === data.case.id);
        // A case opened in the conversation on screen (after a hand-back, say) joins it at once.
        var openedHere = name === 'case.opened' && detail.conversationId === data.case.conversationId;
        if (!ofShown && !openedHere) return;
        detail.caseId = data.case.id;
        detail.repairCase = data.case;
        if (openedHere && detail.conversation) detail.conversation.caseId = data.case.id;
        renderHeader();
        renderCasePanel();
        if (openedHere) loadCannedReplies();
      });
    });
    source.addEventListener('account.sessions_ended', function (message) {
      var data = received(message);
      if (!data) return;
      if (session && data.username === session.username) {
        signedOut(t(data.reason === 'password_reset' ? 'login.reset' : 'login.disabled'));
        return;
      }
      if (view === 'admin') loadAdmin();
    });
    source.addEventListener('reset', function () {
      loadLists();
      if (casesLoaded) loadCases();
    });
  }

  function received(message) {
    if (message.lastEventId) lastEventId = message.lastEventId;
    try {
      return JSON.parse(message.data);
    } catch (ignored) {
      return null;
    }
  }

  function closeEvents() {
    if (events) events.close();
    events = null;
    $('.live').hidden = true;
  }

  function showLive(state) {
    var live = $('.live');
    live.setAttribute('data-state', state);
    live.hidden = !session;
    $('.live-label').textContent = label('live', state);
  }

  // ---- the queue ---------------------------------------------------------------------------------------------------

  function loadLists() {
    return Promise.all([call('GET', '/conversations?status=waiting'), call('GET', '/conversations?status=active')]).then(function (lists) {
      listsLoaded = true;
      lists[0].concat(lists[1]).forEach(takeConversation);
      renderQueue();
    }, function (error) {
      if (error.status !== 401) showAlert(error);
    });
  }

  /** Keeps the newer of what we had and what arrived: an event may overtake a list that was read before it. */
  function takeConversation(view) {
    var known = conversations.get(view.id);
    if (known && known.updatedAt > view.updatedAt) return;
    conversations.set(view.id, view);
    if (detail.conversationId === view.id) detail.conversation = view;
  }

  function renderQueue() {
    var waiting = [];
    var active = [];
    conversations.forEach(function (view) {
      if (view.status === 'waiting') waiting.push(view);
      else if (view.status === 'active') active.push(view);
    });
    waiting.sort(function (a, b) {
      return (a.waitingSince || '').localeCompare(b.waitingSince || '');
    });
    active.sort(function (a, b) {
      return (a.takenAt || '').localeCompare(b.takenAt || '');
    });
    fillList('waiting', waiting);
    fillList('active', active);
    $('.tab-count').textContent = waiting.length ? String(waiting.length) : '';
    updateTitle();
  }

  function fillList(name, views) {
    var list = $('[data-list="' + name + '"]');
    var rows = document.createDocumentFragment();
    views.forEach(function (view) {
      rows.appendChild(queueRow(view));
    });
    list.replaceChildren(rows);
    $('[data-count="' + name + '"]').textContent = '(' + views.length + ')';
    $('[data-empty="' + name + '"]').hidden = views.length > 0;
  }

  /** WeChat lets messages out only within its window: staff see what waits for the customer, and a customer who left. */
  function deliveryBadges(view) {
    var badges = [];
    if (view.heldMessages > 0) badges.push(badge(t('queue.heldMessages', { count: view.heldMessages }), 'badge warn'));
    if (view.unfollowedAt) badges.push(badge(t('queue.unfollowed'), 'badge warn'));
    return badges;
  }

  function queueRow(view) {
    var since = view.status === 'waiting' ? view.waitingSince : view.takenAt;
    var badges = [badge(languageName(view.language), 'badge'), badge(label('channel', view.channel), 'badge')];
    if (view.reason) badges.push(badge(label('reason', view.reason), view.reason === 'complaint' ? 'badge warn' : 'badge'));
    if (fresh.has(view.id)) badges.push(badge(t('queue.new'), 'badge new'));
    if (unread.has(view.id)) badges.push(badge(t('queue.newMessage'), 'badge new'));
    if (reminders.has(view.id)) badges.push(badge(t('queue.reminder', { minutes: reminders.get(view.id) }), 'badge warn'));
    badges.push.apply(badges, deliveryBadges(view));
    var row = el('button', { type: 'button', class: 'row', 'data-id': view.id }, [
      el('div', { class: 'row-top' }, [
        el('span', { class: 'row-customer' }, view.customer),
        since ? el('span', { class: 'wait', 'data-since': since }, elapsed(since)) : null,
      ]),
      el('div', { class: 'row-badges' }, badges.concat(view.owner ? [el('span', { class: 'row-owner' }, t('queue.heldBy', { name: ownerName(view.owner) }))] : [])),
      el('p', { class: 'row-summary' }, summaryPreview(view.summary)),
    ]);
    if (detail.conversationId === view.id) row.setAttribute('aria-current', 'true');
    row.addEventListener('click', function () {
      selectConversation(view.id);
    });
    return el('li', {}, [row]);
  }

  /** The summary without its first line (language and channel, shown as badges). */
  function summaryPreview(summary) {
    if (!summary) return '';
    return summary.split('\n').slice(1).join(' · ');
  }

  function ownerName(username) {
    return session && username === session.username ? t('queue.you') : username;
  }

  function languageName(code) {
    return label('language', code);
  }

  function badge(text, className) {
    return el('span', { class: className }, text);
  }

  function tick() {
    $$('[data-since]').forEach(function (element) {
      element.textContent = sinceText(element.getAttribute('data-since'), element.getAttribute('data-template'));
    });
  }

  function sinceText(since, template) {
    return template ? t(template, { time: elapsed(since) }) : elapsed(since);
  }

  function elapsed(since) {
    var seconds = Math.max(0, Math.floor((Date.now() - Date.parse(since)) / 1000));
    if (seconds < 60) return t('time.seconds', { seconds: seconds });
    var minutes = Math.floor(seconds / 60);
    if (minutes < 60) return t('time.minutes', { minutes: minutes });
    var hours = Math.floor(minutes / 60);
    if (hours < 24) return t('time.hours', { hours: hours, minutes: minutes % 60 });
    return t('time.days', { days: Math.floor(hours / 24), hours: hours % 24 });
  }

  // ---- cases -------------------------------------------------------------------------------------------------------

  function showTab(name) {
    tab = name;
    $$('[data-tab]').forEach(function (button) {
      button.setAttribute('aria-selected', String(button.getAttribute('data-tab') === name));
    });
    $('.queue-panel').hidden = name !== 'queue';
    $('.cases-panel').hidden = name !== 'cases';
    $('.search-panel').hidden = true;
    if (name === 'cases' && session) loadCases();
  }

  function fillCaseFilter() {
    var filter = $('.case-filter');
    var chosen = filter.value;
    var options = [el('option', { value: '' }, t('cases.allStatuses'))].concat(
      config.caseStatuses.map(function (status) {
        return el('option', { value: status }, label('caseStatus', status));
      }),
    );
    filter.replaceChildren.apply(filter, options);
    filter.value = chosen;
  }

  function loadCases() {
    var status = $('.case-filter').value;
    var empty = $('.case-empty');
    empty.textContent = t('cases.loading');
    empty.hidden = false;
    return call('GET', '/cases' + (status ? '?status=' + encodeURIComponent(status) : '')).then(function (list) {
      cases.clear();
      list.forEach(function (repairCase) {
        cases.set(repairCase.id, repairCase);
      });
      casesLoaded = true;
      renderCases();
    }, function (error) {
      empty.textContent = describeError(error);
    });
  }

  function renderCases() {
    if (!casesLoaded) return;
    var status = $('.case-filter').value;
    var shown = [];
    cases.forEach(function (repairCase) {
      if (!status || repairCase.status === status) shown.push(repairCase);
    });
    shown.sort(function (a, b) {
      return b.createdAt.localeCompare(a.createdAt);
    });
    var rows = shown.map(caseRow);
    $('.case-list').replaceChildren.apply($('.case-list'), rows);
    var empty = $('.case-empty');
    empty.textContent = t('cases.empty');
    empty.hidden = rows.length > 0;
  }

  function caseRow(repairCase) {
      var row = el('button', { type: 'button', class: 'row', 'data-case': repairCase.id }, [
        el('div', { class: 'row-top' }, [el('span', { class: 'row-customer' }, repairCase.id), el('span', { class: 'badge' }, label('caseStatus', repairCase.status))]),
        el('div', { class: 'row-badges' }, [
          badge(label('assessment', repairCase.assessment), 'badge'),
          badge(languageName(repairCase.language), 'badge'),
          repairCase.quote ? badge(label('consent', repairCase.quote.consent), 'badge') : null,
        ]),
        el('p', { class: 'row-summary' }, [repairCase.contact.name, repairCase.model, repairCase.serial].filter(Boolean).join(' · ')),
      ]);
      if (detail.caseId === repairCase.id) row.setAttribute('aria-current', 'true');
      row.addEventListener('click', function () {
        selectCase(repairCase.id);
      });
      return el('li', {}, [row]);
  }

  // ---- the detail pane ---------------------------------------------------------------------------------------------

  function selectConversation(conversationId) {
    showView('detail');
    cannedReplies = [];
    unread.delete(conversationId);
    fresh.delete(conversationId);
    detail = { conversationId: conversationId, caseId: null, conversation: conversations.get(conversationId) || null, transcript: [], repairCase: null, conversationGone: false, token: detail.token + 1 };
    hideAlert();
    renderQueue();
    renderDetail();
    loadDetail();
  }

  function selectCase(caseId) {
    showView('detail');
    cannedReplies = [];
    detail = { conversationId: null, caseId: caseId, conversation: null, transcript: [], repairCase: cases.get(caseId) || null, conversationGone: false, token: detail.token + 1 };
    hideAlert();
    renderCases();
    renderQueue();
    renderDetail();
    loadDetail();
  }

  /** Loads what the selection needs: a case's conversation when it still exists, a conversation's case when it has one. */
  function loadDetail() {
    var token = detail.token;
    var current = function () {
      return detail.token === token;
    };
    var caseFirst = detail.caseId && !detail.conversationId
      ? call('GET', '/cases/' + encodeURIComponent(detail.caseId)).then(function (repairCase) {
          if (!current()) return;
          detail.repairCase = repairCase;
          detail.conversationId = repairCase.conversationId;
        })
      : Promise.resolve();
    return caseFirst
      .then(function () {
        if (!current() || !detail.conversationId) return undefined;
        var path = '/conversations/' + encodeURIComponent(detail.conversationId);
        return Promise.all([call('GET', path), call('GET', path + '/transcript')]).then(function (answers) {
          if (!current()) return undefined;
          takeConversation(answers[0]);
          detail.conversation = answers[0];
          // Messages the stream brought while the transcript was on its way may not be in it yet.
          var listed = new Set(answers[1].map(function (activity) {
            return activity.id;
          }));
          detail.transcript = answers[1].concat(detail.transcript.filter(function (activity) {
            return !listed.has(activity.id);
          }));
          var caseId = answers[0].caseId || detail.caseId;
          if (!caseId) return undefined;
          return call('GET', '/cases/' + encodeURIComponent(caseId)).then(function (repairCase) {
            if (!current()) return;
            detail.caseId = caseId;
            detail.repairCase = repairCase;
          });
        }, function (error) {
          // A case outlives its conversation: show the case alone.
          if (error.status === 404 && detail.repairCase) {
            detail.conversationGone = true;
            return;
          }
          throw error;
        });
      })
      .then(function () {
        if (!current()) return;
        renderDetail();
        loadCannedReplies();
      }, function (error) {
        if (current()) showAlert(error);
      });
  }

  function renderDetail() {
    var selected = detail.conversationId || detail.caseId;
    $('.placeholder').hidden = Boolean(selected);
    $('.detail-body').hidden = !selected;
    if (!selected) return;
    renderHeader();
    renderTranscript();
    renderReplyForm();
    renderCasePanel();
  }

  function renderHeader() {
    var view = detail.conversation;
    var repairCase = detail.repairCase;
    var contactName = repairCase && repairCase.contact && repairCase.contact.name;
    $('.detail-customer').textContent = view ? view.customer + (contactName && contactName !== view.customer ? ' · ' + contactName : '') : detail.caseId || '';
    var meta = [];
    if (view) {
      meta.push(el('span', { class: 'badge' }, label('channel', view.channel)));
      meta.push(el('span', { class: 'badge' }, languageName(view.language)));
      meta.push(el('span', { class: 'badge status-' + view.status }, label('status', view.status)));
      if (view.reason) meta.push(el('span', { class: 'badge' }, label('reason', view.reason)));
      meta.push.apply(meta, deliveryBadges(view));
      if (view.owner) meta.push(el('span', { class: 'meta-text' }, t('queue.heldBy', { name: ownerName(view.owner) })));
      if (view.status === 'waiting' && view.waitingSince) {
        meta.push(el('span', { class: 'meta-text', 'data-since': view.waitingSince, 'data-template': 'detail.waitingFor' }, sinceText(view.waitingSince, 'detail.waitingFor')));
      }
    }
    $('.detail-meta').replaceChildren.apply($('.detail-meta'), meta);

    var mine = view && view.status === 'active' && view.owner === session.username;
    setAction('takeover', Boolean(view) && (view.status === 'waiting' || view.status === 'bot'));
    setAction('release', Boolean(mine));
    setAction('close', Boolean(view) && view.status !== 'closed');
  }

  function setAction(name, enabled) {
    var button = $('[data-action="' + name + '"]');
    button.disabled = !enabled;
    button.hidden = !detail.conversation && name !== 'refresh';
  }

  function renderReplyForm() {
    var view = detail.conversation;
    var form = $('.reply-form');
    form.hidden = !view;
    $('.conversation-gone').hidden = !detail.conversationGone;
    if (!view) return;
    var mine = view.status === 'active' && view.owner === session.username;
    form.elements.text.disabled = !mine;
    form.querySelector('button[type="submit"]').disabled = !mine;
    renderCannedChips();
    var hint = cannedReplies.length ? t('canned.hint') : '';
    if (!mine) hint = view.status === 'active' ? t('reply.heldByOther', { name: view.owner }) : t('reply.takeOverFirst');
    $('.reply-hint').textContent = hint;
  }

  function act(action) {
    if (action === 'refresh') {
      hideAlert();
      loadDetail();
      return;
    }
    var conversationId = detail.conversationId;
    hideAlert();
    setBusy(true);
    call('POST', '/conversations/' + encodeURIComponent(conversationId) + '/' + action)
      .then(function (view) {
        takeConversation(view);
        if (detail.conversationId === conversationId) detail.conversation = view;
        renderQueue();
        renderDetail();
        if (action === 'takeover') $('#reply-text').focus();
      }, function (error) {
        showAlert(error);
        // What the refusal was about (someone else took it) shows once the conversation is read again.
        if (error.status === 409) loadDetail();
      })
      .then(function () {
        setBusy(false);
      });
  }

  function setBusy(busy) {
    $('.detail-body').classList.toggle('busy', busy);
  }

  function sendReply() {
    var textarea = $('#reply-text');
    var text = textarea.value.trim();
    if (!text || textarea.disabled) return;
    var conversationId = detail.conversationId;
    textarea.disabled = true;
    call('POST', '/conversations/' + encodeURIComponent(conversationId) + '/messages', { text: text })
      .then(function () {
        if (textarea.value.trim() === text) textarea.value = '';
        hideAlert();
      }, function (error) {
        showAlert(error);
        if (error.status === 409) loadDetail();
      })
      .then(function () {
        renderReplyForm();
        if (!textarea.disabled) textarea.focus();
      });
  }

  /** Shows a refusal in the detail pane, in the console's language (again after a switch). */
  function showAlert(error) {
    // A session that ended is said on the sign-in form instead.
    if (error.status === 401) return;
    shownError = error;
    var alert = $('.alert');
    alert.textContent = describeError(error);
    alert.hidden = false;
  }

  function hideAlert() {
    shownError = null;
    $('.alert').hidden = true;
  }

  // ---- the transcript ----------------------------------------------------------------------------------------------

  function renderTranscript() {
    var list = $('.transcript');
    var items = detail.transcript.filter(isShown).map(turn);
    if (items.length === 0 && detail.conversation) items.push(el('li', { class: 'empty' }, t('transcript.empty')));
    list.replaceChildren.apply(list, items);
    list.hidden = !detail.conversation;
    list.scrollTop = list.scrollHeight;
  }

  function addToTranscript(activity) {
    var known = detail.transcript.some(function (shown) {
      return shown.id && shown.id === activity.id;
    });
    if (known) return;
    detail.transcript.push(activity);
    if (!isShown(activity)) return;
    var list = $('.transcript');
    var empty = $('.transcript > .empty');
    if (empty) empty.remove();
    var nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    list.appendChild(turn(activity));
    if (nearBottom) list.scrollTop = list.scrollHeight;
  }

  function isShown(activity) {
    return activity.type === 'message';
  }

  function turn(activity) {
    var staff = activity.channelData && activity.channelData.staff;
    var fromCustomer = activity.from && activity.from.role === 'user';
    var kind = fromCustomer ? 'customer' : staff ? 'staff' : 'assistant';
    var who = fromCustomer ? t('transcript.customer') : staff ? t('transcript.staff', { name: staff.name || (activity.from && activity.from.name) || '' }) : t('transcript.assistant');
    var parts = [
      el('div', { class: 'turn-head' }, [el('span', { class: 'turn-who' }, who), activity.timestamp ? el('time', { datetime: activity.timestamp }, clockTime(activity.timestamp)) : null]),
    ];
    if (activity.text) parts.push(el('div', { class: 'turn-text' }, activity.text));
    var files = (activity.attachments || []).map(attachmentView).filter(Boolean);
    if (files.length) parts.push(el('div', { class: 'turn-files' }, files));
    var actions = activity.suggestedActions && activity.suggestedActions.actions;
    if (actions && actions.length) {
      var titles = actions.map(function (action) {
        return action.title || action.value;
      });
      parts.push(el('div', { class: 'turn-options' }, t('transcript.options', { options: titles.join(' · ') })));
    }
    return el('li', { class: 'turn turn-' + kind }, parts);
  }

  function attachmentView(attachment) {
    var url = safeUrl(attachment.contentUrl);
    if (url) {
      var name = attachment.name || url;
      var thumbnail = safeUrl(attachment.thumbnailUrl) || (/^image\//.test(attachment.contentType || '') ? url : null);
      var content = thumbnail ? [el('img', { src: thumbnail, alt: name, loading: 'lazy' }), el('span', {}, name)] : [el('span', {}, name)];
      return el('a', { class: thumbnail ? 'file image' : 'file', href: url, target: '_blank', rel: 'noopener noreferrer' }, content);
    }
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive' && attachment.content) {
      return el('span', { class: 'file card' }, t('transcript.card', { title: cardTitle(attachment.content) }));
    }
    return null;
  }

  function cardTitle(card) {
    var found = '';
    (function visit(node) {
      if (found || !node || typeof node !== 'object') return;
      if (node.type === 'TextBlock' && typeof node.text === 'string') {
        found = node.text;
        return;
      }
      Object.keys(node).forEach(function (key) {
        visit(node[key]);
      });
    })(card);
    return found;
  }

  /** Only http(s) links are followed or shown: a `javascript:` URL from anywhere must never become a link. */
  function safeUrl(value) {
    if (typeof value !== 'string' || !value) return null;
    try {
      var parsed = new URL(value, location.href);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch (ignored) {
      return null;
    }
  }

  function clockTime(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return '';
    return date.toLocaleString(LOCALES[language], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  // ---- the case panel ----------------------------------------------------------------------------------------------

  function renderCasePanel() {
    var panel = $('.case-panel');
    var view = detail.conversation;
    var repairCase = detail.repairCase;
    var blocks = [];
    if (view && view.summary) {
      blocks.push(section(t('panel.summary'), [el('p', { class: 'summary' }, view.summary)]));
    }
    if (view && view.notes && view.notes.length) {
      blocks.push(section(t('panel.notes'), [el('ul', { class: 'notes' }, view.notes.map(function (note) {
        return el('li', {}, [el('time', { datetime: note.at }, clockTime(note.at)), ' ', note.text]);
      }))]));
    }
    if (repairCase) {
      blocks.push(caseSection(repairCase));
      // The forms of the same case are kept as they are: news on the case must not wipe what staff are typing.
      blocks.push($('.move-form[data-case="' + CSS.escape(repairCase.id) + '"]', panel) || moveForm(repairCase));
      blocks.push($('.quote-form[data-case="' + CSS.escape(repairCase.id) + '"]', panel) || quoteForm(repairCase));
    } else if (view) {
      blocks.push(el('p', { class: 'muted' }, t('panel.noCase')));
    }
    panel.replaceChildren.apply(panel, blocks);
  }

  function section(title, children) {
    return el('section', { class: 'panel-section' }, [el('h3', {}, title)].concat(children));
  }

  function caseSection(repairCase) {
    var warranty = label('warranty', repairCase.warranty.status);
    var facts = [
      [t('case.status'), el('span', { class: 'badge case-status' }, label('caseStatus', repairCase.status))],
      [t('case.assessment'), label('assessment', repairCase.assessment)],
      [t('case.warranty'), repairCase.warranty.endDate ? t('case.warrantyEnds', { status: warranty, date: repairCase.warranty.endDate }) : warranty],
      [t('case.product'), [repairCase.model, repairCase.category, repairCase.serial].filter(Boolean).join(' · ')],
      [t('case.contact'), [repairCase.contact.name, repairCase.contact.phone, repairCase.contact.region].filter(Boolean).join(' · ')],
      [t('case.symptom'), label('symptom', repairCase.symptom)],
      [t('case.center'), repairCase.serviceCenterId],
    ];
    var children = [el('dl', { class: 'facts' }, facts.reduce(function (all, fact) {
      return all.concat([el('dt', {}, fact[0]), el('dd', {}, [fact[1]])]);
    }, []))];
    if (repairCase.customerWords.length) {
      children.push(el('h4', {}, t('case.words')));
      children.push(el('ul', { class: 'words' }, repairCase.customerWords.map(function (words) {
        return el('li', {}, words);
      })));
    }
    children.push(el('h4', {}, t('case.exclusions')));
    children.push(repairCase.exclusions.length
      ? el('ul', { class: 'exclusions' }, repairCase.exclusions.map(function (finding) {
          return el('li', {}, [el('strong', {}, label('clause', finding.clause)), el('ul', { class: 'evidence' }, finding.evidence.map(function (evidence) {
            return el('li', {}, evidence);
          }))]);
        }))
      : el('p', { class: 'muted' }, t('case.noExclusions')));
    if (repairCase.attachments.length) {
      children.push(el('h4', {}, t('case.files')));
      children.push(el('div', { class: 'turn-files' }, repairCase.attachments.map(attachmentView).filter(Boolean)));
    }
    children.push(el('h4', {}, t('case.quote')));
    var quote = repairCase.quote;
    children.push(quote
      ? el('div', { class: 'quote quote-' + quote.consent }, [
          el('p', { class: 'quote-line' }, t('case.quoteLine', { amount: quote.amount, currency: quote.currency, consent: label('consent', quote.consent) })),
          quote.note ? el('p', { class: 'muted' }, quote.note) : null,
          quote.quotedAt ? el('p', { class: 'muted' }, t('case.quotedAt', { time: clockTime(quote.quotedAt) })) : null,
          quote.answeredAt ? el('p', { class: 'muted' }, t('case.answeredAt', { time: clockTime(quote.answeredAt) })) : null,
        ])
      : el('p', { class: 'muted' }, t('case.noQuote')));
    children.push(el('h4', {}, t('case.history')));
    children.push(el('ol', { class: 'history' }, repairCase.history.slice().reverse().map(function (entry) {
      var statusMatch = /^status_(.+)$/.exec(entry.event);
      var what = statusMatch ? t('history.status', { status: label('caseStatus', statusMatch[1]) }) : label('history', entry.event);
      return el('li', {}, [
        el('time', { datetime: entry.at }, clockTime(entry.at)),
        el('span', { class: 'history-event' }, what),
        entry.by ? el('span', { class: 'muted' }, t('case.by', { name: entry.by })) : null,
        entry.note ? el('p', { class: 'history-note' }, entry.note) : null,
      ]);
    })));
    return section(t('panel.case', { caseId: repairCase.id }), children);
  }

  function moveForm(repairCase) {
    var select = el('select', { name: 'status' }, config.caseStatuses.map(function (status) {
      return el('option', { value: status }, label('caseStatus', status));
    }));
    select.value = repairCase.status;
    return el('form', { class: 'panel-section move-form', 'data-case': repairCase.id }, [
      el('h3', {}, t('move.title')),
      el('label', {}, [el('span', {}, t('move.status')), select]),
      el('label', {}, [el('span', {}, t('move.note')), el('textarea', { name: 'note', rows: '2', maxlength: '2000' })]),
      el('button', { type: 'submit', class: 'button' }, t('move.submit')),
    ]);
  }

  function quoteForm(repairCase) {
    var amount = repairCase.quote ? String(repairCase.quote.amount) : '';
    return el('form', { class: 'panel-section quote-form', 'data-case': repairCase.id }, [
      el('h3', {}, t('quote.title')),
      el('div', { class: 'form-row' }, [
        el('label', {}, [el('span', {}, t('quote.amount')), el('input', { name: 'amount', type: 'number', min: '0.01', step: '0.01', required: 'required', value: amount })]),
        el('label', { class: 'currency' }, [el('span', {}, t('quote.currency')), el('input', { name: 'currency', value: repairCase.quote ? repairCase.quote.currency : 'CNY', maxlength: '3', pattern: '[A-Za-z]{3}', required: 'required' })]),
      ]),
      el('label', {}, [el('span', {}, t('quote.note')), el('textarea', { name: 'note', rows: '2', maxlength: '500' })]),
      el('button', { type: 'submit', class: 'button' }, t('quote.submit')),
    ]);
  }

  function moveCase(form) {
    var caseId = detail.repairCase.id;
    var change = { status: form.elements.status.value };
    var note = form.elements.note.value.trim();
    if (note) change.note = note;
    submitCase(form, '/cases/' + encodeURIComponent(caseId) + '/status', change);
  }

  function sendQuote(form) {
    if (!form.reportValidity()) return;
    var caseId = detail.repairCase.id;
    submitCase(form, '/cases/' + encodeURIComponent(caseId) + '/quote', {
      amount: Number(form.elements.amount.value),
      currency: form.elements.currency.value.trim().toUpperCase(),
      note: form.elements.note.value.trim(),
    });
  }

  function submitCase(form, path, body) {
    hideAlert();
    form.querySelector('button').disabled = true;
    call('POST', path, body).then(function (repairCase) {
      // Sent: this form starts afresh from the updated case.
      form.remove();
      if (detail.repairCase && detail.repairCase.id === repairCase.id) detail.repairCase = repairCase;
      if (casesLoaded) cases.set(repairCase.id, repairCase);
      renderCasePanel();
      renderCases();
    }, function (error) {
      showAlert(error);
      form.querySelector('button').disabled = false;
    });
  }

  // ---- search ------------------------------------------------------------------------------------------------------

  function wireSearch() {
    var input = $('.search-form').elements.q;
    $('.search-form').addEventListener('submit', function (submitted) {
      submitted.preventDefault();
      search(input.value);
    });
    input.addEventListener('input', function () {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(function () {
        search(input.value);
      }, 250);
    });
    input.addEventListener('keydown', function (pressed) {
      if (pressed.key === 'Escape') clearSearch();
    });
    $('.search-clear').addEventListener('click', clearSearch);
  }

  function search(text) {
    var query = text.trim();
    var token = ++searchToken;
    if (query.length < 2) {
      if (!query) clearSearch();
      return;
    }
    call('GET', '/search?q=' + encodeURIComponent(query)).then(function (found) {
      if (token !== searchToken) return;
      showSearchResults(found);
    }, function (error) {
      if (token !== searchToken) return;
      showSearchResults({ cases: [], conversations: [] }, describeError(error));
    });
  }

  function showSearchResults(found, problem) {
    $$('[role="tabpanel"]').forEach(function (panel) {
      panel.hidden = true;
    });
    $('.search-panel').hidden = false;
    $('[data-results="cases"]').replaceChildren.apply($('[data-results="cases"]'), found.cases.map(caseRow));
    $('[data-results="conversations"]').replaceChildren.apply($('[data-results="conversations"]'), found.conversations.map(queueRow));
    var empty = $('.search-empty');
    empty.textContent = problem || t('search.none');
    empty.hidden = !problem && found.cases.length + found.conversations.length > 0;
  }

  function clearSearch() {
    searchToken += 1;
    $('.search-form').elements.q.value = '';
    showTab(tab);
  }

  // ---- canned replies ----------------------------------------------------------------------------------------------

  function loadCannedReplies() {
    var conversationId = detail.conversationId;
    if (!conversationId || detail.conversationGone) return;
    call('GET', '/conversations/' + encodeURIComponent(conversationId) + '/canned-replies').then(function (replies) {
      if (detail.conversationId !== conversationId) return;
      cannedReplies = replies;
      renderReplyForm();
    }, function () {
      cannedReplies = [];
      renderReplyForm();
    });
  }

  /** The replies whose title starts a word with what follows a leading "/" in the reply box (all of them without one). */
  function cannedMatches() {
    var typed = /^\/(.*)$/.exec($('#reply-text').value);
    if (!typed) return cannedReplies;
    var words = typed[1].trim().toLowerCase();
    return cannedReplies.filter(function (reply) {
      return !words || reply.title.toLowerCase().indexOf(words) >= 0;
    });
  }

  function wireCannedChips() {
    $('.canned-chips').addEventListener('click', function (clicked) {
      var chip = clicked.target.closest('[data-canned]');
      if (!chip) return;
      var reply = cannedReplies.filter(function (each) {
        return each.id === chip.getAttribute('data-canned');
      })[0];
      if (reply) insertCanned(reply);
    });
  }

  function renderCannedChips() {
    var chips = $('.canned-chips');
    var textarea = $('#reply-text');
    var shown = textarea.disabled ? [] : cannedMatches();
    chips.replaceChildren.apply(chips, shown.map(function (reply, index) {
      return el('button', { type: 'button', class: 'chip' + (index === 0 && /^\//.test(textarea.value) ? ' chip-first' : ''), role: 'option', 'data-canned': reply.id, title: reply.text }, reply.title);
    }));
    chips.hidden = shown.length === 0;
  }

  /** Puts the reply in the box for editing: in place of a "/words" search, else at the cursor. */
  function insertCanned(reply) {
    var textarea = $('#reply-text');
    if (textarea.disabled) return;
    if (/^\//.test(textarea.value)) {
      textarea.value = reply.text;
      textarea.setSelectionRange(reply.text.length, reply.text.length);
    } else {
      textarea.setRangeText(reply.text, textarea.selectionStart, textarea.selectionEnd, 'end');
    }
    textarea.focus();
    renderCannedChips();
  }

  // ---- administration: the team and the canned replies -------------------------------------------------------------

  /** The dashboard, or the administrator's team and canned replies, take the place of the conversation pane. */
  function showView(name) {
    view = name === 'admin' && !(session && session.role === 'admin') ? 'detail' : name;
    $('.detail').hidden = view !== 'detail';
    $('.admin-view').hidden = view !== 'admin';
    $('.dashboard-view').hidden = view !== 'dashboard';
    $('.admin-toggle').setAttribute('aria-pressed', String(view === 'admin'));
    $('.dashboard-toggle').setAttribute('aria-pressed', String(view === 'dashboard'));
    if (view === 'admin') loadAdmin();
    if (view === 'dashboard') loadDashboard();
  }

  function wireAdmin() {
    $('.admin-toggle').addEventListener('click', function () {
      showView(view === 'admin' ? 'detail' : 'admin');
    });
    $('.dashboard-toggle').addEventListener('click', function () {
      showView(view === 'dashboard' ? 'detail' : 'dashboard');
    });
    $('.dashboard-refresh').addEventListener('click', loadDashboard);
    $('.add-agent-form').addEventListener('submit', function (submitted) {
      submitted.preventDefault();
      var form = submitted.target;
      if (!form.reportValidity()) return;
      adminChange(form, 'POST', '/users', {
        username: form.elements.username.value.trim(),
        displayName: form.elements.displayName.value.trim(),
        password: form.elements.password.value,
      });
    });
    $('.canned-form').addEventListener('submit', function (submitted) {
      submitted.preventDefault();
      var form = submitted.target;
      if (!form.reportValidity()) return;
      var id = form.elements.id.value;
      var body = { title: form.elements.title.value.trim(), text: { en: form.elements.en.value.trim(), zh: form.elements.zh.value.trim() } };
      adminChange(form, id ? 'PUT' : 'POST', '/canned-replies' + (id ? '/' + encodeURIComponent(id) : ''), body);
    });
    $('.canned-cancel').addEventListener('click', function () {
      editCanned(null);
    });
    $('.team-list').addEventListener('click', function (clicked) {
      var button = clicked.target.closest('[data-account-action]');
      if (!button) return;
      var username = button.getAttribute('data-username');
      var action = button.getAttribute('data-account-action');
      if (action === 'reset') {
        var row = button.closest('li');
        $('.reset-form', row).hidden = false;
        $('.reset-form input', row).focus();
        return;
      }
      adminChange(null, 'POST', '/users/' + encodeURIComponent(username) + '/' + action);
    });
    $('.team-list').addEventListener('submit', function (submitted) {
      submitted.preventDefault();
      var form = submitted.target;
      if (!form.reportValidity()) return;
      adminChange(form, 'POST', '/users/' + encodeURIComponent(form.getAttribute('data-username')) + '/password', { password: form.elements.password.value });
    });
    $('.canned-list').addEventListener('click', function (clicked) {
      var button = clicked.target.closest('[data-canned-action]');
      if (!button) return;
      var id = button.getAttribute('data-id');
      if (button.getAttribute('data-canned-action') === 'edit') {
        editCanned(cannedAdmin.filter(function (reply) {
          return reply.id === id;
        })[0] || null);
        return;
      }
      adminChange(null, 'DELETE', '/canned-replies/' + encodeURIComponent(id));
    });
    // Who is online changes without events: read again while the panel is open.
    setInterval(function () {
      if (session && view === 'admin' && !document.hidden) loadAdmin();
    }, 30000);
  }

  function loadAdmin() {
    if (!session || session.role !== 'admin') return Promise.resolve();
    return Promise.all([call('GET', '/users'), call('GET', '/canned-replies')]).then(function (answers) {
      team = answers[0];
      cannedAdmin = answers[1];
      renderAdmin();
    }, showAdminAlert);
  }

  function adminChange(form, method, path, body) {
    var button = form && form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    $('.admin-alert').hidden = true;
    call(method, path, body)
      .then(function () {
        if (form) form.reset();
        if (form && form.classList.contains('canned-form')) editCanned(null);
        return loadAdmin();
      }, showAdminAlert)
      .then(function () {
        if (button) button.disabled = false;
      });
  }

  function showAdminAlert(error) {
    if (error.status === 401) return;
    var alert = $('.admin-alert');
    alert.textContent = describeError(error);
    alert.hidden = false;
  }

  function renderAdmin() {
    var list = $('.team-list');
    list.replaceChildren.apply(list, team.map(teamRow));
    var canned = $('.canned-list');
    canned.replaceChildren.apply(canned, cannedAdmin.length ? cannedAdmin.map(cannedRow) : [el('li', { class: 'empty' }, t('canned.none'))]);
  }

  function teamRow(account) {
    var self = account.username === session.username;
    var presence = account.online ? t('team.online') : account.lastSeenAt ? t('team.lastSeen', { time: elapsed(account.lastSeenAt) }) : t('team.never');
    var badges = [badge(label('role', account.role), 'badge')];
    if (account.disabled) badges.push(badge(t('team.disabled'), 'badge warn'));
    if (account.mustChangePassword) badges.push(badge(t('team.mustChange'), 'badge'));
    var actions = self ? [] : [
      el('button', { type: 'button', class: 'button small', 'data-account-action': account.disabled ? 'enable' : 'disable', 'data-username': account.username }, t(account.disabled ? 'team.enable' : 'team.disable')),
      el('button', { type: 'button', class: 'button small subtle', 'data-account-action': 'reset', 'data-username': account.username }, t('team.reset')),
    ];
    return el('li', { class: 'team-row' + (account.disabled ? ' is-disabled' : ''), 'data-username': account.username }, [
      el('div', { class: 'row-top' }, [
        el('span', { class: 'presence' + (account.online ? ' online' : ''), 'aria-hidden': 'true' }),
        el('span', { class: 'row-customer' }, account.displayName),
        el('span', { class: 'muted' }, account.username),
      ]),
      el('div', { class: 'row-badges' }, badges.concat([el('span', { class: 'muted presence-text' }, presence)])),
      actions.length ? el('div', { class: 'team-actions' }, actions) : null,
      self ? null : el('form', { class: 'reset-form', 'data-username': account.username, hidden: 'hidden' }, [
        el('label', {}, [el('span', {}, t('team.temporary')), el('input', { name: 'password', type: 'password', required: 'required', minlength: '12', maxlength: '1024', autocomplete: 'new-password' })]),
        el('button', { type: 'submit', class: 'button small' }, t('team.resetSubmit')),
      ]),
    ]);
  }

  function cannedRow(reply) {
    return el('li', { class: 'canned-row' }, [
      el('div', { class: 'row-top' }, [el('span', { class: 'row-customer' }, reply.title)]),
      el('p', { class: 'row-summary', lang: 'en' }, reply.text.en),
      el('p', { class: 'row-summary', lang: 'zh-CN' }, reply.text.zh),
      el('div', { class: 'team-actions' }, [
        el('button', { type: 'button', class: 'button small', 'data-canned-action': 'edit', 'data-id': reply.id }, t('canned.edit')),
        el('button', { type: 'button', class: 'button small subtle danger', 'data-canned-action': 'delete', 'data-id': reply.id }, t('canned.delete')),
      ]),
    ]);
  }

  function editCanned(reply) {
    var form = $('.canned-form');
    form.elements.id.value = reply ? reply.id : '';
    form.elements.title.value = reply ? reply.title : '';
    form.elements.en.value = reply ? reply.text.en : '';
    form.elements.zh.value = reply ? reply.text.zh : '';
    $('h3', form).textContent = t(reply ? 'canned.editing' : 'canned.add');
    $('.canned-cancel').hidden = !reply;
    if (reply) form.elements.title.focus();
  }

  // ---- notifications -----------------------------------------------------------------------------------------------

  /** What waits for this staff member: conversations in the queue, and held ones of theirs with unread customer messages. */
  function waitingCount() {
    var count = 0;
    conversations.forEach(function (view) {
      if (view.status === 'waiting') count += 1;
      else if (session && view.status === 'active' && view.owner === session.username && unread.has(view.id)) count += 1;
    });
    return count;
  }

  function updateTitle() {
    var base = t('app.documentTitle', { brand: config.brand.name });
    var count = session ? waitingCount() : 0;
    document.title = count ? '(' + count + ') ' + base : base;
  }

  function wireNotifications() {
    var form = $('.notify-settings');
    form.addEventListener('change', function (changed) {
      var chosen = {};
      chosen[changed.target.name] = changed.target.checked;
      if (changed.target.name === 'desktop' && changed.target.checked && 'Notification' in window && Notification.permission === 'default') {
        Notification.requestPermission();
      }
      call('PUT', '/preferences', chosen).then(showPreferences, function (error) {
        showPreferences(preferences);
        showAlert(error);
      });
    });
    // Browsers let a page make sounds only after someone used it: the tone is made ready at the first click or key.
    var unlock = function () {
      if (!audio && (window.AudioContext || window.webkitAudioContext)) audio = new (window.AudioContext || window.webkitAudioContext)();
      document.removeEventListener('pointerdown', unlock);
      document.removeEventListener('keydown', unlock);
    };
    document.addEventListener('pointerdown', unlock);
    document.addEventListener('keydown', unlock);
    // Back in front: the conversation on screen is read.
    var seen = function () {
      if (inBackground() || !detail.conversationId) return;
      unread.delete(detail.conversationId);
      renderQueue();
    };
    document.addEventListener('visibilitychange', seen);
    window.addEventListener('focus', seen);
  }

  /** Another tab, or another application, in front of the console. */
  function inBackground() {
    return document.hidden || !document.hasFocus();
  }

  function loadPreferences() {
    call('GET', '/preferences').then(showPreferences, function () {
      showPreferences(preferences);
    });
  }

  function showPreferences(chosen) {
    preferences = chosen;
    var form = $('.notify-settings');
    form.elements.sound.checked = chosen.sound;
    form.elements.desktop.checked = chosen.desktop;
  }

  /** Sound and a browser notification, each if the staff member wants it, for live news while the console is in the background. */
  function notify(data, title, body, conversationId) {
    // A replay after reconnecting is old news.
    if (!inBackground() || (data.at && Date.now() - Date.parse(data.at) > 120000)) return;
    if (preferences.sound) tone();
    if (preferences.desktop && 'Notification' in window && Notification.permission === 'granted') {
      var shown = new Notification(title, { body: body.slice(0, 200), tag: conversationId, lang: LOCALES[language] });
      shown.addEventListener('click', function () {
        window.focus();
        selectConversation(conversationId);
        shown.close();
      });
    }
  }

  /** Two short rising notes, made on the spot: no sound file to fetch. */
  function tone() {
    if (!audio) return;
    [0, 0.16].forEach(function (delay, index) {
      var oscillator = audio.createOscillator();
      var gain = audio.createGain();
      var start = audio.currentTime + delay;
      oscillator.frequency.value = index ? 1046 : 784;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.14);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.15);
    });
  }

  // ---- keyboard ----------------------------------------------------------------------------------------------------

  /** Alt+T take over, Alt+R hand back, Alt+N next conversation, Ctrl+Enter send (Enter too), "/" search: from anywhere. */
  var SHORTCUTS = { t: 'takeover', r: 'release', n: 'next' };

  function wireShortcuts() {
    document.addEventListener('keydown', function (pressed) {
      if (!session || pressed.isComposing) return;
      var key = pressed.key.toLowerCase();
      if (pressed.altKey && !pressed.ctrlKey && !pressed.metaKey && SHORTCUTS[pressed.code.replace(/^Key/, '').toLowerCase()]) {
        pressed.preventDefault();
        var action = SHORTCUTS[pressed.code.replace(/^Key/, '').toLowerCase()];
        if (action === 'next') nextConversation();
        else {
          var button = $('[data-action="' + action + '"]');
          if (button && !button.disabled && !button.hidden && !$('.detail').hidden) act(action);
        }
        return;
      }
      if ((pressed.ctrlKey || pressed.metaKey) && key === 'enter' && document.activeElement === $('#reply-text')) {
        pressed.preventDefault();
        sendReply();
        return;
      }
      var typing = /^(input|textarea|select)$/i.test(document.activeElement && document.activeElement.tagName);
      if (key === '/' && !typing) {
        pressed.preventDefault();
        $('.search-form').elements.q.focus();
      }
    });
  }

  /** The longest-waiting conversation in the queue; with nobody waiting, the next of one's own after the one shown. */
  function nextConversation() {
    var waiting = $$('[data-list="waiting"] .row');
    var target = waiting[0];
    if (!target) {
      var mine = $$('[data-list="active"] .row').filter(function (row) {
        var view = conversations.get(row.getAttribute('data-id'));
        return view && view.owner === session.username;
      });
      var at = mine.map(function (row) {
        return row.getAttribute('data-id');
      }).indexOf(detail.conversationId);
      target = mine[(at + 1) % Math.max(mine.length, 1)];
    }
    if (!target) return;
    if (tab !== 'queue') showTab('queue');
    selectConversation(target.getAttribute('data-id'));
  }

  // ---- the dashboard -----------------------------------------------------------------------------------------------

  function loadDashboard() {
    return call('GET', '/dashboard').then(function (loaded) {
      figures = loaded;
      renderDashboard();
    }, showAlert);
  }

  function renderDashboard() {
    var f = figures;
    $('.dashboard-period').textContent = t('dashboard.period', { day: f.day, weekStart: f.weekStart });
    var share = f.resolvedWithoutStaff.share;
    var tiles = [
      tile('conversations.today', t('dashboard.today'), String(f.conversations.today), ''),
      tile('conversations.week', t('dashboard.week'), String(f.conversations.week), ''),
      tile('resolved', t('dashboard.resolved'), share === null ? '–' : Math.round(share * 100) + '%', t('dashboard.resolvedOf', { resolved: f.resolvedWithoutStaff.resolved, of: f.resolvedWithoutStaff.of }), share),
      tile('wait', t('dashboard.wait'), f.waitMinutes.median === null ? '–' : t('dashboard.minutes', { minutes: f.waitMinutes.median }), t('dashboard.takeovers', { count: f.waitMinutes.count })),
      tile('handling', t('dashboard.handling'), f.handlingMinutes.median === null ? '–' : t('dashboard.minutes', { minutes: f.handlingMinutes.median }), t('dashboard.handled', { count: f.handlingMinutes.count })),
      tile('rating', t('dashboard.rating'), f.rating.average === null ? '–' : f.rating.average.toFixed(1) + ' / 5', t('dashboard.ratings', { count: f.rating.count })),
    ];
    $('.tiles').replaceChildren.apply($('.tiles'), tiles);
    var charts = [
      barChart('escalations', t('dashboard.escalations', { count: f.escalations.total }), entries(f.escalations.byReason, 'reason')),
      barChart('language', t('dashboard.byLanguage'), entries(f.conversations.byLanguage, 'language')),
      barChart('channel', t('dashboard.byChannel'), entries(f.conversations.byChannel, 'channel')),
      barChart('assessment', t('dashboard.byAssessment', { count: f.cases.total }), entries(f.cases.byAssessment, 'assessment')),
      barChart('status', t('dashboard.byStatus'), entries(f.cases.byStatus, 'caseStatus')),
      barChart('symptoms', t('dashboard.symptoms'), f.topSymptoms.map(function (entry) {
        return { key: entry.name, label: label('symptom', entry.name), value: entry.count };
      })),
      barChart('exclusions', t('dashboard.exclusions'), f.topExclusions.map(function (entry) {
        return { key: entry.name, label: label('clause', entry.name), value: entry.count };
      })),
    ];
    $('.charts').replaceChildren.apply($('.charts'), charts);
  }

  function entries(counts, prefix) {
    return Object.keys(counts).map(function (key) {
      return { key: key, label: label(prefix, key), value: counts[key] };
    }).sort(function (a, b) {
      return b.value - a.value || a.label.localeCompare(b.label);
    });
  }

  function tile(name, title, value, note, share) {
    var children = [el('h3', {}, title), el('p', { class: 'tile-value' }, value), note ? el('p', { class: 'muted tile-note' }, note) : null];
    if (typeof share === 'number') children.push(ring(share));
    return el('section', { class: 'tile', 'data-figure': name }, children);
  }

  var SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attributes, text) {
    var element = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach(function (name) {
      element.setAttribute(name, attributes[name]);
    });
    if (text !== undefined) element.textContent = text;
    return element;
  }

  /** A ring filled to `share`. */
  function ring(share) {
    var radius = 16;
    var length = 2 * Math.PI * radius;
    var chart = svg('svg', { class: 'ring', viewBox: '0 0 40 40', 'aria-hidden': 'true' });
    chart.appendChild(svg('circle', { cx: 20, cy: 20, r: radius, class: 'ring-track' }));
    chart.appendChild(svg('circle', { cx: 20, cy: 20, r: radius, class: 'ring-fill', 'stroke-dasharray': (share * length).toFixed(2) + ' ' + length.toFixed(2), transform: 'rotate(-90 20 20)' }));
    return chart;
  }

  /** Horizontal bars, one a row, labelled with the category and its count. */
  function barChart(name, title, rows) {
    var width = 360;
    var labelWidth = 150;
    var rowHeight = 26;
    var most = rows.reduce(function (max, row) {
      return Math.max(max, row.value);
    }, 0);
    var chart = svg('svg', { class: 'bars', viewBox: '0 0 ' + width + ' ' + Math.max(rows.length, 1) * rowHeight, role: 'img', 'aria-label': title });
    rows.forEach(function (row, index) {
      var y = index * rowHeight;
      var barWidth = most ? Math.max(2, ((width - labelWidth - 40) * row.value) / most) : 0;
      var group = svg('g', { 'data-key': row.key, 'data-value': row.value });
      group.appendChild(svg('text', { x: 0, y: y + 17, class: 'bar-label' }, row.label.length > 22 ? row.label.slice(0, 21) + '…' : row.label));
      group.appendChild(svg('rect', { x: labelWidth, y: y + 5, width: barWidth.toFixed(1), height: rowHeight - 10, rx: 3, class: 'bar' }));
      group.appendChild(svg('text', { x: labelWidth + barWidth + 6, y: y + 17, class: 'bar-value' }, String(row.value)));
      group.appendChild(svg('title', {}, row.label + ': ' + row.value));
      chart.appendChild(group);
    });
    var body = rows.length ? chart : el('p', { class: 'muted' }, t('dashboard.none'));
    return el('section', { class: 'chart', 'data-chart': name }, [el('h3', {}, title), body]);
  }

  // ---- DOM ---------------------------------------------------------------------------------------------------------

  /** An element with attributes and children; strings become text nodes, so nothing here is ever parsed as HTML. */
  function el(tag, attributes, children) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      element.setAttribute(name, attributes[name]);
    });
    [].concat(children === undefined ? [] : children).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      element.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    });
    return element;
  }
})();
