// gscx admin console: one page, no build step. Talks to the JSON API of the same origin;
// the session is an HttpOnly cookie, state-changing requests carry the CSRF token from the login.
'use strict';

const state = { csrf: null, role: null, selected: null, timers: [] };

function $(id) { return document.getElementById(id); }

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text === null || text === undefined ? '–' : String(text);
  return td;
}

function row(values) {
  const tr = document.createElement('tr');
  values.forEach(v => tr.appendChild(v instanceof Node ? v : cell(v)));
  return tr;
}

function fill(tbody, rows) {
  tbody.replaceChildren(...rows);
}

async function api(method, path, body) {
  const options = { method, headers: {}, credentials: 'same-origin' };
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  if (method !== 'GET' && state.csrf) {
    options.headers['X-CSRF-Token'] = state.csrf;
  }
  const response = await fetch(path, options);
  const json = await response.json().catch(() => ({}));
  if (response.status === 401 && path !== '/api/login') {
    showLogin('');
  }
  if (!response.ok) {
    throw new Error(json.error || ('HTTP ' + response.status));
  }
  return json;
}

function showLogin(message) {
  state.timers.forEach(clearInterval);
  state.timers = [];
  state.csrf = null;
  document.body.className = '';
  $('console-view').hidden = true;
  $('whoami').hidden = true;
  $('login-view').hidden = false;
  $('login-error').textContent = message;
}

function showConsole(session) {
  state.csrf = session.csrfToken;
  state.role = session.role;
  document.body.className = 'role-' + session.role;
  $('whoami-user').textContent = session.user;
  $('whoami-role').textContent = session.role;
  $('whoami').hidden = false;
  $('login-view').hidden = true;
  $('console-view').hidden = false;
  refreshFast();
  refreshSlow();
  state.timers.push(setInterval(refreshFast, 1000));
  state.timers.push(setInterval(refreshSlow, 5000));
}

function actionButton(label, handler) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', event => { event.stopPropagation(); handler(); });
  return button;
}

async function act(description, method, path, body) {
  try {
    const result = await api(method, path, body || {});
    $('action-message').textContent = description + ': done (' + (result.command || result.position || 'ok') + ')';
  } catch (e) {
    $('action-message').textContent = description + ' failed: ' + e.message;
  }
  refreshFast();
  refreshSlow();
}

async function refreshFast() {
  try {
    const [instruments, trades] = await Promise.all([
      api('GET', '/api/instruments?depth=1'), api('GET', '/api/trades?limit=20')]);
    renderInstruments(instruments.instruments);
    renderTrades(trades);
    if (state.selected) {
      renderBook(await api('GET', '/api/instruments/' + encodeURIComponent(state.selected) + '/book?depth=10'));
    }
  } catch (e) { /* a 401 already shows the login */ }
}

async function refreshSlow() {
  const tasks = [
    api('GET', '/api/participants').then(renderParticipants),
    api('GET', '/api/fix-sessions').then(renderSessions),
    api('GET', '/api/ledger/balances').then(renderLedger),
    api('GET', '/api/settlement/obligations?limit=50').then(renderObligations),
    api('GET', '/api/settlement/instructions?limit=50').then(renderInstructions),
    api('GET', '/api/health').then(renderHealth),
    api('GET', '/api/audit?limit=50').then(renderAudit)];
  await Promise.allSettled(tasks);
}

function renderInstruments(instruments) {
  fill($('instruments').tBodies[0], instruments.map(i => {
    const stateCell = cell(i.state);
    stateCell.className = 'state-' + i.state;
    const tr = row([i.symbol, stateCell, i.bestBidQuantity, i.bestBid, i.bestAsk, i.bestAskQuantity, i.lastPrice, i.volume]);
    tr.dataset.symbol = i.symbol;
    tr.dataset.state = i.state;
    if (i.symbol === state.selected) tr.className = 'selected';
    const actions = document.createElement('td');
    actions.className = 'operator-only';
    if (i.state === 'OPEN') {
      const halt = actionButton('Halt', () => act('Halt ' + i.symbol, 'POST', '/api/instruments/' + encodeURIComponent(i.symbol) + '/halt'));
      halt.dataset.action = 'halt';
      actions.appendChild(halt);
    } else if (i.state === 'HALTED') {
      const resume = actionButton('Resume', () => act('Resume ' + i.symbol, 'POST', '/api/instruments/' + encodeURIComponent(i.symbol) + '/resume'));
      resume.dataset.action = 'resume';
      actions.appendChild(resume);
    }
    tr.appendChild(actions);
    tr.addEventListener('click', () => { state.selected = i.symbol; refreshFast(); });
    return tr;
  }));
}

function renderBook(book) {
  $('book-symbol').textContent = book.symbol + ' (' + book.state + ')';
  fill($('book-bids'), book.bids.map(l => row([l.quantity, l.price])));
  fill($('book-asks'), book.asks.map(l => row([l.price, l.quantity])));
}

function renderTrades(data) {
  fill($('trades').tBodies[0], data.trades.map(t => row([t.tradeId, t.time, t.symbol, t.price, t.quantity, t.buyer, t.seller])));
  fill($('rejects').tBodies[0], data.rejects.map(r => row([r.engineSeq, r.participant, r.symbol, r.reason])));
}

