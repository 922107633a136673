/*
 * medhearing: Tasklist in Danish to the last word, and no control that leads nowhere for a MED member.
 *
 * Loaded by config.js (customScripts: Tasklist 7.24 imports each as an ES module before it starts AngularJS; the
 * module's default export would be a plugin list, we export none and only run the set-up below).
 *
 * 1. Camunda Forms (form-js, bundled in lib/deps.js) has fixed English texts and no translation hook in 7.24: its
 *    validation messages ("Field is required."), select and search placeholders, dynamic-list buttons and the
 *    placeholders of date and time fields. A MutationObserver on the page translates exactly these known texts (whole
 *    text nodes, placeholders, aria-labels and titles) inside form-js's container, never inside a text or HTML view
 *    (they show what users wrote) and never in an input's value.
 * 2. The date picker is flatpickr, which form-js creates with flatpickr's default locale: flatpickr.localize()
 *    makes that Danish (month and weekday names, Monday first, week "uge").
 * 3. "Start forløb" is shown only to a user who may start a process here: the same question Tasklist's own dialog
 *    asks (startableInTasklist, startablePermissionCheck), as a count; user-styles.css hides it until the answer is
 *    yes. The engine still refuses a start without the permission.
 * 4. The task list is sorted by deadline, the earliest first, unless the user chose another sorting.
 * 5. The due date and the task's groups are shown, not edited: Tasklist saves a changed due date by sending the whole
 *    task back, which the engine refuses, and the hearing's deadlines are not the task's anyway (user-styles.css
 *    hides "Fjern frist"); who a hearing's task is for follows from the organisation, and the engine refuses a
 *    member's change of the groups.
 * 6. An error notification is scrolled into view where it appears (the start dialog can be scrolled to its end).
 * The Danish texts are tested by WebappTranslationTest and the browser tests (TasklistInDanishIT).
 */

/** form-js's fixed texts, whole and exact, and their Danish. */
export const TEXTS = {
  'Field is required.': 'Feltet skal udfyldes.',
  'Field must be a valid email.': 'Skriv en gyldig e-mailadresse.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Skriv et gyldigt telefonnummer med landekode (fx +4512345678).',
  'Value is not a number.': 'Skriv et tal.',
  'Value is expected to be an integer.': 'Skriv et helt tal.',
  'Date and time must both be entered.': 'Skriv både dato og klokkeslæt.',
  'Select': 'Vælg',
  'Search': 'Søg',
  'No results': 'Ingen resultater',
  'All values selected': 'Alle er valgt',
  'Add new': 'Tilføj',
  'Collapse': 'Vis færre',
  'Nothing to show.': 'Intet at vise.',
  ' of ': ' af ',
  'Increment': 'Større',
  'Decrement': 'Mindre',
  'Previous page': 'Forrige side',
  'Next page': 'Næste side',
  'Remove tag': 'Fjern',
  'Click to remove sorting': 'Klik for at fjerne sorteringen',
  'hh:mm': 'tt:mm',
  'hh:mm ?m': 'tt:mm'
};

/** form-js's texts with a value in them, and their Danish. */
export const PATTERNS = [
  [/^Field must have minimum length of (\d+)\.$/, 'Skriv mindst $1 tegn.'],
  [/^Field must have maximum length of (\d+)\.$/, 'Skriv højst $1 tegn.'],
  [/^Field must have minimum value of (.+)\.$/, 'Værdien skal være mindst $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Værdien må højst være $1.'],
  [/^Field must match pattern .+\.$/, 'Feltet er ikke udfyldt i den form, det skal have.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'Skriv højst $1 decimaler.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    'Vælg en gyldig værdi; de nærmeste er $1 og $2.'],
  [/^Expand all \((\d+)\)$/, 'Vis alle ($1)'],
  [/^Remove list item (\d+)$/, 'Fjern punkt $1'],
  [/^Remove (.+)$/, 'Fjern $1'],
  [/^Click to sort by (.+) ascending$/, 'Klik for at sortere efter $1, stigende'],
  [/^Click to sort by (.+) descending$/, 'Klik for at sortere efter $1, faldende'],
  // the date field's placeholder follows the browser's locale: dd.mm.yyyy in a Danish browser
  [/^(dd?[./-]mm?[./-])yyyy$/, '$1åååå'],
  [/^(yyyy[./-]mm?[./-]dd?)$/, 'åååå-mm-dd']
];

/** flatpickr's Danish (as flatpickr's own "da" locale, with Danish labels for its controls). */
export const FLATPICKR_DANISH = {
  weekdays: {
    shorthand: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
    longhand: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
      'november', 'december']
  },
  firstDayOfWeek: 1,
  ordinal: () => '.',
  rangeSeparator: ' til ',
  weekAbbreviation: 'uge',
  scrollTitle: 'Rul for at ændre',
  toggleTitle: 'Klik for at skifte',
  yearAriaLabel: 'År',
  monthAriaLabel: 'Måned',
  hourAriaLabel: 'Time',
  minuteAriaLabel: 'Minut',
  time_24hr: true
};

const FORM = '.fjs-container';
/** Where form-js shows what users wrote (text and HTML views, table cells): never translated. */
const USER_TEXT = '.fjs-form-field-text, .fjs-form-field-html, .fjs-table-td, .fjs-taglist-tag-label';
const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];
const BY_DEADLINE = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);
const TASKLIST_DEFAULT = JSON.stringify([{ sortBy: 'created', sortOrder: 'desc' }]);

