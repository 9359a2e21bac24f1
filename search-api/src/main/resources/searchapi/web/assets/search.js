'use strict';
/* The search page: the URL holds the search (shareable, back button works); results, facets, details. */
(() => {
  const {el, text, label, fragment, freshnessBadges, json} = IMH;
  const FACETS = [['credential', 'Credential'], ['delivery', 'Delivery'], ['region', 'State'],
    ['topic', 'Topic'], ['component', 'Includes'], ['minimumEducation', 'Minimum education'],
    ['freshness', 'Freshness'], ['sourceId', 'Source']];
  const $ = (id) => document.getElementById(id);
  let nextCursor = null;
  let suggestTimer = null;

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

  async function render() {
    const p = params();
    $('q').value = p.get('q') || '';
    $('sort').value = p.get('sort') || 'relevance';
    if (p.get('id')) {
      await showDetail(p.get('id'));
    } else {
      $('detail').hidden = true;
      $('search-view').hidden = false;
      await runSearch(searchParams(p), false);
    }
  }

  // Answers can come back out of order (a search typed while the previous one is on its way):
  // only the latest search's answer is shown.
  let latestSearch = 0;

  async function runSearch(p, append) {
    const mine = ++latestSearch;
    if (!append) {
      text($('summary'), 'Searching…');
    }
    $('results').setAttribute('aria-busy', 'true');
    try {
      const query = new URLSearchParams(p);
      if (append && nextCursor) query.set('cursor', nextCursor);
      const answer = await json('/api/v1/programs?' + query.toString());
      if (mine !== latestSearch) return;
      nextCursor = answer.nextCursor;
      showResults(answer, append);
      if (!append) showFacets(answer.facets, p);
    } catch (error) {
      if (mine !== latestSearch) return;
      text($('summary'), 'The search failed: ' + error.message);
    } finally {
      if (mine === latestSearch) $('results').setAttribute('aria-busy', 'false');
    }
  }

  function showResults(answer, append) {
    const list = $('results');
    if (!append) list.replaceChildren();
    answer.items.forEach((item) => list.append(result(item)));
    const n = answer.total;
    text($('summary'), n === 0 ? 'No programs found.' : n + (n === 1 ? ' program' : ' programs'));
    $('note').hidden = !answer.note;
    text($('note'), answer.note || '');
    const concepts = (answer.interpretation && answer.interpretation.concepts) || [];
    text($('interpretation'), concepts.length === 0 ? ''
      : 'Understood: ' + concepts.map((c) => label(c.value, c.parameter) + ' (“' + c.matched + '”)').join(', '));
    $('more').hidden = !answer.nextCursor;
  }

  function result(item) {
    const h = item.highlights || {};
    const name = h.name ? fragment(h.name[0]) : item.name || item.id;
    const provider = item.provider && item.provider.name;
    const meta = [label(item.credential), label(item.delivery),
      item.location && item.location.region ? label(item.location.region, 'region') : null].filter(Boolean);
    const snippet = h.description ? fragment(h.description.join(' … ')) : (item.description || '').slice(0, 220);
    return el('li', {class: 'result', 'data-id': item.id},
      el('h3', {}, el('a', {href: '?id=' + encodeURIComponent(item.id), onclick: (e) => open(e, item.id)}, name)),
      el('p', {class: 'provider'}, [provider, item.level].filter(Boolean).join(' · ')),
      meta.length ? el('p', {class: 'meta'}, meta.join(' · ')) : null,
      el('p', {class: 'badges'}, freshnessBadges(item.freshness)),
      el('p', {class: 'snippet'}, snippet));
  }

  function showFacets(facets, p) {
    const box = $('facets');
    box.replaceChildren();
    for (const [facet, title] of FACETS) {
      const values = (facets && facets[facet]) || [];
      if (values.length === 0) continue;
      const chosen = new Set(p.getAll(facet).flatMap((v) => v.split(',')));
      const fieldset = el('fieldset', {class: 'facet'}, el('legend', {}, title));
      values.forEach((v, i) => {
        const id = 'f-' + facet + '-' + i;
        const checked = chosen.has(v.value) || (facet === 'freshness' && chosen.size === 0
          && ['FRESH', 'AGING', 'STALE'].includes(v.value));
        fieldset.append(el('div', {class: 'option'},
          el('input', {type: 'checkbox', id, name: facet, value: v.value, checked,
            onchange: () => toggle(facet, v.value, checked)}),
          el('label', {for: id}, label(v.value, facet), ' ', el('span', {class: 'count'}, '(' + v.count + ')'))));
      });
      box.append(fieldset);
    }
  }

  function toggle(facet, value, wasChecked) {
    const p = searchParams(params());
    let values = p.getAll(facet).flatMap((v) => v.split(','));
    if (facet === 'freshness' && values.length === 0) values = ['FRESH', 'AGING', 'STALE'];
    values = wasChecked ? values.filter((v) => v !== value) : values.concat([value]);
    p.delete(facet);
    values.forEach((v) => p.append(facet, v));
    navigate(p);
  }

  function navigate(p) {
    history.pushState(null, '', '?' + p.toString());
    render();
  }

  function open(event, id) {
    event.preventDefault();
    const p = params();
    p.set('id', id);
    history.pushState(null, '', '?' + p.toString());
    render();
  }

  async function showDetail(id) {
    $('search-view').hidden = true;
    $('detail').hidden = false;
    try {
      const listing = await json('/api/v1/programs/' + encodeURIComponent(id));
      text($('detail-name'), listing.name || listing.id);
      text($('detail-provider'), [listing.provider && listing.provider.name, listing.level].filter(Boolean).join(' · '));
      $('detail-badges').replaceChildren(...freshnessBadges(listing.freshness));
      text($('detail-description'), listing.description || '');
      facts(listing);
      provenance(listing.provenance || {});
      $('detail-history').replaceChildren(...(listing.history || []).map((h) =>
        el('li', {}, el('time', {datetime: h.at}, (h.at || '').slice(0, 10)), ' ', label(h.kind), h.status ? ': ' + label(h.status) : '',
          h.action ? ': ' + label(h.action) : '')));
    } catch (error) {
      text($('detail-name'), error.status === 404 ? 'No such program' : 'Could not load the program');
      text($('detail-description'), error.message);
    }
    $('detail-name').focus();
  }

  function facts(l) {
    const rows = [['Credential', label(l.credential)], ['Minimum education', label(l.minimumEducation)],
      ['Training hours', l.trainingHours], ['Reflective supervision hours', l.reflectiveSupervisionHours],
      ['Years of experience', l.yearsExperience], ['Delivery', label(l.delivery)],
      ['Location', l.location ? [l.location.city, label(l.location.region, 'region')].filter(Boolean).join(', ') : null],
      ['Duration', l.duration], ['Cost', l.cost], ['Application deadline', l.applicationDeadline],
      ['Topics', (l.topics || []).map((t) => label(t)).join(', ')], ['Includes', (l.components || []).map((c) => label(c)).join(', ')],
      ['Aligned with', (l.alignsWith || []).join(', ')]];
    const dl = $('detail-facts');
    dl.replaceChildren();
    rows.filter(([, v]) => v !== undefined && v !== null && v !== '').forEach(([k, v]) => dl.append(el('dt', {}, k), el('dd', {}, v)));
    if (l.sourceUrl) {
      dl.append(el('dt', {}, 'Source page'), el('dd', {}, el('a', {href: l.sourceUrl, rel: 'noopener noreferrer'}, l.sourceUrl)));
    }
  }

  function provenance(p) {
    $('detail-provenance').tBodies[0].replaceChildren(...Object.entries(p).map(([field, how]) =>
      el('tr', {}, el('td', {}, field), el('td', {}, label(how.method)), el('td', {}, Math.round((how.confidence || 0) * 100) + '%'))));
  }

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

  document.addEventListener('DOMContentLoaded', () => {
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
    $('clear-filters').addEventListener('click', () => {
      const p = new URLSearchParams();
      if ($('q').value.trim()) p.set('q', $('q').value.trim());
      navigate(p);
    });
    $('more').addEventListener('click', () => runSearch(searchParams(params()), true));
    $('back').addEventListener('click', () => { const p = params(); p.delete('id'); navigate(p); });
    $('q').addEventListener('input', suggest);
    if (window.matchMedia('(max-width: 40rem)').matches) $('filters-box').open = false;
    window.addEventListener('popstate', render);
    render();
  });
})();
