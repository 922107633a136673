/*
 * medhearing: Danish locale for the Camunda 7.24 webapps (replaces the webjar's config.js of this app).
 * The Danish texts are in ../locales/da.json, written from the webjar's en.json (every key).
 */
export default {
  // single sign-on's logout (Tasklist's scripts/sso-logout.js, shared by the four webapps)
  customScripts: ['../tasklist/scripts/sso-logout'],
  dateFormat: {
    monthName: "MMMM",
    day: "DD",
    abbr: "D. MMM YYYY [kl.] HH:mm",
    normal: "D. MMMM YYYY [kl.] HH:mm",
    long: "dddd [d.] D. MMMM YYYY [kl.] HH:mm",
    short: "D. MMMM YYYY"
  },
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'en'
  }
};
