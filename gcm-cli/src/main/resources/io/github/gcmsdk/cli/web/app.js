// The page of `gcm serve`. Plain JavaScript, no library, no build step.
// Partner data (file names, file text, messages that quote it) reaches the page only through
// textContent and text nodes: never parsed as markup, never put in an attribute that runs code.
'use strict';

(function () {
  const TOKEN_KEY = 'gcm-serve-token';
  // Bidirectional controls would reorder what follows them on screen (a "Trojan Source"):
  // the source view shows them as visible escapes, as gcm does in its messages.
  const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
  const CONTEXT_LINES = 4;
  const LONG_LINE = 160;

  const state = {
    token: null,
    strings: {},
    files: [], // {name, bytes: ArrayBuffer, text: string, section: Element}
  };

  // --- small helpers ---------------------------------------------------------------------------

  /** The interface sentence for key, with {0}, {1}... replaced by the arguments. */
  function t(key) {
    let text = Object.prototype.hasOwnProperty.call(state.strings, key) ? state.strings[key] : key;
    for (let i = 1; i < arguments.length; i++) {
      text = text.split('{' + (i - 1) + '}').join(String(arguments[i]));
    }
    return text;
  }

  /** A new element; children are nodes or strings (which become text nodes). */
  function el(tag, attributes, children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === 'text') {
        element.textContent = value;
      } else {
        element.setAttribute(name, value);
      }
    }
    for (const child of children || []) {
      element.append(child);
    }
    return element;
  }

  function visible(text) {
    return text.replace(BIDI_CONTROLS, function (c) {
      return '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    });
  }

  function baseName(name) {
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  function download(name, type, data) {
    const url = URL.createObjectURL(new Blob([data], {type: type}));
    const a = el('a', {href: url, download: name});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function base64Bytes(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  // --- token and interface language ------------------------------------------------------------

  function readToken() {
    const match = /(?:^#|&)token=([0-9a-f]+)/.exec(location.hash);
    if (match) {
      sessionStorage.setItem(TOKEN_KEY, match[1]);
      // out of the address bar, the history and any copy of the address
      history.replaceState(null, '', location.pathname);
    }
    state.token = sessionStorage.getItem(TOKEN_KEY);
    document.getElementById('token-missing').hidden = state.token !== null;
  }

  async function loadStrings(lang) {
    const response = await fetch('i18n.json?lang=' + encodeURIComponent(lang));
    state.strings = await response.json();
    document.documentElement.lang = lang;
    for (const element of document.querySelectorAll('[data-i18n]')) {
      element.textContent = t(element.getAttribute('data-i18n'));
    }
  }

  function settings() {
    return {
      lang: document.getElementById('lang').value,
      profile: document.getElementById('profile').value,
    };
  }

  // --- checking --------------------------------------------------------------------------------

  async function addFiles(fileList) {
    for (const file of Array.from(fileList)) {
      const bytes = await file.arrayBuffer();
      const entry = {
        name: file.name,
        bytes: bytes,
        text: new TextDecoder('utf-8').decode(bytes), // drops a byte order mark, as gcm-io does
        section: el('section', {'class': 'file', 'aria-label': file.name}),
      };
      state.files.push(entry);
      document.getElementById('results').append(entry.section);
      await check(entry);
    }
  }

  async function check(entry) {
    const status = document.getElementById('status');
    status.textContent = t('checking', entry.name);
    const s = settings();
    const query = 'name=' + encodeURIComponent(entry.name) + '&profile='
        + encodeURIComponent(s.profile) + '&lang=' + encodeURIComponent(s.lang);
    let answer;
    try {
      const response = await fetch('api/check?' + query, {
        method: 'POST',
        headers: {'X-GCM-Token': state.token || '', 'Content-Type': 'application/octet-stream'},
        body: entry.bytes,
      });
      if (!response.ok) {
        throw new Error(response.status + ' ' + (await response.text()).trim());
      }
      answer = await response.json();
    } catch (e) {
      entry.section.replaceChildren(el('h2', {}, [el('bdi', {text: entry.name})]),
          el('p', {'class': 'failed', text: t('failed', entry.name, e.message)}));
      status.textContent = t('failed', entry.name, e.message);
      return;
    }
    render(entry, answer);
    status.textContent = '';
  }

  // --- the report of one file ------------------------------------------------------------------

  function render(entry, answer) {
    const report = JSON.parse(answer.report);
    const problems = report.files[0].problems;
    const section = entry.section;
    const id = 'f' + state.files.indexOf(entry);
    section.id = id;
    section.replaceChildren();
    section.append(el('h2', {}, [
      el('bdi', {text: entry.name}), ' ',
      el('span', {'class': answer.valid ? 'badge valid' : 'badge invalid',
        text: answer.valid ? t('valid') : t('invalid')}),
    ]));
    section.append(el('p', {'class': 'counts'}, [
      el('span', {'class': 'count error', text: t('errors') + ': ' + answer.errors}), ' · ',
      el('span', {'class': 'count warning', text: t('warnings') + ': ' + answer.warnings}),
      ' · ', el('span', {'class': 'count info', text: t('infos') + ': ' + answer.infos}), ' · ',
      el('span', {text: t('documents') + ': ' + answer.documents}),
    ]));
    section.append(problemTable(entry, problems, id));
    section.append(coverage(JSON.parse(answer.coverage), answer, id));
    section.append(downloads(entry, answer));
  }

  function problemTable(entry, problems, id) {
    const box = el('div', {'class': 'problems'});
    box.append(el('h3', {text: t('problems')}));
    if (problems.length === 0) {
      box.append(el('p', {'class': 'none', text: t('noProblems')}));
      return box;
    }
    const codes = Array.from(new Set(problems.map(function (p) { return p.code; }))).sort();
    const codeFilter = el('select', {id: id + '-code', 'class': 'filter-code'},
        [el('option', {value: '', text: t('filter.all')})]
            .concat(codes.map(function (c) { return el('option', {value: c, text: c}); })));
    const severityFilter = el('select', {id: id + '-severity', 'class': 'filter-severity'},
        [el('option', {value: '', text: t('filter.all')})].concat(['ERROR', 'WARNING', 'INFO']
            .map(function (s) { return el('option', {value: s, text: t('severity.' + s)}); })));
    const shown = el('p', {'class': 'shown', 'aria-live': 'polite'});
    box.append(el('div', {'class': 'filters'}, [
      el('label', {'for': id + '-code'}, [t('filter.code')]), codeFilter,
      el('label', {'for': id + '-severity'}, [t('filter.severity')]), severityFilter,
    ]), shown);

    const source = el('div', {'class': 'source', tabindex: '-1', id: id + '-source',
      'aria-label': t('source')});
    source.hidden = true;
    const body = el('tbody');
    const rows = problems.map(function (p) {
      const where = describe(p);
      const go = el('button', {type: 'button', 'class': 'goto', text: where});
      go.addEventListener('click', function () { showSource(entry, p, source); });
      const row = el('tr', {'class': 'severity-' + p.severity.toLowerCase()}, [
        el('td', {'class': 'code', 'data-label': t('col.code'), text: p.code}),
        el('td', {'class': 'severity', 'data-label': t('col.severity'),
          text: t('severity.' + p.severity)}),
        el('td', {'class': 'message', dir: 'auto', 'data-label': t('col.message'),
          text: p.message}),
        el('td', {'class': 'hint', dir: 'auto', 'data-label': t('col.hint'), text: p.hint || ''}),
        el('td', {'class': 'location', 'data-label': t('col.location')}, [go]),
      ]);
      row.problem = p;
      body.append(row);
      return row;
    });
    const table = el('table', {'class': 'problem-table'}, [
      el('thead', {}, [el('tr', {}, ['col.code', 'col.severity', 'col.message', 'col.hint',
        'col.location'].map(function (k) { return el('th', {scope: 'col', text: t(k)}); }))]),
      body,
    ]);
    function filter() {
      let count = 0;
      for (const row of rows) {
        const show = (!codeFilter.value || row.problem.code === codeFilter.value)
            && (!severityFilter.value || row.problem.severity === severityFilter.value);
        row.hidden = !show;
        count += show ? 1 : 0;
      }
      shown.textContent = t('shown', count, rows.length);
    }
    codeFilter.addEventListener('change', filter);
    severityFilter.addEventListener('change', filter);
    filter();
    box.append(el('div', {'class': 'table-box'}, [table]), source);
    return box;
  }

  /** Where a problem is, in a few characters: line:column, a cell, or a JSON Pointer. */
  function describe(p) {
    const documentPart = p.document !== undefined ? t('document', p.document + 1) + ', ' : '';
    if (p.line !== undefined) {
      return documentPart + p.line + ':' + p.column;
    }
    if (p.cell !== undefined) {
      return documentPart + p.cell;
    }
    return documentPart + (p.pointer || '/');
  }

  /** Shows the file's text around a problem, its line and column marked; focuses it. */
  function showSource(entry, p, source) {
    source.replaceChildren();
    source.hidden = false;
    source.append(el('h4', {text: t('source') + ': ' + describe(p)}));
    if (p.line === undefined) {
      source.append(el('p', {text: p.cell !== undefined ? t('source.cell', p.cell)
          : t('source.none', p.pointer || '/')}));
      source.focus();
      return;
    }
    source.append(el('p', {'class': 'at', text: t('source.at', p.line, p.column)}));
    const lines = entry.text.split(/\r\n|\r|\n/);
    const first = Math.max(1, p.line - CONTEXT_LINES);
    const last = Math.min(lines.length, p.line + CONTEXT_LINES);
    const list = el('ol', {start: String(first), 'class': 'lines', dir: 'ltr'});
    for (let n = first; n <= last; n++) {
      const line = lines[n - 1] || '';
      const item = el('li', {});
      if (n === p.line) {
        item.className = 'marked';
        item.setAttribute('aria-current', 'location');
        const at = Math.max(0, Math.min(p.column - 1, line.length));
        let from = 0;
        let to = line.length;
        if (line.length > LONG_LINE) { // a JSON Lines record: the part around the column
          from = Math.max(0, at - LONG_LINE / 2);
          to = Math.min(line.length, from + LONG_LINE);
        }
        const marked = line.substring(at, at + 1);
        item.append(from > 0 ? '…' : '', visible(line.substring(from, at)),
            el('mark', {'class': 'column', text: marked === '' ? ' ' : visible(marked)}),
            visible(line.substring(at + 1, to)), to < line.length ? '…' : '');
      } else {
        item.append(visible(line.length > LONG_LINE ? line.substring(0, LONG_LINE) + '…' : line));
      }
      list.append(item);
    }
    source.append(el('pre', {dir: 'ltr'}, [list]));
    source.focus();
    source.scrollIntoView({block: 'nearest'});
  }

  // --- coverage --------------------------------------------------------------------------------

  /** Bar charts of the counts, with every objective and group of the catalogue (zeros too). */
  function coverage(counts, answer, id) {
    const box = el('div', {'class': 'coverage'});
    box.append(el('h3', {text: t('coverage')}));
    if (counts.documents === 0) {
      box.append(el('p', {text: t('coverage.none')}));
      return box;
    }
    const objectives = answer.objectives.map(function (o) {
      const c = counts.objectives[o.code] || {findings: 0, recommendations: 0, practices: 0};
      return {label: o.code + ' ' + o.title,
        value: c.findings + c.recommendations + c.practices,
        detail: c.findings + ' / ' + c.recommendations + ' / ' + c.practices};
    });
    const groups = answer.stakeholderGroups.map(function (g) {
      const c = counts.stakeholderGroups[g.code] || {contributors: 0, addressees: 0, actors: 0};
      return {label: g.title, value: c.contributors + c.addressees + c.actors,
        detail: c.contributors + ' / ' + c.addressees + ' / ' + c.actors};
    });
    box.append(bars(t('coverage.objectives'), objectives, id + '-objectives'));
    box.append(bars(t('coverage.groups'), groups, id + '-groups'));
    return box;
  }

  function bars(title, items, id) {
    const max = Math.max(1, ...items.map(function (i) { return i.value; }));
    const list = el('ul', {'class': 'bars', 'aria-labelledby': id});
    for (const item of items) {
      const fill = el('span', {'class': 'fill'});
      fill.style.width = (100 * item.value / max) + '%'; // CSSOM, which the CSP allows
      list.append(el('li', {}, [
        el('span', {'class': 'label', dir: 'auto', text: item.label}),
        el('span', {'class': 'bar', 'aria-hidden': 'true'}, [fill]),
        el('span', {'class': 'value', text: item.detail}),
      ]));
    }
    return el('div', {'class': 'chart'}, [el('h4', {id: id, text: title}), list]);
  }

  // --- downloads -------------------------------------------------------------------------------

  function downloads(entry, answer) {
    const name = baseName(entry.name);
    const box = el('div', {'class': 'downloads'});
    box.append(el('h3', {text: t('downloads')}));
    const items = [
      ['download.report', name + '.report.json', 'application/json', answer.report, 'report'],
      ['download.sarif', name + '.sarif', 'application/sarif+json', answer.sarif, 'sarif'],
      ['download.accepted', name + '.accepted.jsonl', 'application/jsonl', answer.accepted,
        'accepted', answer.acceptedCount],
      ['download.rejected', name + '.rejected.jsonl', 'application/jsonl',
        base64Bytes(answer.rejectedBase64), 'rejected', answer.rejectedCount],
    ];
    if (answer.workbook) {
      // a workbook: its document imported (if it has no error); nothing to send back but itself
      items[2][1] = name + '.json';
      items.pop();
    }
    const list = el('ul', {});
    for (const [key, file, type, data, kind, count] of items) {
      const button = el('button', {type: 'button', 'class': 'download-' + kind,
        text: t(key, count)});
      button.addEventListener('click', function () { download(file, type, data); });
      list.append(el('li', {}, [button]));
    }
    box.append(list);
    return box;
  }

  // --- start -----------------------------------------------------------------------------------

  async function recheckAll() {
    for (const entry of state.files) {
      await check(entry);
    }
  }

  async function start() {
    readToken();
    const lang = document.getElementById('lang');
    const browser = (navigator.language || 'en').substring(0, 2);
    if (['en', 'fr', 'es', 'ru'].includes(browser)) {
      lang.value = browser;
    }
    await loadStrings(lang.value);
    lang.addEventListener('change', async function () {
      await loadStrings(lang.value);
      await recheckAll(); // the messages come from gcm, in the language asked
    });
    document.getElementById('profile').addEventListener('change', recheckAll);
    const input = document.getElementById('files');
    input.addEventListener('change', async function () {
      await addFiles(input.files);
      input.value = '';
    });
    const drop = document.getElementById('drop');
    drop.addEventListener('dragover', function (e) {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
    drop.addEventListener('drop', function (e) {
      e.preventDefault();
      drop.classList.remove('over');
      addFiles(e.dataTransfer.files);
    });
    document.body.setAttribute('data-ready', 'true');
  }

  start();
})();