export function danish(text) {
  if (Object.prototype.hasOwnProperty.call(TEXTS, text)) {
    return TEXTS[text];
  }
  for (const [pattern, replacement] of PATTERNS) {
    if (pattern.test(text)) {
      return text.replace(pattern, replacement);
    }
  }
  return null;
}

function translateText(node) {
  const parent = node.parentElement;
  if (!parent || !parent.closest(FORM) || parent.closest(USER_TEXT)) {
    return;
  }
  const text = node.data;
  const trimmed = text.trim();
  const translated = text === ' of ' ? danish(text) : trimmed && danish(trimmed);
  if (translated && translated !== trimmed) {
    node.data = text === ' of ' ? translated : text.replace(trimmed, translated);
  }
}

function translateAttributes(element) {
  if (!element.closest(FORM) || element.closest(USER_TEXT)) {
    return;
  }
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    const translated = value && danish(value);
    if (translated && translated !== value) {
      element.setAttribute(name, translated);
    }
  }
}

function translateForms() {
  document.querySelectorAll(FORM).forEach((form) => {
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      translateText(node);
    }
    form.querySelectorAll('[placeholder], [aria-label], [title]').forEach(translateAttributes);
  });
}

function showNewErrors(mutations) {
  for (const mutation of mutations) {
    mutation.addedNodes.forEach((node) => {
      if (node.nodeType === 1 && node.matches('.notifications .alert-danger, .notifications .alert-warning')) {
        node.scrollIntoView({ block: 'nearest' });
      }
    });
  }
}

function observe() {
  let scheduled = false;
  new MutationObserver((mutations) => {
    showNewErrors(mutations);
    if (!scheduled) {
      scheduled = true;
      // once per burst of changes; our own changes cause one more pass, which changes nothing
      requestAnimationFrame(() => {
        scheduled = false;
        translateForms();
      });
    }
  }).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
  });
}

function localizeDatePicker() {
  if (window.flatpickr && typeof window.flatpickr.localize === 'function') {
    window.flatpickr.localize(FLATPICKR_DANISH);
    window.flatpickr.setDefaults({ ariaDateFormat: 'j. F Y', time_24hr: true });
  }
}

/** "/camunda" and "default" for /camunda/app/tasklist/default/. */
function engineApi() {
  const base = document.querySelector('base');
  const root = (base && base.getAttribute('app-root')) || '';
  const match = /\/app\/tasklist\/([^/]+)\//.exec(window.location.pathname);
  return root + '/api/engine/engine/' + encodeURIComponent(match ? match[1] : 'default');
}

function checkStartPermission() {
  const query = 'latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true';
  fetch(engineApi() + '/process-definition/count?' + query, {
    credentials: 'same-origin', headers: { Accept: 'application/json' }
  }).then((response) => (response.ok ? response.json() : { count: 0 }))
    .then((answer) => document.body.classList.toggle('med-may-start', answer.count > 0))
    .catch(() => document.body.classList.remove('med-may-start'));
}

function blockStartShortcut(event) {
  const startShortcut = event.ctrlKey && event.altKey && (event.key === 'p' || event.key === 'P');
  if (startShortcut && !document.body.classList.contains('med-may-start')) {
    event.stopPropagation();
    event.preventDefault();
  }
}

const READ_ONLY = '.task-details .due-date[cam-widget-inline-field], .task-details .groups > span';

/** Clicks, Enter and space on the due date and the groups do nothing (see 5 above); Tab still moves on. */
function keepReadOnly(event) {
  const opens = event.type === 'click' || event.key === 'Enter' || event.key === ' ';
  if (opens && event.target instanceof Element && event.target.closest(READ_ONLY)) {
    event.stopPropagation();
    event.preventDefault();
  }
}

const SORTED_BY_USER = 'medhearing.sortedByUser';

/**
 * The list by deadline while the user has not chosen a sorting in this session: set through AngularJS's $location
 * (not the address bar, which Tasklist rewrites itself), also over the "created, newest first" Tasklist puts there.
 */
function sortByDeadline($location) {
  const sorting = $location.search().sorting;
  const chosen = window.sessionStorage.getItem(SORTED_BY_USER) === 'yes';
  if ($location.path() === '/' && (!sorting || (sorting === TASKLIST_DEFAULT && !chosen))) {
    $location.search('sorting', BY_DEADLINE).replace();
  }
}

function rememberSortingChoice(event) {
  if (event.target instanceof Element && event.target.closest('[cam-sorting-choices]')) {
    window.sessionStorage.setItem(SORTED_BY_USER, 'yes');
  }
}

/** Runs {@code withInjector} once Tasklist's AngularJS app has started. */
function whenAngularRuns(withInjector) {
  const element = window.angular && window.angular.element(document.body);
  const injector = element && element.injector();
  if (injector) {
    withInjector(injector);
  } else {
    setTimeout(() => whenAngularRuns(withInjector), 100);
  }
}

function start() {
  localizeDatePicker();
  observe();
  translateForms();
  document.addEventListener('keydown', blockStartShortcut, true);
  document.addEventListener('click', keepReadOnly, true);
  document.addEventListener('keydown', keepReadOnly, true);
  document.addEventListener('click', rememberSortingChoice, true);
  checkStartPermission();
  whenAngularRuns((injector) => {
    const $location = injector.get('$location');
    const $rootScope = injector.get('$rootScope');
    let lastPath = $location.path();
    $rootScope.$on('$locationChangeSuccess', () => {
      if ($location.path() !== lastPath) {
        lastPath = $location.path();
        checkStartPermission(); // a login or logout changes the route
      }
      sortByDeadline($location);
    });
    $rootScope.$applyAsync(() => sortByDeadline($location));
  });
}

if (typeof document !== 'undefined') {
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}
