'use strict';
/* Shared by the pages: building elements without innerHTML, the words for codes (from the API's
   catalogue), dates for people, freshness badges, the "about this directory" footer, and the
   programs chosen to compare. */
const IMH = (() => {
  /* Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069). Text
     from crawled pages can carry them to make what is shown read otherwise than what it is (a
     reversed link, a fee or date whose digits run backwards, text that spills over what follows),
     so every string the pages show goes through clean(): el() for text and attributes, fragment()
     for highlights, text() for the pages' own fields. */
  const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

  /** The text as shown: bidirectional controls dropped. */
  function clean(value) {
    return String(value).replace(BIDI_CONTROLS, '');
  }

  /** Sets an element's text (never HTML), cleaned. */
  function text(node, value) {
    node.textContent = value === undefined || value === null ? '' : clean(value);
  }

  /** An element with attributes and children (strings become text nodes: never parsed as HTML). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (value === true) node.setAttribute(key, '');
      else node.setAttribute(key, clean(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(clean(child)));
    }
    return node;
  }

  /** A link to a page outside the directory (a provider's): opens in this tab, tells nothing about where it came from. */
  function outLink(href, ...children) {
    return el('a', {href: safeUrl(href), rel: 'noopener noreferrer', class: 'external'}, ...children);
  }

  /** Only http(s) links are followed: a crawled "javascript:" URL becomes no link at all. */
  function safeUrl(href) {
    try {
      const url = new URL(href, location.href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  /* ---- the words for codes: the API's catalogue (schema's labels), loaded once per page ---- */

  let catalogue = {fields: [], values: {}};
  let directory = null;
  const FACET_VALUES = {credential: 'Credential', delivery: 'Delivery', topic: 'Topic', component: 'ProgramComponent',
    minimumEducation: 'Education', freshness: 'FreshnessStatus', region: 'region', track: 'Track',
    reason: 'ReviewReason', method: 'ExtractionMethod', action: 'CurationAction', kind: 'ListingEventKind',
    providerType: 'ProviderType'};

  /** Loads the catalogue and the directory's description; pages start rendering once both are in (or failed). */
  async function ready() {
    const [cat, dir] = await Promise.allSettled([json('/api/v1/catalogue'), json('/api/v1/directory')]);
    if (cat.status === 'fulfilled') catalogue = cat.value;
    if (dir.status === 'fulfilled') directory = dir.value;
    about();
    compareLink();
  }

  /** What people call a value: "NONE" of minimumEducation is "None required", a state code its name, a source id its provider. */
  function label(value, kind) {
    if (value === undefined || value === null) return '';
    if (kind === 'sourceId') return sourceName(value);
    const values = catalogue.values[FACET_VALUES[kind] || kind];
    if (values && values[value]) return values[value];
    const words = String(value).toLowerCase().replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /** The values of a kind in the catalogue's order, as [value, label] pairs. */
  function values(kind) {
    return Object.entries(catalogue.values[FACET_VALUES[kind] || kind] || {});
  }

  /** A field's entry in the catalogue (label, type, bounds, members), by name. */
  function field(name) {
    return catalogue.fields.find((f) => f.name === name);
  }

  /** What people call a field or a member of one ("location.region" is "State"). */
  function fieldLabel(path) {
    const [head, member] = path.split('.');
    const f = field(head);
    if (!f) return path;
    if (!member) return f.label;
    const m = (f.members || []).find((x) => x.name === member);
    return m ? m.label : f.label;
  }

  function overridableFields() {
    return catalogue.fields.filter((f) => f.overridable);
  }

  function sourceName(id) {
    const source = directory && directory.sources.find((s) => s.id === id);
    return source ? source.name : id;
  }

  /* ---- dates for people ---- */

  const DAY = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});

  /** "5 Dec 2026" for a date or an instant (UTC, so a deadline is the day the provider wrote). */
  function date(iso) {
    if (!iso) return '';
    const time = Date.parse(String(iso).length === 10 ? iso + 'T00:00:00Z' : iso);
    return Number.isNaN(time) ? String(iso) : DAY.format(new Date(time));
  }

  function daysAgo(iso, now) {
    if (!iso) return null;
    const then = Date.parse(iso);
    if (Number.isNaN(then)) return null;
    return Math.max(0, Math.floor(((now || Date.now()) - then) / 86400000));
  }

  function ago(days) {
    if (days === 0) return 'today';
    if (days === 1) return 'yesterday';
    return days + ' days ago';
  }

  /** Days from today (UTC) to a date: negative when it has passed. */
  function daysUntil(isoDate) {
    const today = new Date();
    const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    return Math.round((Date.parse(isoDate + 'T00:00:00Z') - start) / 86400000);
  }

  /** "Apply by 15 Jan 2027", or "Deadline passed (10 Nov 2026)". */
  function deadline(isoDate) {
    if (!isoDate) return null;
    return daysUntil(isoDate) < 0 ? 'Deadline passed (' + date(isoDate) + ')' : 'Apply by ' + date(isoDate);
  }

  /* ---- how current a listing is ---- */

  /** The badges that say how current a listing is: when it was checked, and a warning when it may be out of date. */
  function freshnessBadges(freshness) {
    const badges = [];
    const f = freshness || {};
    const seen = f.lastSeenAt || f.lastConfirmedAt;
    const days = daysAgo(seen);
    if (days !== null) {
      badges.push(el('span', {class: 'badge checked' + (f.status === 'FRESH' ? ' fresh' : ''), title: 'Its page was last read on ' + date(seen)},
        'checked ' + ago(days)));
    }
    if (f.status === 'AGING' || f.status === 'STALE') {
      badges.push(el('span', {class: 'badge warn', title: 'Not confirmed on its page recently'}, 'may be out of date'));
    } else if (f.status === 'GONE') {
      badges.push(el('span', {class: 'badge gone'}, 'page gone'));
    } else if (f.status === 'RETIRED') {
      badges.push(el('span', {class: 'badge gone'}, 'retired'));
    }
    return badges;
  }

  /* ---- the API ---- */

  async function json(url, options) {
    const response = await fetch(url, options);
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const error = new Error((body && body.detail) || ('request failed: ' + response.status));
      error.status = response.status;
      error.parameter = body && body.parameter;
      throw error;
    }
    return body;
  }

  /* ---- about this directory: on every page ---- */

  /** The kinds of provider in a sentence ("IMH associations, universities"). */
  const KINDS = {ASSOCIATION: 'IMH associations', UNIVERSITY: 'universities', NONPROFIT: 'non-profits', OTHER: 'others'};

  function about() {
    const figures = document.getElementById('about-figures');
    const list = document.getElementById('about-providers');
    if (!figures || !directory) return;
    const d = directory;
    const kinds = [...new Set(d.sources.map((s) => KINDS[s.type]).filter(Boolean))];
    const intervals = [...new Set(d.sources.map((s) => s.checkedEveryText).filter(Boolean))];
    text(figures, 'It lists ' + d.programs + (d.programs === 1 ? ' program' : ' programs') + ' from ' + d.providers
      + (d.providers === 1 ? ' provider' : ' providers') + (kinds.length ? ' (' + kinds.join(', ') + ')' : '') + '. '
      + (intervals.length ? 'Each provider\u2019s website is read ' + intervals.join(' or ') + '. ' : '')
      + (d.lastCrawlSettledAt ? 'The last full check finished on ' + date(d.lastCrawlSettledAt) + '.'
        : d.lastCheckedAt ? 'A program page was last read on ' + date(d.lastCheckedAt) + '.' : ''));
    if (list) {
      list.replaceChildren(...d.sources.map((s) => el('li', {},
        s.website ? outLink(s.website, s.name) : s.name,
        ' \u2014 ' + [label(s.type, 'providerType'), s.region ? label(s.region, 'region') : null,
          s.programs + (s.programs === 1 ? ' program' : ' programs'),
          s.checkedEveryText ? 'checked ' + s.checkedEveryText : null,
          s.lastCrawledAt ? 'last ' + date(s.lastCrawledAt) : null].filter(Boolean).join(', '))));
    }
  }

  /* ---- programs chosen to compare (this tab; the compare page's URL holds them to share) ---- */

  const COMPARE_KEY = 'imh.compare';
  const COMPARE_MAX = 4;

  function chosen() {
    try { return JSON.parse(sessionStorage.getItem(COMPARE_KEY)) || []; } catch (e) { return []; }
  }

  function choose(ids) {
    sessionStorage.setItem(COMPARE_KEY, JSON.stringify(ids.slice(0, COMPARE_MAX)));
    compareLink();
  }

  /** Adds or removes a program; false when four are chosen already. */
  function toggleChosen(id, on) {
    const ids = chosen().filter((x) => x !== id);
    if (on) {
      if (ids.length >= COMPARE_MAX) return false;
      ids.push(id);
    }
    choose(ids);
    return true;
  }

  function compareLink() {
    const link = document.getElementById('nav-compare');
    if (!link) return;
    const ids = chosen();
    link.setAttribute('href', ids.length ? '/compare?ids=' + ids.map(encodeURIComponent).join(',') : '/compare');
    text(link, ids.length ? 'Compare (' + ids.length + ')' : 'Compare');
  }

  return {el, text, clean, outLink, safeUrl, ready, label, values, field, fieldLabel, overridableFields, sourceName,
    date, daysAgo, ago, daysUntil, deadline, freshnessBadges, json, chosen, choose, toggleChosen, COMPARE_MAX,
    fragment: (t) => fragment(t)};

  /** A highlight fragment (HTML-escaped by the API, matches in <em>) as DOM nodes, with no HTML parsing. */
  function fragment(t) {
    const out = document.createDocumentFragment();
    const parts = String(t).split(/(<em>|<\/em>)/);
    let marked = false;
    for (const part of parts) {
      if (part === '<em>') { marked = true; continue; }
      if (part === '</em>') { marked = false; continue; }
      const plain = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
        .replace(/&#x27;|&#39;/g, "'").replace(/&#x2F;/g, '/').replace(/&amp;/g, '&');
      out.append(marked ? el('mark', {}, plain) : document.createTextNode(clean(plain)));
    }
    return out;
  }
})();
