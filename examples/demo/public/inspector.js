// Renders the proxy's conversions live from /inspector/stream (Server-Sent Events).
// Built with textContent only: lead data never becomes markup.
const list = document.getElementById('events');
const empty = document.getElementById('empty');
const conn = document.getElementById('conn');
const dot = document.getElementById('dot');
const revealButton = document.getElementById('reveal');
let reveal = new URLSearchParams(location.search).has('reveal');
let source;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function chips(entries) {
  const box = el('div', 'chips');
  if (!entries.length) box.append(el('span', 'muted', 'none'));
  for (const [key, value] of entries) {
    const chip = el('span', 'chip');
    chip.title = `${key}: ${value}`;
    chip.append(el('b', '', `${key} `), document.createTextNode(value));
    box.append(chip);
  }
  return box;
}

function row(grid, label, content) {
  grid.append(el('dt', '', label));
  const dd = el('dd');
  if (typeof content === 'string') dd.textContent = content || '—';
  else dd.append(content);
  grid.append(dd);
}

function render(view) {
  const card = el('article', 'event');
  card.dataset.eventId = view.event_id;
  const top = el('div', 'top');
  top.append(el('span', 'name', view.custom_name ? `custom · ${view.custom_name}` : view.event_name));
  const status =
    view.outcome === 'accepted' ? `accepted · ${view.id ?? ''}` : `${view.outcome} · HTTP ${view.status}`;
  top.append(el('span', `pill ${view.outcome}`, status));
  top.append(el('span', 'time', new Date(view.event_time || view.received_at).toLocaleTimeString()));
  if (view.attempts > 1) top.append(el('span', 'pill unavailable', `${view.attempts} attempts`));
  card.append(top);
  const grid = el('dl', 'grid');
  row(grid, 'attribution', chips(Object.entries(view.attribution)));
  row(grid, 'user', chips(Object.entries(view.user)));
  row(grid, 'anonymous_id', view.anonymous_id ?? '');
  row(grid, 'page', view.url ?? '');
  if (view.referrer_url) row(grid, 'referrer', view.referrer_url);
  row(grid, 'browser', [view.browser, view.ip_address].filter(Boolean).join(' · '));
  row(grid, 'event_id', view.event_id);
  card.append(grid);
  return card;
}

function connect() {
  source?.close();
  for (const card of list.querySelectorAll('.event')) card.remove();
  empty.hidden = false;
  source = new EventSource(`/inspector/stream${reveal ? '?reveal=1' : ''}`);
  source.addEventListener('open', () => {
    conn.textContent = 'live';
    dot.classList.add('live');
  });
  source.addEventListener('error', () => {
    conn.textContent = 'reconnecting…';
    dot.classList.remove('live');
  });
  source.addEventListener('conversion', (message) => {
    empty.hidden = true;
    list.prepend(render(JSON.parse(message.data)));
  });
  revealButton.textContent = reveal ? 'Mask user fields' : 'Show user fields';
}

revealButton.addEventListener('click', () => {
  reveal = !reveal;
  connect();
});

fetch('/inspector/mode')
  .then((r) => r.json())
  .then(({ mode, api }) => {
    const endpoint = `Whop's ${api} API (POST /api/v1/${api})`;
    document.getElementById('mode').textContent =
      mode === 'mock'
        ? `Mock mode: no WHOP_API_KEY, so conversions go to the local mock of ${endpoint} and nothing leaves this machine.`
        : `Live mode: conversions go to ${endpoint}.`;
    const outage = document.getElementById('outage');
    outage.hidden = mode !== 'mock';
    outage.addEventListener('click', async () => {
      await fetch('/inspector/outage', { method: 'POST' });
      outage.textContent = 'Outage armed: the next 3 upstream attempts fail';
    });
  });

connect();
