'use strict';
/* Every state and DC with what the directory holds there: Endorsement levels, certificates, trainings, how current. */
(() => {
  const {el, text, date} = IMH;
  const $ = (id) => document.getElementById(id);
  const CERTIFICATES = ['GRADUATE_CERTIFICATE', 'POST_GRADUATE_CERTIFICATE', 'CERTIFICATE'];
  const TRAININGS = ['COURSE', 'FELLOWSHIP', 'DEGREE', 'OTHER'];

  function sum(counts, keys) {
    return keys.reduce((n, k) => n + (counts[k] || 0), 0);
  }

  function count(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  function link(region, extra, words) {
    const p = new URLSearchParams({region: region.code});
    Object.entries(extra).forEach(([k, v]) => p.set(k, v));
    return el('a', {href: '/?' + p.toString()}, words);
  }

  function current(region) {
    const f = region.freshness || {};
    const doubtful = (f.AGING || 0) + (f.STALE || 0);
    if (!region.lastCheckedAt) return null;
    return (doubtful ? count(doubtful, 'listing', 'listings') + ' may be out of date; ' : 'all checked recently; ')
      + 'last read ' + date(region.lastCheckedAt);
  }

  function item(region) {
    const c = region.credentials;
    const endorsements = c.ENDORSEMENT || 0;
    const certificates = sum(c, CERTIFICATES);
    const trainings = sum(c, TRAININGS);
    const headingId = 'state-' + region.code;
    if (region.programs === 0) {
      return el('li', {class: 'state none', 'data-region': region.code},
        el('h2', {id: headingId}, region.name), el('p', {class: 'hint'}, 'Nothing listed yet.'));
    }
    return el('li', {class: 'state', 'data-region': region.code},
      el('h2', {id: headingId}, link(region, {}, region.name), ' ', el('span', {class: 'count'}, '(' + count(region.programs, 'program', 'programs') + ')')),
      endorsements ? el('p', {}, link(region, {credential: 'ENDORSEMENT'}, 'IMH Endorsement: ' + count(endorsements, 'level', 'levels')),
        region.endorsementLevels.length ? ': ' + region.endorsementLevels.join('; ') : '') : null,
      certificates ? el('p', {}, link(region, {credential: CERTIFICATES.join(',')}, count(certificates, 'certificate', 'certificates'))) : null,
      trainings ? el('p', {}, link(region, {credential: TRAININGS.join(',')},
        count(trainings, 'training or other program', 'trainings and other programs'))) : null,
      current(region) ? el('p', {class: 'hint'}, current(region)) : null);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await IMH.ready();
    text($('states-status'), 'Loading\u2026');
    try {
      const answer = await IMH.json('/api/v1/regions');
      $('states').replaceChildren(...answer.regions.map(item));
      const held = answer.regions.filter((r) => r.programs > 0).length;
      text($('states-status'), held + ' of ' + answer.regions.length + ' states and districts have programs listed.');
      if (answer.online) {
        $('states-online').replaceChildren(el('a', {href: '/?delivery=ONLINE'},
          count(answer.online, 'program is', 'programs are') + ' online'), ', open wherever you live.');
      }
    } catch (error) {
      text($('states-status'), 'Could not load the states: ' + error.message);
    }
  });
})();
