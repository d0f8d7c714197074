// The support page's script: gets a Direct Line token, keeps the conversation across reloads, renders Web Chat, switches language.
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

  function connect() {
    if (connection) connection.end();
    var saved = readSession();
    var sessionReady = saved ? Promise.resolve(saved) : fetchNewSession();
    sessionReady.then(function (session) {
      openConversation(session, saved !== null);
    }, function () {
      showStatus('offline');
    });
  }

  function openConversation(session, resuming) {
    var directLine = window.WebChat.createDirectLine({
      domain: location.origin + config.directLineDomain,
      token: session.token,
      // With a conversation id directlinejs rejoins (and replays the history); without one it starts the conversation.
      conversationId: resuming ? session.conversationId : undefined,
      conversationStartProperties: { locale: LOCALES[language] },
    });
    var current = {
      directLine: directLine,
      store: window.WebChat.createStore(),
      wentOnline: false,
      end: function () {
        clearInterval(saver);
        subscription.unsubscribe();
        directLine.end();
      },
    };
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
        // A conversation that cannot be rejoined (expired, or gone after a restart) gives way to a fresh one.
        if (resuming && !current.wentOnline) {
          forgetSession();
          setTimeout(connect);
        } else {
          showStatus('offline');
        }
      }
    });
    render();
  }

  function render() {
    if (!connection) return;
    window.WebChat.renderWebChat(
      {
        directLine: connection.directLine,
        store: connection.store,
        locale: LOCALES[language],
        styleOptions: styleOptions(),
      },
      document.getElementById('webchat'),
    );
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
