'use strict';
/* Shared by the pages: building elements without innerHTML, labels for codes, freshness badges. */
const IMH = (() => {
  const STATES = {AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
    CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii',
    ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
    ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi',
    MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
    NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
    OR: 'Oregon', PA: 'Pennsylvania', PR: 'Puerto Rico', RI: 'Rhode Island', SC: 'South Carolina',
    SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
    WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming'};
  const SPECIAL = {CDA: 'CDA', BACHELORS: "Bachelor's", MASTERS: "Master's", ASSOCIATE: "Associate's",
    IN_PERSON: 'In person', NONE: 'None'};

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

  /** "GRADUATE_CERTIFICATE" as "Graduate certificate"; a state code as its name. */
  function label(value, facet) {
    if (value === undefined || value === null) return '';
    if (facet === 'region' && STATES[value]) return STATES[value];
    if (SPECIAL[value]) return SPECIAL[value];
    const words = String(value).toLowerCase().replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /** A highlight fragment (HTML-escaped by the API, matches in <em>) as DOM nodes, with no HTML parsing. */
  function fragment(text) {
    const out = document.createDocumentFragment();
    const parts = String(text).split(/(<em>|<\/em>)/);
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

  /** The badges that say how current a listing is. */
  function freshnessBadges(freshness) {
    const badges = [];
    const f = freshness || {};
    const days = daysAgo(f.lastSeenAt || f.lastConfirmedAt);
    if (days !== null) {
      badges.push(el('span', {class: 'badge checked' + (f.status === 'FRESH' ? ' fresh' : '')}, 'checked ' + ago(days)));
    }
    if (f.status === 'AGING' || f.status === 'STALE') {
      badges.push(el('span', {class: 'badge warn', title: 'Not confirmed recently'}, 'may be out of date'));
    } else if (f.status === 'GONE') {
      badges.push(el('span', {class: 'badge gone'}, 'page gone'));
    } else if (f.status === 'RETIRED') {
      badges.push(el('span', {class: 'badge gone'}, 'retired'));
    }
    return badges;
  }

  async function json(url, options) {
    const response = await fetch(url, options);
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const error = new Error((body && body.detail) || ('request failed: ' + response.status));
      error.status = response.status;
      throw error;
    }
    return body;
  }

  return {el, text, clean, label, fragment, freshnessBadges, json, daysAgo, ago};
})();
