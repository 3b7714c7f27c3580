// Page-wide behaviour for Looplab. A plain script (no modules): it runs before the editor
// bundle and only talks to htmx through its events.
(function () {
  'use strict';

  function metaContent(name) {
    var meta = document.querySelector('meta[name="' + name + '"]');
    return meta ? meta.getAttribute('content') : null;
  }

  // Spring Security rejects state-changing requests without the token; forms carry it as a
  // hidden field, but htmx requests from elements outside a form would not.
  document.addEventListener('htmx:configRequest', function (event) {
    var header = metaContent('_csrf_header');
    var token = metaContent('_csrf');
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });

  // A 4xx answer is swapped (see htmx-config in the layout). A problem fragment can be shown
  // as it is; a whole error page would nest a second header and footer inside the console,
  // so only its summary is taken.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    var body = typeof xhr.response === 'string' ? xhr.response : '';
    if (xhr.status >= 400 && /<html[\s>]/i.test(body)) {
      event.detail.selectOverride = '.error-summary';
    }
  });

  function showRequestFailure(target, text) {
    if (!target) {
      return;
    }
    var alert = document.createElement('div');
    alert.className = 'alert alert-error';
    alert.setAttribute('role', 'alert');
    var title = document.createElement('p');
    title.className = 'alert-title';
    title.textContent = 'The request did not go through';
    var detail = document.createElement('p');
    detail.textContent = text;
    alert.append(title, detail);
    target.replaceChildren(alert);
  }

  // 5xx answers are not swapped, so without this the learner would see nothing happen.
  document.addEventListener('htmx:responseError', function (event) {
    showRequestFailure(event.detail.target,
      'The server had a problem (HTTP ' + event.detail.xhr.status + '). Please try again in a moment.');
  });

  document.addEventListener('htmx:sendError', function (event) {
    showRequestFailure(event.detail.target,
      'The server could not be reached. Check your connection and try again.');
  });

  // A run's console may start below the fold (long editors, small screens): bring it into view.
  document.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail.target;
    if (target && target.classList && target.classList.contains('console-host')) {
      target.scrollIntoView({ block: 'nearest' });
    }
  });

  // Output keeps the newest line in view, unless the reader has scrolled up to look at older ones.
  var followOutput = new WeakMap();
  document.addEventListener('htmx:sseBeforeMessage', function (event) {
    var lines = event.target;
    if (lines.classList && lines.classList.contains('lines')) {
      followOutput.set(lines, lines.scrollHeight - lines.scrollTop - lines.clientHeight < 24);
    }
  });

  function consoleOf(element) {
    return element && element.closest ? element.closest('.console') : null;
  }

  // The status line says "Running…" until the result event has been swapped in.
  document.addEventListener('htmx:sseMessage', function (event) {
    var target = event.target;
    if (followOutput.get(target)) {
      target.scrollTop = target.scrollHeight;
    }
    var runConsole = consoleOf(target);
    if (runConsole && target.matches('.result')) {
      runConsole.classList.add('is-finished');
      runConsole.classList.remove('is-reconnecting');
    }
  });

  document.addEventListener('htmx:sseError', function (event) {
    var runConsole = consoleOf(event.target);
    if (runConsole && !runConsole.classList.contains('is-finished')) {
      runConsole.classList.add('is-reconnecting');
    }
  });

  document.addEventListener('htmx:sseOpen', function (event) {
    var runConsole = consoleOf(event.target);
    if (runConsole) {
      runConsole.classList.remove('is-reconnecting');
    }
  });
})();
