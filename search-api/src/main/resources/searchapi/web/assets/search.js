'use strict';
/* The search page: the URL holds the search (shareable, back button works); results, filters, a program's page. */
(() => {
  const {el, text, label, fragment, freshnessBadges, json, outLink, date, deadline} = IMH;
  const FACETS = [['credential', 'Kind of program'], ['region', 'State'], ['delivery', 'Delivery'],
    ['minimumEducation', 'Minimum education'], ['topic', 'Topic'], ['component', 'What it includes'],
    ['freshness', 'How current'], ['sourceId', 'Provider']];
  /** Values shown per filter before "Show all": a phone screen of checkboxes, not sixty. */
  const FEW = 6;
  const DEFAULT_FRESHNESS = ['FRESH', 'AGING', 'STALE'];
  const phone = window.matchMedia('(max-width: 47.99rem)');
  const $ = (id) => document.getElementById(id);
  const expanded = new Set();
  let nextCursor = null;
  let suggestTimer = null;
  let lastTotal = 0;

  function params() {
    return new URLSearchParams(location.search);
  }

  function searchParams(from) {
    const p = new URLSearchParams();
    for (const [key, value] of from) {
      if (key !== 'id' && value !== '') p.append(key, value);
    }
    return p;
  }

  /** The filters chosen in the URL (freshness only when it is not the default). */
  function chosenFilters(p) {
    let n = 0;
    for (const [facet] of FACETS) n += p.getAll(facet).flatMap((v) => v.split(',')).filter(Boolean).length;
    return n;
  }

  async function render() {
    const p = params();
    $('q').value = p.get('q') || '';
    $('sort').value = p.get('sort') || 'relevance';
    if (p.get('id')) {
      await showDetail(p.get('id'));
    } else {
      $('detail').hidden = true;
      $('search-view').hidden = false;
      $('search-top').hidden = false;
      await runSearch(searchParams(p), false);
    }
  }

  // Answers can come back out of order (a search typed while the previous one is on its way):
  // only the latest search's answer is shown.
  let latestSearch = 0;

  async function runSearch(p, append) {
    const mine = ++latestSearch;
    if (!append) text($('summary'), 'Searching\u2026');
    $('results').setAttribute('aria-busy', 'true');
    try {
      const query = new URLSearchParams(p);
      if (append && nextCursor) query.set('cursor', nextCursor);
      const answer = await json('/api/v1/programs?' + query.toString());
      if (mine !== latestSearch) return;
      nextCursor = answer.nextCursor;
      showResults(answer, append, p);
      if (!append) showFacets(answer.facets, p);
    } catch (error) {
      if (mine !== latestSearch) return;
      text($('summary'), 'The search failed: ' + error.message);
    } finally {
      if (mine === latestSearch) $('results').setAttribute('aria-busy', 'false');
    }
  }

  function showResults(answer, append, p) {
    const list = $('results');
    if (!append) list.replaceChildren();
    answer.items.forEach((item) => list.append(result(item)));
    const n = answer.total;
    lastTotal = n;
    text($('summary'), n === 0 ? 'No programs found.' : n + (n === 1 ? ' program' : ' programs'));
    empty(n === 0, p);
    $('note').hidden = !answer.note;
    text($('note'), answer.note || '');
    const concepts = (answer.interpretation && answer.interpretation.concepts) || [];
    text($('interpretation'), concepts.length === 0 ? ''
      : 'Understood: ' + concepts.map((c) => label(c.value, c.parameter) + ' (\u201c' + c.matched + '\u201d)').join(', '));
    $('more').hidden = !answer.nextCursor;
    filterToggle(p);
  }

  /** Nothing found: what to try next (spelling, fewer words, clearing the filters). */
  function empty(none, p) {
    $('empty').hidden = !none;
    if (!none) return;
    const q = p.get('q');
    const filters = chosenFilters(p);
    text($('empty-what'), (q ? 'No program matches \u201c' + q + '\u201d' : 'No program matches')
      + (filters ? ' with ' + filters + (filters === 1 ? ' filter' : ' filters') + ' chosen.' : '.') + ' You could:');
    $('empty-filters').hidden = filters === 0;
  }

  function result(item) {
    const h = item.highlights || {};
    const name = h.name ? fragment(h.name[0]) : item.name || item.id;
    const provider = item.provider && item.provider.name;
    const meta = [label(item.credential, 'credential'), label(item.delivery, 'delivery'),
      item.location && item.location.region ? label(item.location.region, 'region') : null,
      deadline(item.applicationDeadline)].filter(Boolean);
    const snippet = h.description ? fragment(h.description.join(' \u2026 ')) : (item.description || '').slice(0, 220);
    const compareId = 'cmp-' + item.id;
    return el('li', {class: 'result', 'data-id': item.id},
      el('h3', {}, el('a', {href: '?id=' + encodeURIComponent(item.id), onclick: (e) => open(e, item.id)}, name)),
      el('p', {class: 'provider'}, [provider, levelBesides(item)].filter(Boolean).join(' \u00b7 ')),
      meta.length ? el('p', {class: 'meta'}, meta.join(' \u00b7 ')) : null,
      el('p', {class: 'badges'}, freshnessBadges(item.freshness)),
      el('p', {class: 'snippet'}, snippet),
      el('div', {class: 'result-actions'},
        item.sourceUrl ? outLink(item.sourceUrl, 'Visit the program\u2019s page',
          el('span', {class: 'visually-hidden'}, ': ' + (item.name || item.id))) : null,
        el('span', {class: 'choose'},
          el('input', {type: 'checkbox', id: compareId, checked: IMH.chosen().includes(item.id),
            onchange: (e) => choose(e.target, item.id)}),
          el('label', {for: compareId}, 'Compare', el('span', {class: 'visually-hidden'}, ' ' + (item.name || item.id))))));
  }

  /** The level, unless the name says it already. */
  function levelBesides(l) {
    return l.level && !(l.name || '').includes(l.level) ? l.level : null;
  }

  function choose(box, id) {
    if (!IMH.toggleChosen(id, box.checked)) {
      box.checked = false;
      text($('summary'), 'Four programs are chosen already: open Compare, or take one out first.');
    }
  }

  function showFacets(facets, p) {
    const box = $('facets');
    box.replaceChildren();
    for (const [facet, title] of FACETS) {
      const values = (facets && facets[facet]) || [];
      if (values.length === 0) continue;
      const chosen = new Set(p.getAll(facet).flatMap((v) => v.split(',')));
      const fieldset = el('fieldset', {class: 'facet', id: 'facet-' + facet}, el('legend', {}, title));
      const sorted = values; // most programs first: the first few are the likeliest choices
      const many = sorted.length > FEW + 2 && !expanded.has(facet);
      sorted.forEach((v, i) => {
        const id = 'f-' + facet + '-' + i;
        const checked = chosen.has(v.value) || (facet === 'freshness' && chosen.size === 0 && DEFAULT_FRESHNESS.includes(v.value));
        if (many && i >= FEW && !checked) return;
        fieldset.append(el('div', {class: 'option'},
          el('input', {type: 'checkbox', id, name: facet, value: v.value, checked,
            onchange: () => toggle(facet, v.value, checked)}),
          el('label', {for: id}, label(v.value, facet), ' ', el('span', {class: 'count'}, '(' + v.count + ')'))));
      });
      if (many) {
        fieldset.append(el('button', {type: 'button', class: 'link more-values', 'aria-expanded': 'false',
          onclick: () => { expanded.add(facet); showFacets(facets, p); document.getElementById('f-' + facet + '-' + FEW).focus(); }},
        'Show all ' + sorted.length));
      }
      box.append(fieldset);
    }
  }

  function toggle(facet, value, wasChecked) {
    const p = searchParams(params());
    let values = p.getAll(facet).flatMap((v) => v.split(','));
    if (facet === 'freshness' && values.length === 0) values = DEFAULT_FRESHNESS.slice();
    values = wasChecked ? values.filter((v) => v !== value) : values.concat([value]);
    p.delete(facet);
    values.forEach((v) => p.append(facet, v));
    navigate(p);
  }

  function navigate(p) {
    history.pushState(null, '', '?' + p.toString());
    render();
  }

  /* ---- on a phone the filters are a panel: it says whether it is open, and ends with "Show N programs" ---- */

  function filterToggle(p) {
    const open = $('filters-panel').classList.contains('open');
    const n = chosenFilters(p || params());
    $('filters-toggle').setAttribute('aria-expanded', String(open));
    text($('filters-toggle-text'), (open ? 'Hide filters' : 'Show filters') + (n ? ' (' + n + ' chosen)' : ''));
    text($('show-results'), 'Show ' + lastTotal + (lastTotal === 1 ? ' program' : ' programs'));
  }

  function setPanel(open) {
    $('filters-panel').classList.toggle('open', open);
    filterToggle();
  }

  /* ---- a program's page ---- */

  function open(event, id) {
    event.preventDefault();
    const p = params();
    p.set('id', id);
    history.pushState(null, '', '?' + p.toString());
    render();
  }

  async function showDetail(id) {
    $('search-view').hidden = true;
    $('search-top').hidden = true;
    $('detail').hidden = false;
    try {
      const listing = await json('/api/v1/programs/' + encodeURIComponent(id));
      document.title = (listing.name || listing.id) + ' \u00b7 IMH Program Finder';
      text($('detail-name'), listing.name || listing.id);
      text($('detail-provider'), [listing.provider && listing.provider.name, levelBesides(listing)].filter(Boolean).join(' \u00b7 '));
      $('detail-badges').replaceChildren(...freshnessBadges(listing.freshness));
      actions(listing);
      text($('detail-description'), listing.description || '');
      IMH.listing.facts(listing, $('detail-facts'));
      $('detail-sources').replaceChildren(...IMH.listing.sources(listing));
      $('detail-history').replaceChildren(...(listing.history || []).map((h) =>
        el('li', {}, el('time', {datetime: h.at}, date(h.at)), ': ', label(h.kind, 'kind'),
          h.status ? ' (' + label(h.status, 'freshness').toLowerCase() + ')' : '')));
    } catch (error) {
      text($('detail-name'), error.status === 404 ? 'No such program' : 'Could not load the program');
      text($('detail-description'), error.message);
      $('detail-actions').replaceChildren();
    }
    $('detail-name').focus();
  }

  function actions(listing) {
    const contact = listing.contact || {};
    const compareBox = el('input', {type: 'checkbox', id: 'detail-compare', checked: IMH.chosen().includes(listing.id),
      onchange: (e) => choose(e.target, listing.id)});
    $('detail-actions').replaceChildren(...[
      listing.sourceUrl ? outLink(listing.sourceUrl, 'Visit the program\u2019s page') : null,
      contact.url ? outLink(contact.url, 'How to apply: contact the program') : contact.email
        ? el('a', {href: 'mailto:' + contact.email}, 'How to apply: email ' + contact.email) : null,
      el('span', {class: 'choose'}, compareBox, el('label', {for: 'detail-compare'}, 'Compare with others'))].filter(Boolean));
    const visit = $('detail-actions').querySelector('a');
    if (visit) visit.classList.add('button', 'primary');
  }

  /* ---- suggestions: whole names, and choosing one searches it ---- */

  function suggest() {
    clearTimeout(suggestTimer);
    const prefix = $('q').value.trim();
    if (prefix.length < 2) return;
    suggestTimer = setTimeout(async () => {
      try {
        const answer = await json('/api/v1/suggest?prefix=' + encodeURIComponent(prefix));
        $('suggestions').replaceChildren(...answer.suggestions.map((s) => el('option', {value: s})));
      } catch (e) { /* suggestions are optional */ }
    }, 200);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    $('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const p = searchParams(params());
      p.delete('cursor');
      p.set('q', $('q').value.trim());
      navigate(searchParams(p));
    });
    $('sort').addEventListener('change', () => {
      const p = searchParams(params());
      p.set('sort', $('sort').value);
      navigate(p);
    });
    const clear = () => {
      const p = new URLSearchParams();
      if ($('q').value.trim()) p.set('q', $('q').value.trim());
      navigate(p);
    };
    $('clear-filters').addEventListener('click', clear);
    $('empty-clear').addEventListener('click', clear);
    $('more').addEventListener('click', () => runSearch(searchParams(params()), true));
    $('back').addEventListener('click', () => { const p = params(); p.delete('id'); navigate(p); });
    $('q').addEventListener('input', suggest);
    $('filters-toggle').addEventListener('click', () => setPanel(!$('filters-panel').classList.contains('open')));
    $('show-results').addEventListener('click', () => {
      setPanel(false);
      $('filters-toggle').focus();
      $('results-section').scrollIntoView();
    });
    window.addEventListener('popstate', render);
    await IMH.ready();
    render();
  });
})();