function renderParticipants(data) {
  fill($('participants').tBodies[0], data.participants.map(p => {
    const tr = row([p.id, p.homeExchange, p.roles.join(' '), p.creditLimit + (p.creditLimitChanged ? ' (changed)' : ''),
      p.creditUsed, p.openSellUnits, p.openOrders, p.connection, p.blocked ? 'BLOCKED' : 'active', p.reliability]);
    tr.dataset.participant = p.id;
    const path = '/api/participants/' + encodeURIComponent(p.id);
    const actions = document.createElement('td');
    actions.className = 'operator-only';
    actions.appendChild(actionButton('Mass cancel', () => {
      if (confirm('Cancel every live order of ' + p.id + '?')) {
        act('Mass cancel ' + p.id, 'POST', path + '/mass-cancel');
      }
    }));
    if (p.blocked) {
      const reinstate = actionButton('Reinstate', () => act('Reinstate ' + p.id, 'POST', path + '/reinstate'));
      reinstate.dataset.action = 'reinstate';
      actions.appendChild(reinstate);
    } else {
      const kill = actionButton('Kill switch', () => {
        if (confirm('Cancel every order of ' + p.id + ', block its new orders and log out its FIX session?')) {
          act('Kill switch ' + p.id, 'POST', path + '/kill');
        }
      });
      kill.dataset.action = 'kill';
      actions.appendChild(kill);
    }
    const limit = actionButton('Credit limit', () => {
      const value = prompt('New credit limit of ' + p.id + ' in CNY (0 = unlimited)', p.creditLimit);
      if (value !== null && value !== '') {
        act('Credit limit ' + p.id, 'POST', path + '/credit-limit', { creditLimit: value });
      }
    });
    limit.dataset.action = 'credit-limit';
    actions.appendChild(limit);
    tr.appendChild(actions);
    return tr;
  }));
}

function renderSessions(data) {
  fill($('fix-sessions').tBodies[0], data.sessions.map(s => row([s.id, s.dropCopy ? 'yes' : 'no',
    s.loggedOn ? 'yes' : 'no', s.nextSenderSeq, s.nextTargetSeq])));
}

function renderLedger(data) {
  if (!data.trialBalance) {
    $('trial-balance').textContent = data.note || '–';
    $('trial-balance-exchanges').textContent = '';
  } else {
    $('trial-balance').textContent = data.trialBalance.total;
    $('trial-balance-exchanges').textContent = Object.entries(data.trialBalance.byExchange)
      .map(([k, v]) => k + ' ' + v).join(', ');
  }
  fill($('balances').tBodies[0], data.accounts.map(a => row([a.account, a.balance])));
}

function renderObligations(data) {
  $('settlement-note').textContent = data.note || '';
  fill($('obligations').tBodies[0], data.obligations.map(o => {
    const tr = row([o.obligationId, o.state, o.symbol, o.buyer, o.provider, o.unitHours, o.deliveredUnitHours,
      o.notional, o.deadline]);
    const actions = document.createElement('td');
    actions.className = 'operator-only';
    if (o.state === 'PENDING') {
      actions.appendChild(actionButton('Confirm', () => {
        const remaining = prompt('Unit-hours delivered for ' + o.obligationId, o.unitHours);
        if (remaining) {
          act('Confirm ' + o.obligationId, 'POST', '/api/deliveries/confirm',
            { obligationId: o.obligationId, deliveredUnitHours: remaining });
        }
      }));
      const fail = actionButton('Fail', () => {
        const reason = prompt('Why did ' + o.obligationId + ' fail? It is decided now (refund and penalty).', '');
        if (reason) {
          act('Fail ' + o.obligationId, 'POST', '/api/deliveries/fail', { obligationId: o.obligationId, reason });
        }
      });
      fail.dataset.action = 'fail-delivery';
      actions.appendChild(fail);
    }
    tr.appendChild(actions);
    return tr;
  }));
}

function renderInstructions(data) {
  fill($('instructions').tBodies[0], data.instructions.map(i => row([i.instructionId, i.cycleId, i.payer, i.payee,
    i.amount, i.currency])));
}

function renderHealth(data) {
  const entries = [['engineSeq', data.engineSeq], ['last event', data.lastEventTime], ['inbound entries', data.inboundEntries],
    ['ledger lag (fills)', data.ledgerLagFills], ['admin sessions', data.adminSessions]];
  Object.entries(data.journalBytes).forEach(([k, v]) => entries.push(['journal ' + k + ' (bytes)', v]));
  Object.entries(data.components).forEach(([k, v]) => entries.push([k, v]));
  const list = $('health');
  list.replaceChildren();
  entries.forEach(([k, v]) => {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v === null || v === undefined ? '–' : String(v);
    list.append(dt, dd);
  });
}

function renderAudit(data) {
  fill($('audit').tBodies[0], data.records.map(r => row([r.time, r.user, r.action, r.target, r.details, r.result])));
}

document.addEventListener('DOMContentLoaded', () => {
  $('login-form').addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const session = await api('POST', '/api/login', { user: $('login-user').value, password: $('login-password').value });
      $('login-password').value = '';
      showConsole(session);
    } catch (e) {
      showLogin(e.message);
    }
  });
  $('logout').addEventListener('click', async () => {
    try { await api('POST', '/api/logout', {}); } catch (e) { /* gone already */ }
    showLogin('logged out');
  });
  api('GET', '/api/session').then(showConsole).catch(() => showLogin(''));
});
