/*
 * medhearing: with single sign-on (docs/sso.md) "Log ud" in Tasklist, Cockpit, Admin and Welcome ends the session
 * here and at the municipality's provider (/logout, then our Danish logged-out page) instead of Camunda's own logout,
 * whose next page would be a password form nobody can use. Loaded by each webapp's config.js (customScripts).
 * Without single sign-on /sso/config answers {} and nothing changes.
 */
fetch('/sso/config', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
  .then(response => (response.ok ? response.json() : null))
  .then(config => {
    if (!config || !config.logout) {
      return;
    }
    document.addEventListener('click', event => {
      const link = event.target.closest && event.target.closest('.logout a');
      if (link) {
        event.preventDefault();
        event.stopImmediatePropagation();
        window.location.href = config.logout;
      }
    }, true);
    // the webapps' own login form has no place here: the login is at the provider
    if (window.location.hash.includes('login')) {
      window.location.hash = '';
    }
  })
  .catch(() => undefined);
