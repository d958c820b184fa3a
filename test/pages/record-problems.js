// Classic script, runs before the bundle: records everything a host page's monitoring would see.
(function () {
  var log = { violations: [], errors: [], executed: [] };
  window.diwanTestLog = log;
  // hostile test data calls this from every script, handler and javascript: URL it smuggles in
  window.diwanPwned = function (what) {
    log.executed.push(String(what));
  };
  window.addEventListener('securitypolicyviolation', function (event) {
    log.violations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || '') + ' ' + (event.sample || ''));
  }, true);
  window.addEventListener('error', function (event) {
    log.errors.push(String(event.error && event.error.stack || event.message));
  });
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    log.errors.push('unhandled rejection: ' + String(reason && reason.stack || reason));
  });
})();
