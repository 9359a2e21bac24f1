'use strict';
/* The curators' page: the queue (most urgent first) and a decision per listing. A decision takes the
   listing out of the queue at once and is sent UNDO_SECONDS later, so Undo can keep it from being sent.
   The token stays in this tab. */
(() => {
  const {el, text, label, freshnessBadges, json, outLink, date} = IMH;
  const $ = (id) => document.getElementById(id);
  const KEY = 'imh.curatorToken';
  const UNDO_SECONDS = 5;
  const DONE = {CONFIRM: 'Confirmed', RETIRE: 'Retired', SNOOZE: 'Snoozed', OVERRIDE: 'Corrected'};
  let nextCursor = null;
  let total = 0;

  function token() {
    return sessionStorage.getItem(KEY);
  }

  function api(path, options) {
    const headers = Object.assign({Authorization: 'Bearer ' + token()}, (options && options.headers) || {});
    return json(path, Object.assign({}, options, {headers}));
  }

  async function load(append) {
    if (!token()) return;
    text($('queue-status'), 'Loading the queue\u2026');
    try {
      const path = '/api/v1/review/queue' + (append && nextCursor ? '?cursor=' + encodeURIComponent(nextCursor) : '');
      const page = await api(path);
      $('token-form').hidden = true;
      $('queue-tools').hidden = false;
      if (!append) $('queue').replaceChildren();
      page.items.forEach((item) => $('queue').append(entry(item)));
      nextCursor = page.nextCursor;
      $('more').hidden = !nextCursor;
      total = page.total;
      status();
    } catch (error) {
      if (error.status === 401 || error.status === 403) {
        sessionStorage.removeItem(KEY);
        $('token-form').hidden = false;
        $('queue-tools').hidden = true;
      }
      text($('queue-status'), 'Could not load the queue: ' + error.message);
    }
  }

  function status() {
    text($('queue-status'), total <= 0 ? 'Nothing to review.' : total + (total === 1 ? ' listing to review' : ' listings to review'));
  }

  /* ---- a value as people read it: labels for codes, dates, lists and places ---- */

  function shown(fieldName, value) {
    if (value === undefined) return 'not kept';
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return 'not stated';
    const f = IMH.field(fieldName) || {};
    if (Array.isArray(value)) return value.map((v) => f.values ? label(v, f.values) : v).join(', ');
    if (f.type === 'enum') return label(value, f.values);
    if (f.type === 'date') return date(value);
    if (typeof value === 'object') {
      return (f.members || []).filter((m) => value[m.name] !== undefined && value[m.name] !== null)
        .map((m) => m.type === 'enum' ? label(value[m.name], m.values) : String(value[m.name])).join(', ') || 'not stated';
    }
    return String(value);
  }

  function changes(item) {
    const fields = item.changedFields || [];
    if (fields.length === 0) return null;
    const all = item.changes || {};
    return el('div', {class: 'changes'}, el('h3', {}, 'What changed on its page'),
      el('ul', {}, fields.map((f) => {
        const change = all[f] || {};
        return el('li', {'data-field': f}, el('span', {class: 'field'}, IMH.fieldLabel(f) + ': '),
          el('del', {}, shown(f, change.from)), ' \u2192 ', el('ins', {}, shown(f, 'to' in change ? change.to : item[f])));
      })));
  }

  /** Where another page as trusted as the program's own states another value: the curator decides which is right. */
  function conflicts(item) {
    const all = item.conflicts || [];
    if (all.length === 0) return null;
    return el('div', {class: 'conflicts'}, el('h3', {}, 'Where its pages disagree'),
      el('ul', {}, all.map((c) => el('li', {'data-field': c.field}, el('span', {class: 'field'}, IMH.fieldLabel(c.field) + ': '),
        'its own page says ' + shown(c.field, item[c.field]) + '; ', outLink(c.url, host(c.url)),
        ' says ' + shown(c.field, conflictValue(c.value))))));
  }

  /** A conflict's value is text, or JSON text for a list or an object. */
  function conflictValue(value) {
    if (typeof value !== 'string' || !/^[[{]/.test(value)) return value;
    try { return JSON.parse(value); } catch (e) { return value; }
  }

  function host(url) {
    try { return new URL(url).host; } catch (e) { return url; }
  }

  function entry(item) {
    const f = item.freshness || {};
    const id = item.id;
    const reasons = f.reasons || [];
    const li = el('li', {class: 'queue-item', 'data-id': id},
      el('h2', {id: 'name-' + id}, el('a', {href: '/?id=' + encodeURIComponent(id)}, item.name || id)),
      el('p', {class: 'provider'}, [item.provider && item.provider.name, item.level].filter(Boolean).join(' \u00b7 '),
        item.sourceUrl ? [item.provider || item.level ? ' \u00b7 ' : null, outLink(item.sourceUrl, 'open its page')] : null),
      el('p', {class: 'badges'}, freshnessBadges(f), reasons.map((r) => el('span', {class: 'badge reason'}, label(r, 'reason')))),
      reasons.includes('DEADLINE_PASSED') && item.applicationDeadline
        ? el('p', {class: 'deadline'}, 'The application deadline, ' + date(item.applicationDeadline) + ', has passed: is there a new one?') : null,
      changes(item),
      conflicts(item),
      (item.previousUrls || []).length ? el('p', {}, 'Moved from: ', item.previousUrls.map((u, i) => [i ? ', ' : '', outLink(u, u)])) : null,
      (item.recentHistory || []).length ? el('h3', {class: 'small'}, 'Recent history') : null,
      (item.recentHistory || []).length ? el('ul', {class: 'history'}, item.recentHistory.map((h) =>
        el('li', {}, el('time', {datetime: h.at}, date(h.at)), ': ' + (h.kind === 'DECISION' ? label(h.action, 'action')
          + (h.by ? ' by ' + h.by : '') + (h.note ? ' (\u201c' + h.note + '\u201d)' : '')
          : label(h.kind, 'kind') + (h.status ? ' (' + label(h.status, 'freshness').toLowerCase() + ')' : ''))))) : null,
      decision(item));
    return li;
  }

  /* ---- the decision: confirm, retire, snooze until a date, or correct one field with a typed input ---- */

  function decision(item) {
    const id = item.id;
    const note = el('textarea', {id: 'note-' + id, name: 'note', rows: 2, maxlength: 2000, 'aria-describedby': 'note-hint-' + id});
    const until = el('input', {id: 'until-' + id, type: 'date', name: 'until', min: isoDay(1), max: isoDay(365 * 2)});
    const outcome = el('p', {class: 'outcome', role: 'status', 'aria-live': 'polite'});
    const li = () => document.querySelector('.queue-item[data-id="' + CSS.escape(id) + '"]');
    return el('div', {class: 'decision'},
      el('label', {for: 'note-' + id}, 'Note'), note,
      el('p', {class: 'hint', id: 'note-hint-' + id}, 'Why you decided: kept in the listing\u2019s history. A correction needs one.'),
      el('div', {class: 'actions'},
        el('button', {type: 'button', 'data-action': 'CONFIRM', onclick: () => decide(li(), {action: 'CONFIRM'})}, 'Confirm',
          el('span', {class: 'visually-hidden'}, ' ' + (item.name || id))),
        el('button', {type: 'button', 'data-action': 'RETIRE', class: 'danger', onclick: () => decide(li(), {action: 'RETIRE'})}, 'Retire',
          el('span', {class: 'visually-hidden'}, ' ' + (item.name || id)))),
      el('details', {class: 'snooze'}, el('summary', {}, 'Snooze until a date'),
        el('label', {for: 'until-' + id}, 'Hide its flags until'), until,
        el('button', {type: 'button', 'data-action': 'SNOOZE', onclick: () => {
          if (!until.value || !until.checkValidity()) {
            text(outcome, 'Choose a date from tomorrow to two years ahead.');
            until.focus();
            return;
          }
          decide(li(), {action: 'SNOOZE', until: until.value});
        }}, 'Snooze')),
      correction(item, outcome, li),
      outcome);
  }

  function isoDay(days) {
    const d = new Date(Date.now() + days * 86400000);
    return d.toISOString().slice(0, 10);
  }

  function correction(item, outcome, li) {
    const id = item.id;
    const fields = IMH.overridableFields();
    const changed = item.changedFields || [];
    const ordered = fields.filter((f) => changed.includes(f.name)).concat(fields.filter((f) => !changed.includes(f.name)));
    const select = el('select', {id: 'field-' + id, name: 'field'},
      ordered.map((f) => el('option', {value: f.name}, f.label + (changed.includes(f.name) ? ' (changed)' : ''))));
    const holder = el('div', {class: 'typed'});
    const draw = () => {
      const f = IMH.field(select.value);
      holder.replaceChildren(input(f, item[f.name], 'value-' + id + '-' + f.name, 'New ' + f.label.toLowerCase()));
    };
    select.addEventListener('change', draw);
    const box = el('details', {class: 'override'}, el('summary', {}, 'Correct a field'),
      el('label', {for: 'field-' + id}, 'Field to correct'), select, holder,
      el('p', {class: 'hint'}, 'Leave the value empty to say the program does not state it. A correction stays through later crawls.'),
      el('button', {type: 'button', 'data-action': 'OVERRIDE', onclick: () => {
        const f = IMH.field(select.value);
        const read = readValue(f, holder);
        const note = li().querySelector('textarea');
        if (read.problem) {
          text(outcome, read.problem);
          read.input.focus();
          return;
        }
        text(outcome, '');
        if (!note.value.trim()) {
          text(outcome, 'Say in the note why you correct it (who you checked with, where).');
          note.focus();
          return;
        }
        decide(li(), {action: 'OVERRIDE', fields: {[f.name]: read.value}});
      }}, 'Save the correction'));
    if (ordered.length) {
      select.value = ordered[0].name;
      draw();
    }
    return box;
  }

  /** A typed input for a catalogue field: a select for an enum, a number or a date input, checkboxes, or members. */
  function input(f, current, id, title) {
    const wrap = el('div', {class: 'typed-field', 'data-type': f.type});
    switch (f.type) {
      case 'enum': {
        wrap.append(el('label', {for: id}, title), el('select', {id, 'data-name': f.name},
          el('option', {value: ''}, 'Not stated'),
          IMH.values(f.values).map(([v, l]) => el('option', {value: v, selected: v === current}, l))));
        break;
      }
      case 'integer':
      case 'number':
        wrap.append(el('label', {for: id}, title + (f.maximum !== undefined ? ' (' + f.minimum + ' to ' + f.maximum + ')' : '')),
          el('input', {id, type: 'number', 'data-name': f.name, min: f.minimum, max: f.maximum,
            step: f.type === 'integer' ? '1' : 'any', value: current === undefined || current === null ? '' : String(current)}));
        break;
      case 'date':
        wrap.append(el('label', {for: id}, title), el('input', {id, type: 'date', 'data-name': f.name, min: f.minimum,
          max: f.maximum, value: current || ''}));
        break;
      case 'enumList': {
        const set = new Set(current || []);
        wrap.append(el('fieldset', {}, el('legend', {}, title),
          IMH.values(f.values).map(([v, l], i) => el('div', {class: 'option'},
            el('input', {type: 'checkbox', id: id + '-' + i, value: v, checked: set.has(v)}),
            el('label', {for: id + '-' + i}, l)))));
        break;
      }
      case 'textList':
        wrap.append(el('label', {for: id}, title + ' (one per line)'),
          el('textarea', {id, rows: 3}, (current || []).join('\n')));
        break;
      case 'object':
        wrap.append(el('fieldset', {}, el('legend', {}, title),
          (f.members || []).map((m) => input(m, current ? current[m.name] : null, id + '-' + m.name, m.label))));
        break;
      default:
        wrap.append(el('label', {for: id}, title), f.name === 'description'
          ? el('textarea', {id, rows: 4}, current || '')
          : el('input', {id, type: 'text', value: current || '', maxlength: 2000}));
    }
    return wrap;
  }

  /** The value the inputs hold, in the listing's JSON types, or the problem with it. */
  function readValue(f, holder) {
    const wrap = holder.querySelector('.typed-field');
    return read(f, wrap);
  }

  function read(f, wrap) {
    const control = wrap.querySelector(':scope > select, :scope > input, :scope > textarea');
    switch (f.type) {
      case 'enum':
        return {value: control.value || null};
      case 'integer':
      case 'number': {
        if (control.value === '') return {value: null};
        if (!control.checkValidity()) {
          return {problem: f.label + ' must be ' + (f.type === 'integer' ? 'a whole number' : 'a number') + ' from ' + f.minimum
            + ' to ' + f.maximum + '.', input: control};
        }
        return {value: Number(control.value)};
      }
      case 'date':
        if (control.value === '') return {value: null};
        if (!control.checkValidity()) return {problem: f.label + ' must be a date from ' + date(f.minimum) + ' to ' + date(f.maximum) + '.', input: control};
        return {value: control.value};
      case 'enumList':
        return {value: [...wrap.querySelectorAll('input[type=checkbox]:checked')].map((c) => c.value)};
      case 'textList':
        return {value: control.value.split('\n').map((s) => s.trim()).filter(Boolean)};
      case 'object': {
        const value = {};
        for (const [i, m] of (f.members || []).entries()) {
          const r = read(m, wrap.querySelectorAll(':scope > fieldset > .typed-field')[i]);
          if (r.problem) return r;
          value[m.name] = r.value;
        }
        return {value: Object.values(value).every((v) => v === null) ? null : value};
      }
      default:
        return {value: control.value.trim() || null};
    }
  }

  /* ---- a decision leaves the queue at once; Undo until it is sent ---- */

  function decide(li, decisionBody) {
    const id = li.getAttribute('data-id');
    const name = li.querySelector('h2').textContent;
    const note = li.querySelector('textarea').value.trim();
    if (note) decisionBody.note = note;
    const place = li.nextSibling;
    li.remove();
    total -= 1;
    status();
    let timer = null;
    const undo = el('button', {type: 'button', class: 'link', onclick: () => {
      clearTimeout(timer);
      notice.remove();
      $('queue').insertBefore(li, place && place.parentNode === $('queue') ? place : null);
      total += 1;
      status();
      li.querySelector('button[data-action]').focus();
    }}, 'Undo', el('span', {class: 'visually-hidden'}, ' ' + DONE[decisionBody.action].toLowerCase() + ' ' + name));
    const words = el('span', {}, DONE[decisionBody.action] + ': \u201c' + name + '\u201d. Sending in ' + UNDO_SECONDS + ' seconds. ');
    const notice = el('p', {class: 'notice', 'data-id': id}, words, undo);
    $('decided').prepend(notice);
    undo.focus();
    timer = setTimeout(() => send(id, name, decisionBody, notice, li, place), UNDO_SECONDS * 1000);
  }

  async function send(id, name, decisionBody, notice, li, place) {
    notice.replaceChildren(el('span', {}, 'Sending: ' + DONE[decisionBody.action].toLowerCase() + ' \u201c' + name + '\u201d\u2026'));
    try {
      const recorded = await api('/api/v1/review/' + encodeURIComponent(id) + '/decision', {
        method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(decisionBody)});
      notice.replaceChildren(el('span', {class: 'recorded'}, 'Recorded: ' + label(recorded.action, 'action').toLowerCase()
        + ' \u201c' + name + '\u201d. It is applied within seconds.'));
      setTimeout(() => notice.remove(), 15000);
    } catch (error) {
      notice.remove();
      $('queue').insertBefore(li, place && place.parentNode === $('queue') ? place : $('queue').firstChild);
      total += 1;
      status();
      text(li.querySelector('.outcome'), 'Not recorded: ' + error.message);
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
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
    await IMH.ready();
    load(false);
  });
})();
