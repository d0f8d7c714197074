// The support page's script: gets a Direct Line token, keeps the conversation across reloads, renders Web Chat, switches language,
// and when the conversation is gone (expired, or lost in a server restart) starts a new one, carrying over what the customer typed.
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('chat-config').textContent);
  var SESSION_KEY = 'netposa-chat:session';
  var LANGUAGE_KEY = 'netposa-chat:language';
  var LOCALES = { en: 'en-US', zh: 'zh-CN' };
  // directlinejs' ConnectionStatus values.
  var STATUS = { connecting: 1, online: 2, expiredToken: 3, failedToConnect: 4, ended: 5 };
  // A stored token this close to expiry is not worth resuming with.
  var TOKEN_MARGIN_MS = 60 * 1000;
  var TOKEN_SAVE_INTERVAL_MS = 60 * 1000;

  var language = initialLanguage();
  var connection = null;

  document.querySelectorAll('[data-language]').forEach(function (button) {
    button.addEventListener('click', function () {
      setLanguage(button.getAttribute('data-language'));
    });
  });
  document.querySelector('.new-chat').addEventListener('click', function () {
    forgetSession();
    showNotice(false);
    connect();
  });
  var closeButton = document.querySelector('.close-chat');
  if (closeButton) {
    closeButton.addEventListener('click', function () {
      window.parent.postMessage({ type: 'netposa-chat:close' }, '*');
    });
  }

  applyLanguage();
  connect();

  /** `carryOver`: {messages, sendBox} the customer typed in a conversation that is gone, for the new one. */
  function connect(carryOver) {
    if (connection) connection.end();
    var saved = carryOver ? null : readSession();
    var sessionReady = saved ? Promise.resolve(saved) : fetchNewSession();
    sessionReady.then(function (session) {
      openConversation(session, saved !== null, carryOver || null);
    }, function () {
      showStatus('offline');
    });
  }

  function openConversation(session, resuming, carryOver) {
    var directLine = window.WebChat.createDirectLine({
      domain: location.origin + config.directLineDomain,
      token: session.token,
      // With a conversation id directlinejs rejoins (and replays the history); without one it starts the conversation.
      conversationId: resuming ? session.conversationId : undefined,
      conversationStartProperties: { locale: LOCALES[language] },
    });
    var current = {
      directLine: directLine,
      store: null,
      wentOnline: false,
      gone: false,
      // Messages sent but not yet confirmed by the server, by Web Chat's clientActivityID: they must survive the conversation.
      unconfirmed: {},
      end: function () {
        clearInterval(saver);
        subscription.unsubscribe();
        activityErrors.unsubscribe();
        directLine.end();
      },
    };
    current.store = window.WebChat.createStore({}, watchMessages(current, carryOver));
    connection = current;
    var saver = setInterval(function () {
      saveSession(directLine);
    }, TOKEN_SAVE_INTERVAL_MS);
    var subscription = directLine.connectionStatus$.subscribe(function (status) {
      if (connection !== current) return;
      if (status === STATUS.online) {
        current.wentOnline = true;
        saveSession(directLine);
        showStatus('online');
      } else if (status === STATUS.connecting) {
        showStatus('connecting');
      } else if (status >= STATUS.expiredToken) {
        // The server refused the token or the conversation: neither comes back, so a fresh conversation takes over.
        conversationGone(current);
      }
    });
    // directlinejs ends its stream quietly when the server no longer knows the conversation; ask the server what happened.
    var activityErrors = directLine.activity$.subscribe({
      error: function () {
        checkConversation(current);
      },
    });
    render();
  }

  function watchMessages(current, carryOver) {
    return function (store) {
      return function (next) {
        return function (action) {
          var result = next(action);
          var id = action.meta && action.meta.clientActivityID;
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY_PENDING') {
            var activity = action.payload.activity;
            if (activity.type === 'message' && activity.text) current.unconfirmed[id] = activity.text;
          } else if (action.type === 'WEB_CHAT/SUBMIT_SEND_BOX') {
            // The customer has moved on in the new conversation.
            showNotice(false);
          } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY_FULFILLED') {
            delete current.unconfirmed[id];
          } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED' || action.type === 'DIRECT_LINE/POST_ACTIVITY_IMPEDED') {
            checkConversation(current);
          } else if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && carryOver) {
            var carried = carryOver;
            carryOver = null;
            setTimeout(function () {
              carried.messages.forEach(function (text) {
                store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text, method: 'keyboard' } });
              });
              if (carried.sendBox) store.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text: carried.sendBox } });
            });
          }
          return result;
        };
      };
    };
  }

  // A failed send or a dropped stream may be the network; only the server's own answer says the conversation is gone.
  function checkConversation(current) {
    if (connection !== current || current.gone || !current.directLine.conversationId) return;
    var url = location.origin + config.directLineDomain + '/conversations/' + encodeURIComponent(current.directLine.conversationId);
    fetch(url, { headers: { Authorization: 'Bearer ' + current.directLine.token } }).then(
      function (response) {
        if (response.status === 403 || response.status === 404) conversationGone(current);
      },
      function () {
        showStatus('offline');
      },
    );
  }

  function conversationGone(current) {
    if (connection !== current || current.gone) return;
    current.gone = true;
    forgetSession();
    var messages = Object.keys(current.unconfirmed).map(function (id) {
      return current.unconfirmed[id];
    });
    var sendBox = current.store.getState().sendBoxValue || '';
    // A page reloaded onto a conversation that has ended has lost nothing the customer typed; say so only when it matters.
    if (current.wentOnline || messages.length > 0 || sendBox) showNotice(true);
    setTimeout(function () {
      connect({ messages: messages, sendBox: sendBox });
    });
  }

  function showNotice(visible) {
    document.querySelector('.notice').hidden = !visible;
  }

  function render() {
    if (!connection) return;
    window.WebChat.renderWebChat(
      {
        directLine: connection.directLine,
        store: connection.store,
        locale: LOCALES[language],
        styleOptions: styleOptions(),
        activityMiddleware: staffNameMiddleware,
      },
      document.getElementById('webchat'),
    );
  }

  // Web Chat shows no sender names, so a staff member's message (the server marks it channelData.staff = {name}) gets
  // their name above it. The bundle keeps React to itself: the label is an element of the same kind as the one Web Chat
  // rendered, and the name goes in as a text child, never as HTML.
  function staffNameMiddleware() {
    return function (next) {
      return function () {
        var render = next.apply(null, arguments);
        var activity = arguments[0] && arguments[0].activity;
        var staff = activity && activity.channelData && activity.channelData.staff;
        if (!render || !staff || typeof staff.name !== 'string' || !staff.name) return render;
        return function () {
          var rendered = render.apply(null, arguments);
          if (!rendered || !rendered.$$typeof) return rendered;
          return sameKindOfElement(rendered, 'div', 'staff-message', [
            sameKindOfElement(rendered, 'div', 'staff-name', staff.name, 'name'),
            sameKindOfElement(rendered, 'div', 'staff-bubble', rendered, 'message'),
          ]);
        };
      };
    };
  }

  function sameKindOfElement(like, type, className, children, key) {
    return { $$typeof: like.$$typeof, type: type, key: key || null, ref: null, props: { className: className, children: children }, _owner: null };
  }

  function setLanguage(next) {
    if (!LOCALES[next] || next === language) return;
    language = next;
    try {
      sessionStorage.setItem(LANGUAGE_KEY, language);
    } catch (ignored) {
      // Private modes may refuse storage; the choice then lasts for this page only.
    }
    applyLanguage();
    // Web Chat stamps the new locale on every message from now on.
    render();
    // The ongoing conversation switches at once: the assistant confirms and asks its open question again in the new language.
    if (connection) {
      connection.store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'setLanguage', value: language } });
    }
  }

  function applyLanguage() {
    var text = config.text[language];
    document.documentElement.lang = LOCALES[language];
    document.title = config.brand.name + ' · ' + text.titleSuffix;
    document.querySelectorAll('[data-text]').forEach(function (element) {
      element.textContent = text[element.getAttribute('data-text')];
    });
    document.querySelectorAll('[data-title]').forEach(function (element) {
      var label = text[element.getAttribute('data-title')];
      element.title = label;
      element.setAttribute('aria-label', label);
    });
    document.querySelectorAll('[data-label]').forEach(function (element) {
      element.setAttribute('aria-label', text[element.getAttribute('data-label')]);
    });
    document.querySelectorAll('[data-language]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-language') === language));
    });
    var status = document.querySelector('.status');
    showStatus(status.getAttribute('data-status'));
  }

  function showStatus(state) {
    var status = document.querySelector('.status');
    status.setAttribute('data-status', state);
    status.querySelector('.status-label').textContent = config.text[language][state];
  }

  function initialLanguage() {
    var chosen = null;
    try {
      chosen = sessionStorage.getItem(LANGUAGE_KEY);
    } catch (ignored) {
      chosen = null;
    }
    if (chosen && LOCALES[chosen]) return chosen;
    var requested = new URLSearchParams(location.search).get('lang');
    if (requested && LOCALES[requested]) return requested;
    if (config.language) return config.language;
    return /^zh\b/i.test(navigator.language || '') ? 'zh' : 'en';
  }

  function fetchNewSession() {
    return fetch(config.tokenPath, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).then(
      function (response) {
        if (!response.ok) throw new Error('token request failed: ' + response.status);
        return response.json();
      },
    );
  }

  function readSession() {
    try {
      var session = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      if (session && session.token && session.conversationId && tokenExpiry(session.token) - TOKEN_MARGIN_MS > Date.now()) {
        return session;
      }
    } catch (ignored) {
      // An unreadable session is as good as none.
    }
    return null;
  }

  // directlinejs refreshes its token every 15 minutes; the latest one is what a reload must resume with.
  function saveSession(directLine) {
    if (!directLine.token || !directLine.conversationId) return;
    try {
      sessionStorage.setItem(SESSION_KEY, JSON.stringify({ token: directLine.token, conversationId: directLine.conversationId }));
    } catch (ignored) {
      // Without storage a reload simply starts a new conversation.
    }
  }

  function forgetSession() {
    try {
      sessionStorage.removeItem(SESSION_KEY);
    } catch (ignored) {
      // Nothing stored, nothing to forget.
    }
  }

  function tokenExpiry(token) {
    var payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload)).exp * 1000;
  }

  function styleOptions() {
    var brand = config.brand.primaryColor;
    return {
      accent: brand,
      backgroundColor: '#ffffff',
      primaryFont: "'Inter', 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', system-ui, sans-serif",
      rootHeight: '100%',
      rootWidth: '100%',
      paddingRegular: 12,
      avatarSize: 36,
      botAvatarInitials: config.brand.initials,
      botAvatarBackgroundColor: brand,
      showAvatarInGroup: 'sender',
      bubbleBackground: '#f1f4f9',
      bubbleBorderWidth: 0,
      bubbleBorderRadius: 16,
      bubbleNubSize: 0,
      bubbleTextColor: '#1c2433',
      bubbleFromUserBackground: brand,
      bubbleFromUserBorderWidth: 0,
      bubbleFromUserBorderRadius: 16,
      bubbleFromUserNubSize: 0,
      bubbleFromUserTextColor: '#ffffff',
      bubbleMinHeight: 38,
      groupTimestamp: 300000,
      timestampColor: '#7a8599',
      suggestedActionLayout: 'flow',
      suggestedActionBackgroundColor: '#ffffff',
      suggestedActionBorderColor: brand,
      suggestedActionBorderRadius: 18,
      suggestedActionBorderWidth: 1,
      suggestedActionTextColor: brand,
      suggestedActionHeight: 36,
      sendBoxBackground: '#ffffff',
      sendBoxBorderTop: '1px solid #e6eaf0',
      sendBoxButtonColor: brand,
      sendBoxHeight: 56,
      sendBoxTextWrap: true,
      transcriptOverlayButtonBackground: brand,
      transcriptOverlayButtonColor: '#ffffff',
    };
  }
})();
