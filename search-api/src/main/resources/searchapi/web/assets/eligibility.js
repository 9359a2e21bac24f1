'use strict';
/* "What can I apply for?": a short form whose answer lists, for each program, each requirement met
   or not yet met (with the numbers) or not stated; the URL holds the question, so it can be shared. */
(() => {
  const {el, text, label, json, outLink, freshnessBadges} = IMH;
  const $ = (id) => document.getElementById(id);
  const FIELDS = ['education', 'yearsExperience', 'trainingHours', 'reflectiveSupervisionHours', 'region', 'credential'];
  const NUMBERS = ['yearsExperience', 'trainingHours', 'reflectiveSupervisionHours'];
  const GROUPS = [
    ['MEETS_ALL', 'You can apply now', 'Every requirement these programs state is met.'],
    ['MISSING', 'What you are missing for the others', 'Nearest first: the fewest requirements to go.'],
    ['NOTHING_STATED', 'Programs that do not state their requirements', 'Read their pages or ask the provider.']];
  const MARK = {MET: '\u2713', NOT_MET: '\u2717', NOT_STATED: '?'};
  const STATUS = {MET: 'met', NOT_MET: 'not yet', NOT_STATED: 'not stated'};

  function fillChoices() {
    $('education').replaceChildren(el('option', {value: ''}, 'Choose\u2026'),
      ...IMH.values('minimumEducation').map(([value, name]) => el('option', {value}, value === 'NONE' ? 'No degree or credential yet' : name)));
    const states = IMH.values('region').sort((a, b) => a[1].localeCompare(b[1]));
    $('region').replaceChildren(el('option', {value: ''}, 'Any state'), ...states.map(([value, name]) => el('option', {value}, name)));
  }

  /** The form from the URL: what was asked is what is shown. */
  function fromUrl() {
    const p = new URLSearchParams(location.search);
    if (!p.has('education')) return false;
    for (const name of FIELDS) {
      // a question asked without a filter asked about every kind of program, every state
      $(name).value = p.get(name) || (NUMBERS.includes(name) ? '0' : '');
    }
    return true;
  }

  /** Checks the form before asking: each problem said next to its field; true when all is well. */
  function valid() {
    let first = null;
    for (const name of FIELDS) {
      const input = $(name);
      const error = $(name + '-error');
      if (!error) continue;
      let problem = '';
      if (name === 'education' && !input.value) problem = 'Choose your highest education (or \u201cNo degree or credential yet\u201d).';
      else if (NUMBERS.includes(name) && !input.checkValidity()) {
        problem = 'Enter a number from ' + input.min + ' to ' + input.max + (input.step === '1' ? ', whole hours.' : '.');
      }
      showError(name, problem);
      if (problem && !first) first = input;
    }
    if (first) first.focus();
    return !first;
  }

  function showError(name, problem) {
    const error = $(name + '-error');
    error.hidden = !problem;
    text(error, problem);
    if (problem) $(name).setAttribute('aria-invalid', 'true');
    else $(name).removeAttribute('aria-invalid');
  }

  function question() {
    const p = new URLSearchParams();
    for (const name of FIELDS) {
      const value = $(name).value.trim();
      if (value !== '' && !(NUMBERS.includes(name) && Number(value) === 0)) p.set(name, value);
    }
    return p;
  }

  async function ask(p) {
    $('answer').hidden = false;
    text($('answer-summary'), 'Checking the programs\u2026');
    $('answer-groups').replaceChildren();
    try {
      const answer = await json('/api/v1/eligibility?' + p.toString());
      show(answer);
    } catch (error) {
      if (error.parameter && $(error.parameter + '-error')) showError(error.parameter, error.message);
      text($('answer-summary'), 'Could not answer: ' + error.message);
    }
    $('answer-heading').focus();
  }

  function show(answer) {
    const c = answer.counts;
    const n = answer.items.length;
    text($('answer-summary'), n === 0 ? 'No program matches these choices: try \u201cAny state\u201d or \u201cEvery kind of program\u201d.'
      : 'You can apply now for ' + c.MEETS_ALL + (c.MEETS_ALL === 1 ? ' program' : ' programs') + '; '
        + c.MISSING + ' more ' + (c.MISSING === 1 ? 'asks' : 'ask') + ' for something you have not done yet'
        + (c.NOTHING_STATED ? '; ' + c.NOTHING_STATED + ' do not state their requirements.' : '.'));
    for (const [outcome, title, hint] of GROUPS) {
      const items = answer.items.filter((i) => i.outcome === outcome);
      if (items.length === 0) continue;
      const id = 'group-' + outcome.toLowerCase();
      $('answer-groups').append(el('section', {class: 'group', 'aria-labelledby': id, 'data-outcome': outcome},
        el('h3', {id}, title + ' (' + items.length + ')'), el('p', {class: 'hint'}, hint),
        el('ol', {class: 'answers'}, items.map(card))));
    }
  }

  function card(item) {
    const p = item.program;
    const where = [p.provider && p.provider.name, p.location && p.location.region ? label(p.location.region, 'region') : null]
      .filter(Boolean).join(' \u00b7 ');
    return el('li', {class: 'answer ' + item.outcome.toLowerCase(), 'data-id': p.id},
      el('h4', {}, el('a', {href: '/?id=' + encodeURIComponent(p.id)}, p.name || p.id)),
      el('p', {class: 'provider'}, where),
      el('p', {class: 'badges'}, freshnessBadges(p.freshness)),
      el('ul', {class: 'requirements'}, item.requirements.map((r) => el('li', {class: 'req ' + r.status.toLowerCase()},
        el('span', {class: 'mark', 'aria-hidden': 'true'}, MARK[r.status]),
        el('span', {class: 'visually-hidden'}, STATUS[r.status] + ': '),
        sentence(r)))),
      el('p', {class: 'result-actions'},
        p.sourceUrl ? outLink(p.sourceUrl, 'Visit the program\u2019s page', el('span', {class: 'visually-hidden'}, ': ' + p.name)) : null,
        el('a', {href: '/?id=' + encodeURIComponent(p.id)}, 'Details and sources',
          el('span', {class: 'visually-hidden'}, ' of ' + p.name))));
  }

  /** The API's sentence, with the education's words for people ("Master's degree", "None required"). */
  function sentence(r) {
    const s = r.summary;
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await IMH.ready();
    fillChoices();
    $('eligibility-form').addEventListener('submit', (e) => {
      e.preventDefault();
      if (!valid()) return;
      const p = question();
      history.pushState(null, '', '?' + p.toString());
      ask(p);
    });
    window.addEventListener('popstate', () => { if (fromUrl()) ask(new URLSearchParams(location.search)); });
    if (fromUrl()) ask(new URLSearchParams(location.search));
  });
})();
