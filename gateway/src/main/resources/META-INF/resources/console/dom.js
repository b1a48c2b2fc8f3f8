// DOM building from elements and text nodes only: every text goes through textContent, so user text is escaped by construction.

/**
 * h('tag.class#id', {attr: value, onclick: fn}, ...children) → Element. Children: strings (as text), numbers,
 * elements, arrays, null/undefined/false (skipped). Attributes starting with "on" are listeners.
 */
export function h(spec, attrs, ...children) {
  const [tagAndClasses, id] = spec.split('#');
  const [tag, ...classes] = tagAndClasses.split('.');
  const el = document.createElement(tag || 'div');
  if (classes.length) el.className = classes.join(' ');
  if (id) el.id = id;
  // anything but a plain object is the first child — 0 and '' included (a count of 0 is shown, not dropped)
  if (attrs !== undefined && attrs !== null && attrs !== false
      && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = null;
  }
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) {
      // listeners only: an on* attribute made from a string would be code from text
      if (typeof value !== 'function') throw new Error(`${key} must be a function`);
      el.addEventListener(key.slice(2), value);
    }
    else if (key === 'value') el.value = value;
    else if (key === 'checked') el.checked = !!value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A table: columns [{label, cell: row → node|string}], rows; an empty list says so. */
export function table(columns, rows, empty) {
  if (!rows || rows.length === 0) return h('p.muted', empty || '—');
  return h('div.table-wrap', h('table',
    h('thead', h('tr', columns.map(c => h('th', { scope: 'col' }, c.label)))),
    h('tbody', rows.map(row => h('tr', columns.map(c => h('td', c.cell(row))))))));
}

/** A labelled field: label text + control (the label wraps the control, so it is announced). */
export function field(label, control) {
  return h('label', label, control);
}

/** A <select> of [value, label] pairs. */
export function select(name, options, selected, attrs) {
  return h('select', Object.assign({ name }, attrs || {}),
    options.map(([value, label]) => h('option', { value, selected: String(value) === String(selected ?? '') || null }, label)));
}
