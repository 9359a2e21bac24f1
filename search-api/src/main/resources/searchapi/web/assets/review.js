'use strict';
/* The curators' page: the queue (most urgent first) and a decision per listing. The token stays in this tab. */
(() => {
  const {el, text, label, freshnessBadges, json} = IMH;
  const $ = (id) => document.getElementById(id);
  const KEY = 'imh.curatorToken';
  let nextCursor = null;

  function token() {
    return sessionStorage.getItem(KEY);
  }

  function api(path, options) {
    const headers = Object.assign({Authorization: 'Bearer ' + token()}, (options && options.headers) || {});
    return json(path, Object.assign({}, options, {headers}));
  }

  async function load(append) {
    if (!token()) return;
    text($('queue-status'), 'Loading the queue…');
    try {
      const path = '/api/v1/review/queue' + (append && nextCursor ? '?cursor=' + encodeURIComponent(nextCursor) : '');
      const page = await api(path);
      $('token-form').hidden = true;
      $('queue-tools').hidden = false;
      if (!append) $('queue').replaceChildren();
      page.items.forEach((item) => $('queue').append(entry(item)));
      nextCursor = page.nextCursor;
      $('more').hidden = !nextCursor;
      text($('queue-status'), page.total === 0 ? 'Nothing to review.'
        : page.total + (page.total === 1 ? ' listing to review' : ' listings to review'));
    } catch (error) {
      if (error.status === 401 || error.status === 403) {
        sessionStorage.removeItem(KEY);
        $('token-form').hidden = false;
        $('queue-tools').hidden = true;
      }
      text($('queue-status'), 'Could not load the queue: ' + error.message);
    }
  }

  function entry(item) {
    const f = item.freshness || {};
    const id = item.id;
    const note = el('textarea', {id: 'note-' + id, name: 'note', rows: 2, maxlength: 2000});
    const until = el('input', {id: 'until-' + id, type: 'date', name: 'until'});
    const field = el('input', {id: 'field-' + id, name: 'field', placeholder: 'e.g. trainingHours'});
    const value = el('input', {id: 'value-' + id, name: 'value', placeholder: 'e.g. 33'});
    const outcome = el('p', {class: 'outcome', role: 'status', 'aria-live': 'polite'});
    const li = el('li', {class: 'queue-item', 'data-id': id},
      el('h2', {}, el('a', {href: '/?id=' + encodeURIComponent(id)}, item.name || id)),
      el('p', {class: 'provider'}, [item.provider && item.provider.name, item.sourceUrl].filter(Boolean).join(' · ')),
      el('p', {class: 'badges'}, freshnessBadges(f), (f.reasons || []).map((r) => el('span', {class: 'badge reason'}, label(r)))),
      (item.changedFields || []).length ? el('p', {}, 'Changed: ' + item.changedFields.join(', ')) : null,
      (item.previousUrls || []).length ? el('p', {}, 'Moved from: ' + item.previousUrls.join(', ')) : null,
      (item.recentHistory || []).length ? el('ul', {class: 'history'}, item.recentHistory.map((h) =>
        el('li', {}, (h.at || '').slice(0, 10) + ' ' + label(h.kind) + (h.status ? ': ' + label(h.status) : '')
          + (h.action ? ': ' + label(h.action) : '')))) : null,
      el('div', {class: 'decision'},
        el('label', {for: 'note-' + id}, 'Note'), note,
        el('div', {class: 'actions'},
          el('button', {type: 'button', 'data-action': 'CONFIRM', onclick: () => decide(li, {action: 'CONFIRM'})}, 'Confirm'),
          el('button', {type: 'button', 'data-action': 'RETIRE', class: 'danger', onclick: () => decide(li, {action: 'RETIRE'})}, 'Retire')),
        el('details', {}, el('summary', {}, 'Snooze or override'),
          el('label', {for: 'until-' + id}, 'Snooze until'), until,
          el('button', {type: 'button', 'data-action': 'SNOOZE', onclick: () => decide(li, {action: 'SNOOZE', until: until.value})}, 'Snooze'),
          el('label', {for: 'field-' + id}, 'Field to override'), field,
          el('label', {for: 'value-' + id}, 'New value (text, number, or JSON)'), value,
          el('button', {type: 'button', 'data-action': 'OVERRIDE', onclick: () => decide(li, {action: 'OVERRIDE',
            fields: {[field.value.trim()]: parseValue(value.value)}})}, 'Override')),
        outcome));
    return li;
  }

  function parseValue(text) {
    try { return JSON.parse(text); } catch (e) { return text; }
  }

  async function decide(li, decision) {
    const id = li.getAttribute('data-id');
    const note = li.querySelector('textarea').value.trim();
    if (note) decision.note = note;
    const outcome = li.querySelector('.outcome');
    try {
      const recorded = await api('/api/v1/review/' + encodeURIComponent(id) + '/decision', {
        method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(decision)});
      text(outcome, 'Recorded: ' + label(recorded.action) + '. The listing leaves the queue once the decision is applied.');
      li.classList.add('decided');
      li.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    } catch (error) {
      text(outcome, 'Not recorded: ' + error.message);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('token-form').addEventListener('submit', (e) => {
      e.preventDefault();
      sessionStorage.setItem(KEY, $('token').value.trim());
      $('token').value = '';
      load(false);
    });
    $('refresh').addEventListener('click', () => load(false));
    $('more').addEventListener('click', () => load(true));
    $('forget').addEventListener('click', () => {
      sessionStorage.removeItem(KEY);
      $('queue').replaceChildren();
      $('queue-tools').hidden = true;
      $('token-form').hidden = false;
      text($('queue-status'), 'Token forgotten.');
    });
    load(false);
  });
})();
