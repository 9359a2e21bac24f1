'use strict';
/* Up to four programs side by side: requirements, delivery, cost, duration, deadline, how current.
   The address holds the choice (?ids=a,b,c), so a comparison can be shared. */
(() => {
  const {el, text, label, json, outLink, freshnessBadges, date} = IMH;
  const $ = (id) => document.getElementById(id);
  const ROWS = [
    ['provider', 'Provider', (l) => l.provider && l.provider.name],
    ['credential', 'Kind of program', (l) => label(l.credential, 'credential')],
    ['level', 'Level', (l) => l.level],
    ['region', 'State', (l) => l.location && l.location.region ? label(l.location.region, 'region') : null],
    ['minimumEducation', null, null], ['yearsExperience', null, null], ['trainingHours', null, null],
    ['reflectiveSupervisionHours', null, null],
    ['delivery', 'Delivery', (l) => label(l.delivery, 'delivery')],
    ['cost', 'Cost', (l) => l.cost],
    ['duration', 'Duration', (l) => l.duration],
    ['applicationDeadline', 'Application deadline', (l) => IMH.deadline(l.applicationDeadline)],
    ['freshness', 'How current', (l) => freshness(l)],
    ['page', 'Program page', (l) => l.sourceUrl ? outLink(l.sourceUrl, 'Visit the program\u2019s page',
      el('span', {class: 'visually-hidden'}, ': ' + l.name)) : null]];

  function ids() {
    const raw = new URLSearchParams(location.search).get('ids') || '';
    return [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))].slice(0, IMH.COMPARE_MAX);
  }

  function freshness(l) {
    const f = l.freshness || {};
    const span = el('span', {}, freshnessBadges(f));
    if (f.lastSeenAt) span.append(' ', el('span', {class: 'hint'}, 'page read ' + date(f.lastSeenAt)));
    return span;
  }

  /** A requirement cell: the value, or "Not stated on its page", with where it came from. */
  function requirement(l, field) {
    const row = IMH.listing.rows(l).find(([name]) => name === field);
    const value = row ? row[2] : IMH.listing.NOT_STATED;
    const from = value === IMH.listing.NOT_STATED ? null : IMH.listing.source(l, field);
    return el('span', {}, el('span', {class: 'value' + (value === IMH.listing.NOT_STATED ? ' unknown' : '')}, value),
      from ? el('br') : null, from);
  }

  async function show() {
    const chosen = ids();
    if (chosen.length > 0) IMH.choose(chosen);
    if (chosen.length === 0) {
      $('compare-scroll').hidden = true;
      text($('compare-status'), 'No program chosen yet.');
      return;
    }
    text($('compare-status'), 'Loading ' + chosen.length + (chosen.length === 1 ? ' program\u2026' : ' programs\u2026'));
    const answers = await Promise.allSettled(chosen.map((id) => json('/api/v1/programs/' + encodeURIComponent(id))));
    const listings = answers.filter((a) => a.status === 'fulfilled').map((a) => a.value);
    const missing = answers.length - listings.length;
    table(listings);
    text($('compare-status'), listings.length + (listings.length === 1 ? ' program' : ' programs') + ' side by side'
      + (missing ? '; ' + missing + ' could not be found (retired or removed)' : '')
      + (listings.length < 2 ? '. Choose another in the search results to compare.' : '.'));
  }

  function table(listings) {
    $('compare-scroll').hidden = listings.length === 0;
    const head = el('tr', {}, el('td', {}), listings.map((l) => el('th', {scope: 'col', 'data-id': l.id},
      el('a', {href: '/?id=' + encodeURIComponent(l.id)}, l.name || l.id), el('br'),
      el('button', {type: 'button', class: 'link', onclick: () => remove(l.id)}, 'Remove',
        el('span', {class: 'visually-hidden'}, ' ' + (l.name || l.id))))));
    $('compare-table').tHead.replaceChildren(head);
    $('compare-table').tBodies[0].replaceChildren(...ROWS.map(([field, title, value]) => el('tr', {'data-field': field},
      el('th', {scope: 'row'}, title || IMH.fieldLabel(field)),
      listings.map((l) => el('td', {}, value ? (value(l) || el('span', {class: 'unknown'}, 'Not stated')) : requirement(l, field))))));
  }

  function remove(id) {
    const left = ids().filter((x) => x !== id);
    IMH.choose(left);
    history.pushState(null, '', left.length ? '?ids=' + left.map(encodeURIComponent).join(',') : '/compare');
    show();
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await IMH.ready();
    window.addEventListener('popstate', show);
    if (ids().length === 0 && IMH.chosen().length > 0) {
      history.replaceState(null, '', '?ids=' + IMH.chosen().map(encodeURIComponent).join(','));
    }
    show();
  });
})();
