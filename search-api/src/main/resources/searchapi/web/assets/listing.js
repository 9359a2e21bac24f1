'use strict';
/* A listing's facts as people read them, each with where it came from in words ("30 hours, from
   the IMHM Requirements PDF, checked 5 Dec 2026"): shared by a program's page and the comparison. */
IMH.listing = (() => {
  const {el, label, fieldLabel, outLink, date, deadline} = IMH;
  /** The requirements every applicant asks about: always shown, "Not stated" when the page does not say. */
  const REQUIREMENTS = ['minimumEducation', 'yearsExperience', 'trainingHours', 'reflectiveSupervisionHours'];
  const NOT_STATED = 'Not stated on its page';

  function plural(n, unit) {
    return n + ' ' + (n === 1 ? unit.replace(/s$/, '') : unit);
  }

  function amount(value, unit) {
    if (value === undefined || value === null) return NOT_STATED;
    return Number(value) === 0 ? 'None required' : plural(value, unit);
  }

  /** The facts of a listing in the order people read them: [field, label, value (text or node)], empty ones left out but the requirements. */
  function rows(l) {
    const where = l.location ? [l.location.city, l.location.region ? label(l.location.region, 'region') : null]
      .filter(Boolean).join(', ') : null;
    const all = [
      ['credential', label(l.credential, 'credential')],
      ['level', l.level],
      ['track', label(l.track, 'track')],
      ['minimumEducation', l.minimumEducation ? label(l.minimumEducation, 'minimumEducation') : NOT_STATED],
      ['yearsExperience', amount(l.yearsExperience, 'years')],
      ['trainingHours', amount(l.trainingHours, 'hours')],
      ['reflectiveSupervisionHours', amount(l.reflectiveSupervisionHours, 'hours')],
      ['delivery', label(l.delivery, 'delivery')],
      ['location', where],
      ['duration', l.duration],
      ['cost', l.cost],
      ['applicationDeadline', deadline(l.applicationDeadline)],
      ['topics', (l.topics || []).map((t) => label(t, 'topic')).join(', ')],
      ['components', (l.components || []).map((c) => label(c, 'component')).join(', ')],
      ['alignsWith', (l.alignsWith || []).join(', ')],
      ['audience', (l.audience || []).join(', ')],
      ['contact', contact(l.contact)]];
    return all.filter(([name, value]) => REQUIREMENTS.includes(name) || (value !== undefined && value !== null && value !== ''))
      .map(([name, value]) => [name, fieldLabel(name), value]);
  }

  function contact(c) {
    if (!c || !(c.email || c.phone || c.url)) return null;
    const parts = [];
    if (c.email) parts.push(el('a', {href: 'mailto:' + c.email}, c.email));
    if (c.phone) parts.push(el('a', {href: 'tel:' + c.phone.replace(/[^0-9+]/g, '')}, c.phone));
    if (c.url) parts.push(outLink(c.url, 'contact page'));
    const span = el('span', {});
    parts.forEach((p, i) => span.append(i ? ' \u00b7 ' : '', p));
    return span;
  }

  /** The provenance entry of a field: its own, or that of its first member that has one (location.region). */
  function provenanceOf(l, name) {
    const p = l.provenance || {};
    if (p[name]) return p[name];
    const member = Object.keys(p).find((k) => k.startsWith(name + '.'));
    return member ? p[member] : null;
  }

  /** "the IMHM Requirements PDF", from the document's file name. */
  function documentName(url) {
    let file = '';
    try { file = decodeURIComponent(new URL(url).pathname.split('/').pop()); } catch (e) { file = ''; }
    const words = file.replace(/\.pdf$/i, '').replace(/[-_]+/g, ' ').trim();
    return words ? 'the ' + words + ' PDF' : 'the requirements PDF';
  }

  /** Where a value came from, in words, with links: "from the program page, checked 5 Dec 2026". */
  function source(l, name) {
    const how = provenanceOf(l, name);
    if (!how) return null;
    const checked = l.freshness && l.freshness.lastSeenAt ? ', checked ' + date(l.freshness.lastSeenAt) : '';
    const doubt = typeof how.confidence === 'number' && how.confidence < 0.6 ? ' (read with less certainty: check it)' : '';
    const span = el('span', {class: 'source'});
    // a value read on another page than the program's own names that page or PDF (provenance.url)
    const elsewhere = how.url && how.url !== l.sourceUrl ? how.url : null;
    switch (how.method) {
      case 'PDF': {
        const docs = elsewhere ? [elsewhere] : (l.documents || []);
        span.append('from ');
        if (docs.length === 0) span.append('a requirements PDF');
        docs.forEach((d, i) => span.append(i ? ' or ' : '', outLink(d, documentName(d))));
        break;
      }
      case 'CURATOR':
        span.append('set by a curator who checked it with the provider');
        return span;
      case 'SOURCE':
        span.append('from the directory\u2019s record of ', l.provider && l.provider.name ? l.provider.name : 'the provider');
        return span;
      case 'JSON_LD':
      case 'MICRODATA':
        span.append('from ', l.sourceUrl ? outLink(l.sourceUrl, 'the program page') : 'the program page', '\u2019s structured data');
        break;
      default:
        if (elsewhere && /\.pdf($|[?#])/i.test(elsewhere)) span.append('from ', outLink(elsewhere, documentName(elsewhere)));
        else if (elsewhere) span.append('from ', outLink(elsewhere, 'its summary on ' + host(elsewhere)));
        else span.append('from ', l.sourceUrl ? outLink(l.sourceUrl, 'the program page') : 'the program page');
    }
    span.append(checked + doubt);
    return span;
  }

  /** A definition list of the listing's facts, each value with its source in words. */
  function facts(l, dl) {
    dl.replaceChildren();
    for (const [name, title, value] of rows(l)) {
      const from = value === NOT_STATED ? null : source(l, name);
      dl.append(el('dt', {}, title), el('dd', {'data-field': name}, el('span', {class: 'value' + (value === NOT_STATED ? ' unknown' : '')}, value),
        from ? ' \u2014 ' : null, from));
    }
  }

  /** Links to the program's own pages: the page itself, its requirement documents. */
  function sources(l) {
    const out = [];
    if (l.sourceUrl) out.push(el('li', {}, outLink(l.sourceUrl, 'The program\u2019s page'), ' on ' + host(l.sourceUrl)));
    (l.documents || []).forEach((d) => out.push(el('li', {}, outLink(d, documentName(d).replace(/^the /, 'The ')))));
    // the program's other pages (hubs, directories) that describe it too: where else to check it
    (l.alsoDescribedOn || []).forEach((u) => out.push(el('li', {}, 'Also described on ', outLink(u, host(u)))));
    return out;
  }

  function host(url) {
    try { return new URL(url).host; } catch (e) { return url; }
  }

  return {rows, facts, source, sources, documentName, NOT_STATED, REQUIREMENTS};
})();
