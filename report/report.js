// SPDX-License-Identifier: ISC
// The claimgraph report page: reads the JSON in #cg-data, draws entities and
// claimed relations with Cytoscape.js and fills a sortable, filterable claims
// table. Data comes from hostile web pages: it is only ever inserted as text
// (textContent, text nodes), links only for http(s) URLs.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('cg-data').textContent);
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const localName = (iri) => iri.replace(/^.*[#/]/, '');
  const label = (iri) => (iri && entities.has(iri) ? entities.get(iri).label : localName(iri || ''));
  const safeUrl = (url) => (typeof url === 'string' && /^https?:\/\//i.test(url) ? url : '');

  /** An element with text children; attributes are set as properties of known names only. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === 'className') node.className = value;
      else if (key === 'title') node.title = value;
      else if (key === 'href') node.href = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  // The same ramp as edge_colour() in src/dot_writer.cpp.
  function edgeColour(polarity, confidence) {
    if (polarity === 'Negated') return '#c62828';
    if (confidence === null || confidence === undefined) return '#888888';
    const t = Math.min(1, Math.max(0, confidence));
    const mix = (a, b) => Math.round(a + (b - a) * t).toString(16).padStart(2, '0');
    return '#' + mix(0xa7, 0x0b) + mix(0xc4, 0x3d) + mix(0xe0, 0x91);
  }

  const typeColours = { State: '#4a90d9', Person: '#e8913a', Organization: '#46a36b' };

  // ---- rows -------------------------------------------------------------
  const rows = data.claims.map((c, index) => {
    const article = articles.get(c.article) || {};
    const cells = {
      s: label(c.s), p: c.p, o: label(c.o), claimant: c.claimant ? label(c.claimant) : '',
      publisher: article.publisher || '', polarity: c.polarity, modality: c.modality,
      confidence: c.confidence, date: c.date || '',
    };
    const evidence = c.evidence.map((seg) => seg[0]).join('');
    const searchable = [cells.s, cells.p, cells.o, cells.claimant, cells.publisher, cells.polarity,
      cells.modality, cells.date, evidence, article.title || '', c.rule || '',
      ...Object.entries(c.qualifiers).map(([k, v]) => k + ' ' + v)].join('\n').toLowerCase();
    return { claim: c, index, article, cells, searchable, tr: null };
  });

  function evidenceCell(row) {
    const c = row.claim;
    const td = el('td', { className: 'evidence' });
    for (const [text, mark] of c.evidence) {
      td.appendChild(mark ? el('mark', { className: mark, title: mark }, text) : document.createTextNode(text));
    }
    const quals = Object.entries(c.qualifiers).map(([k, v]) => k + ': ' + v).join(' · ');
    if (quals) td.appendChild(el('span', { className: 'qualifiers' }, quals));
    const a = row.article;
    const where = [a.identifier, c.start !== null ? 'code points ' + c.start + '–' + c.end : '',
      c.rule ? 'rule ' + c.rule : ''].filter(Boolean).join(' · ');
    const source = el('span', { className: 'source', title: where });
    const name = a.title || a.publisher || a.identifier || 'source';
    if (safeUrl(a.url)) {
      source.appendChild(el('a', { href: safeUrl(a.url), target: '_blank', rel: 'noopener noreferrer' }, name));
    } else {
      source.appendChild(document.createTextNode(name));
    }
    if (a.date) source.appendChild(document.createTextNode(' (' + a.date + ')'));
    td.appendChild(source);
    return td;
  }

  function buildRow(row) {
    const c = row.cells;
    const conf = c.confidence === null ? '' : c.confidence.toFixed(2) +
      (row.claim.level ? ' ' + row.claim.level : '');
    const tr = el('tr', { className: row.claim.polarity === 'Negated' ? 'negated' : '' },
      el('td', {}, c.s), el('td', {}, c.p), el('td', {}, c.o),
      el('td', { title: row.claim.claimant ? '' : "the article's own voice" }, c.claimant || '—'),
      el('td', {}, c.publisher), el('td', { className: 'polarity' }, c.polarity),
      el('td', {}, c.modality), el('td', { className: 'confidence' }, conf),
      el('td', {}, c.date), evidenceCell(row));
    tr.dataset.claim = String(row.index);
    return tr;
  }

  const tbody = document.querySelector('#claims tbody');
  for (const row of rows) {
    row.tr = buildRow(row);
    tbody.appendChild(row.tr);
  }
  if (rows.length === 0) {
    tbody.appendChild(el('tr', {}, el('td', { colspan: '10', className: 'empty' }, 'No claims in the input graphs.')));
  }

  // ---- graph ------------------------------------------------------------
  // Start from a circle, not random places, so the same graph is drawn the same way.
  const drawnEntities = data.entities.filter((e) => e.node);
  const nodes = drawnEntities.map((e, i) => ({
    data: { id: e.id, label: e.label, colour: typeColours[e.type] || '#8896a5' },
    position: { x: 300 * Math.cos((2 * Math.PI * i) / drawnEntities.length),
      y: 300 * Math.sin((2 * Math.PI * i) / drawnEntities.length) },
  }));
  const edges = data.edges.map((e, i) => ({
    data: {
      id: 'e' + i, source: e.s, target: e.o, index: i,
      label: (e.polarity === 'Negated' ? 'NOT ' : '') + e.p + (e.claims.length > 1 ? ' (' + e.claims.length + ')' : ''),
      colour: edgeColour(e.polarity, e.confidence), width: 1.5 + 1.5 * (Math.min(e.sources, 6) - 1),
    },
    classes: e.polarity === 'Negated' ? 'denied' : '',
  }));
  const cy = cytoscape({
    container: document.getElementById('graph'),
    elements: { nodes, edges },
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'background-color': 'data(colour)', width: 26, height: 26,
        'font-size': 15, 'font-weight': 600, 'text-valign': 'bottom', 'text-margin-y': 4, color: '#1f2933',
        'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)',
        'font-size': 10, color: '#52606d', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 7,
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
      { selector: 'edge.denied', style: { 'line-style': 'dashed', color: '#c62828' } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: ':selected', style: { 'overlay-color': '#f0b429', 'overlay-opacity': 0.35 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, padding: 24, numIter: 2500,
      nodeRepulsion: () => 120000, idealEdgeLength: () => 70, edgeElasticity: () => 60,
      nodeOverlap: 20, gravity: 1.2, componentSpacing: 160 },
  });

  // ---- filter, focus, sort ---------------------------------------------
  const filterInput = document.getElementById('filter');
  const polaritySelect = document.getElementById('polarity');
  const modalitySelect = document.getElementById('modality');
  for (const m of [...new Set(rows.map((r) => r.cells.modality))].sort()) {
    modalitySelect.appendChild(el('option', { value: m }, m));
  }
  let focus = null;  // {text, match(row)} from a click in the graph

  function visible(row) {
    const words = filterInput.value.toLowerCase().split(/\s+/).filter(Boolean);
    return words.every((w) => row.searchable.includes(w)) &&
      (!polaritySelect.value || row.cells.polarity === polaritySelect.value) &&
      (!modalitySelect.value || row.cells.modality === modalitySelect.value) &&
      (!focus || focus.match(row));
  }

  function apply() {
    let shown = 0;
    const shownClaims = new Set();
    for (const row of rows) {
      const on = visible(row);
      row.tr.hidden = !on;
      if (on) { shown += 1; shownClaims.add(row.index); }
    }
    document.getElementById('count').textContent = shown + ' of ' + rows.length + ' claims';
    const filtering = shown !== rows.length;
    cy.batch(() => {
      cy.elements().removeClass('faded');
      if (!filtering) return;
      cy.edges().forEach((edge) => {
        if (!data.edges[edge.data('index')].claims.some((i) => shownClaims.has(i))) edge.addClass('faded');
      });
      cy.nodes().forEach((node) => {
        if (node.connectedEdges().not('.faded').length === 0) node.addClass('faded');
      });
    });
  }

  function setFocus(text, match) {
    focus = match ? { text, match } : null;
    document.getElementById('focus').hidden = !focus;
    document.getElementById('focus-text').textContent = text || '';
    apply();
  }

  cy.on('tap', 'node', (evt) => {
    const id = evt.target.id();
    setFocus('claims about ' + label(id), (row) => [row.claim.s, row.claim.o, row.claim.claimant].includes(id));
  });
  cy.on('tap', 'edge', (evt) => {
    const edge = data.edges[evt.target.data('index')];
    const members = new Set(edge.claims);
    setFocus(label(edge.s) + ' ' + evt.target.data('label') + ' ' + label(edge.o), (row) => members.has(row.index));
  });
  cy.on('tap', (evt) => { if (evt.target === cy) setFocus(null, null); });
  document.getElementById('focus-clear').addEventListener('click', () => setFocus(null, null));
  filterInput.addEventListener('input', apply);
  polaritySelect.addEventListener('change', apply);
  modalitySelect.addEventListener('change', apply);

  let sortKey = null;
  let sortDir = 1;
  function compare(a, b) {
    const x = a.cells[sortKey];
    const y = b.cells[sortKey];
    if (sortKey === 'confidence') {
      if (x === y) return a.index - b.index;
      if (x === null) return 1;  // unknown last in both directions
      if (y === null) return -1;
      return sortDir * (x - y);
    }
    return sortDir * String(x).localeCompare(String(y)) || a.index - b.index;
  }
  function sortBy(key) {
    sortDir = key === sortKey ? -sortDir : 1;
    sortKey = key;
    for (const th of document.querySelectorAll('#claims th[data-key]')) {
      if (th.dataset.key === key) th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    for (const row of rows.slice().sort(compare)) tbody.appendChild(row.tr);
  }
  for (const th of document.querySelectorAll('#claims th[data-key]')) {
    th.addEventListener('click', () => sortBy(th.dataset.key));
  }

  sortBy('s');
  const drawn = nodes.length;
  document.getElementById('summary').textContent = rows.length + ' claims · ' + drawn + ' entities · ' +
    edges.length + ' relations · ' + data.articles.length + ' articles';
  apply();

  // For scripted checks (tests/report) and the browser console.
  window.claimgraphReport = { cy, data, apply, sortBy, setFocus };
}());
