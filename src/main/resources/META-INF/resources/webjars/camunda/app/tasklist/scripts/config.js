/*
 * medhearing: Danish locale for the Camunda 7.24 webapps (replaces the webjar's config.js of this app).
 * The Danish texts are in ../locales/da.json, written from the webjar's en.json (every key).
 */
export default {
  app: {
    name: 'MED-høringer',
    vendor: 'Kommunens'
  },
  dateFormat: {
    monthName: "MMMM",
    day: "DD",
    abbr: "D. MMM YYYY [kl.] HH:mm",
    normal: "D. MMMM YYYY [kl.] HH:mm",
    long: "dddd [d.] D. MMMM YYYY [kl.] HH:mm",
    short: "D. MMMM YYYY"
  },
  // Danish for form-js and its date picker, "Start forløb" only for who may start, the list by deadline
  customScripts: ['scripts/medhearing', 'scripts/sso-logout'],
  locales: {
    availableLocales: ['da'],
    fallbackLocale: 'da'
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tager den valgte opgave'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'går til det første filter i listen'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'går til den første opgave i listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'går til det første felt i opgavens formular'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'åbner vinduet, hvor du starter et forløb'
    }
  }
};
