/*
 * Back pain chat widget. Add it to any page with one tag:
 *   <script src="https://<bot host>/widget.js"></script>
 * It talks to the bot over the WebSocket next to this script (wss: for https:). All text from the bot and the
 * user is set with textContent, never as HTML. Styles come from widget.css, inside a shadow root.
 */
(function () {
  'use strict';

  var script = document.currentScript || document.querySelector('script[src$="widget.js"]');
  var base = new URL(script.src, location.href);
  var socketUrl = new URL('ws/chat', base);
  socketUrl.protocol = base.protocol === 'https:' ? 'wss:' : 'ws:';
  var MAX_TEXT = 2000;
  var BACKOFF_MIN_MS = 1000;
  var BACKOFF_MAX_MS = 30000;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function Widget(host) {
    var root = host.attachShadow({ mode: 'open' });
    var css = el('link');
    css.rel = 'stylesheet';
    css.href = new URL('widget.css', base).href;
    root.appendChild(css);

    var wrap = el('div', 'bpb');
    this.bubble = el('button', 'bpb-bubble', 'Ask about back pain');
    this.bubble.type = 'button';
    this.bubble.setAttribute('aria-expanded', 'false');
    this.bubble.setAttribute('aria-controls', 'bpb-panel');

    var panel = this.panel = el('div', 'bpb-panel');
    panel.id = 'bpb-panel';
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-labelledby', 'bpb-title');

    var header = el('div', 'bpb-header');
    var title = el('h2', 'bpb-title', 'Back pain after birth');
    title.id = 'bpb-title';
    this.closeButton = el('button', 'bpb-close', '\u00D7');
    this.closeButton.type = 'button';
    this.closeButton.setAttribute('aria-label', 'Close chat');
    header.appendChild(title);
    header.appendChild(this.closeButton);

    this.status = el('p', 'bpb-status');
    this.status.setAttribute('role', 'status');
    this.status.hidden = true;

    this.log = el('div', 'bpb-log');
    this.log.setAttribute('role', 'log');
    this.log.setAttribute('aria-live', 'polite');
    this.log.setAttribute('aria-label', 'Conversation');
    this.log.tabIndex = 0;

    this.typing = el('p', 'bpb-typing', 'Looking that up\u2026');
    this.typing.setAttribute('aria-hidden', 'true');
    this.typing.hidden = true;

    var form = this.form = el('form', 'bpb-form');
    var label = el('label', 'bpb-visually-hidden', 'Your question');
    label.htmlFor = 'bpb-input';
    this.input = el('textarea', 'bpb-input');
    this.input.id = 'bpb-input';
    this.input.rows = 1;
    this.input.maxLength = MAX_TEXT;
    this.input.placeholder = 'Type your question';
    this.send = el('button', 'bpb-send', 'Send');
    this.send.type = 'submit';
    form.appendChild(label);
    form.appendChild(this.input);
    form.appendChild(this.send);

    panel.appendChild(header);
    panel.appendChild(this.status);
    panel.appendChild(this.log);
    panel.appendChild(form);
    wrap.appendChild(panel);
    wrap.appendChild(this.bubble);
    root.appendChild(wrap);

    this.socket = null;
    this.connected = false;
    this.greeted = false;
    this.attempt = 0;
    this.nextId = 1;
    this.pending = 0;
    this.bind();
    this.updateSend();
  }

  Widget.prototype.bind = function () {
    var self = this;
    this.bubble.addEventListener('click', function () {
      if (self.panel.hidden) self.open(); else self.close();
    });
    this.closeButton.addEventListener('click', function () { self.close(); });
    this.panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        self.close();
      }
    });
    this.form.addEventListener('submit', function (event) {
      event.preventDefault();
      self.ask();
    });
    this.input.addEventListener('keydown', function (event) {
      // Enter sends, Shift+Enter makes a new line.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        self.ask();
      }
    });
    this.input.addEventListener('input', function () { self.updateSend(); });
  };

  Widget.prototype.open = function () {
    this.panel.hidden = false;
    this.bubble.setAttribute('aria-expanded', 'true');
    if (!this.socket) this.connect();
    this.input.focus();
  };

  Widget.prototype.close = function () {
    this.panel.hidden = true;
    this.bubble.setAttribute('aria-expanded', 'false');
    this.bubble.focus();
  };

  Widget.prototype.connect = function () {
    var self = this;
    var socket = this.socket = new WebSocket(socketUrl.href);
    socket.addEventListener('message', function (event) { self.receive(event.data); });
    socket.addEventListener('close', function () {
      if (self.socket !== socket) return;
      self.connected = false;
      self.setPending(0);
      self.updateSend();
      self.scheduleReconnect();
    });
  };

  Widget.prototype.scheduleReconnect = function () {
    var self = this;
    var delay = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * Math.pow(2, this.attempt));
    delay = Math.round(delay * (0.75 + Math.random() * 0.5));
    this.attempt++;
    this.showStatus('Offline. Trying to reconnect in ' + Math.ceil(delay / 1000) + ' s\u2026 '
      + 'You can keep typing; Send works again once the chat is back.');
    setTimeout(function () { self.connect(); }, delay);
  };

  Widget.prototype.showStatus = function (text) {
    this.status.textContent = text || '';
    this.status.hidden = !text;
  };

  Widget.prototype.updateSend = function () {
    this.send.disabled = !this.connected || this.input.value.trim() === '';
    this.panel.setAttribute('aria-busy', this.connected ? 'false' : 'true');
  };

  Widget.prototype.transmit = function (frame) {
    if (!this.connected) return false;
    this.socket.send(JSON.stringify(frame));
    this.setPending(this.pending + 1);
    return true;
  };

  Widget.prototype.ask = function () {
    var text = this.input.value.trim();
    if (!text || !this.connected) return;
    if (this.transmit({ type: 'message', text: text, id: 'm' + this.nextId++ })) {
      this.append(el('div', 'bpb-msg bpb-user', text));
      this.input.value = '';
      this.updateSend();
    }
  };

  Widget.prototype.pick = function (suggestion) {
    if (this.transmit({ type: 'topic', section: suggestion.section, id: 't' + this.nextId++ })) {
      this.append(el('div', 'bpb-msg bpb-user', suggestion.label));
    }
  };

  Widget.prototype.setPending = function (count) {
    this.pending = Math.max(0, count);
    this.typing.hidden = this.pending === 0;
    if (this.pending > 0) this.log.appendChild(this.typing);
  };

  Widget.prototype.receive = function (data) {
    var frame;
    try { frame = JSON.parse(data); } catch (e) { return; }
    if (frame.type === 'welcome') {
      this.connected = true;
      this.attempt = 0;
      this.updateSend();
      if (this.greeted) {
        this.showStatus('');
        return;
      }
      this.greeted = true;
      this.showStatus('');
      this.append(el('div', 'bpb-msg bpb-bot', frame.text));
      this.chips(frame.suggestions);
    } else if (frame.type === 'reply') {
      this.setPending(this.pending - 1);
      this.append(this.renderReply(frame));
      this.chips(frame.suggestions);
    } else if (frame.type === 'error') {
      if (frame.replyTo) this.setPending(this.pending - 1);
      this.append(el('div', 'bpb-msg bpb-bot bpb-error', frame.message || 'Something went wrong.'));
    }
  };

  /* The reply's text carries the advice and a "Source:" line; both are pulled out to be styled. */
  Widget.prototype.renderReply = function (reply) {
    var urgency = reply.urgency || 'none';
    var node = el('div', 'bpb-msg bpb-bot' + (urgency === 'emergency' ? ' bpb-emergency' : ''));
    var text = reply.text || '';
    if (reply.advice && text.indexOf(reply.advice) !== -1) {
      text = text.replace(reply.advice, '');
    }
    var body = el('div', 'bpb-body');
    if (urgency === 'emergency' && reply.advice) {
      node.appendChild(el('p', 'bpb-advice', reply.advice));
    }
    var lines = text.split('\n');
    var kept = [];
    var source = null;
    for (var i = 0; i < lines.length; i++) {
      if (/^\s*Source:/.test(lines[i])) source = lines[i].trim(); else kept.push(lines[i]);
    }
    body.appendChild(el('div', 'bpb-text', kept.join('\n').trim()));
    if (urgency === 'provider' && reply.advice) {
      body.appendChild(el('p', 'bpb-notice', reply.advice));
    }
    if (source) body.appendChild(el('p', 'bpb-source', source));
    var citations = reply.citations || [];
    if (citations.length) {
      var list = el('ul', 'bpb-citations');
      list.setAttribute('aria-label', 'References');
      citations.forEach(function (citation) {
        var item = el('li', null, citation.text + ' ');
        var href = citation.doi ? 'https://doi.org/' + encodeURI(citation.doi)
          : (/^https?:\/\//i.test(citation.url || '') ? citation.url : null);
        if (href) {
          var link = el('a', null, citation.doi ? 'doi:' + citation.doi : 'Link');
          link.href = href;
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
          item.appendChild(link);
        }
        list.appendChild(item);
      });
      body.appendChild(list);
    }
    node.appendChild(body);
    return node;
  };

  Widget.prototype.chips = function (suggestions) {
    var self = this;
    if (!suggestions || !suggestions.length) return;
    var group = el('div', 'bpb-chips');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Suggested topics');
    suggestions.forEach(function (suggestion) {
      var chip = el('button', 'bpb-chip', suggestion.label);
      chip.type = 'button';
      chip.addEventListener('click', function () { self.pick(suggestion); });
      group.appendChild(chip);
    });
    this.append(group);
  };

  Widget.prototype.append = function (node) {
    this.log.insertBefore(node, this.typing.parentNode === this.log ? this.typing : null);
    this.log.scrollTop = this.log.scrollHeight;
  };

  function mount() {
    var host = document.createElement('div');
    host.id = 'backpain-bot-widget';
    document.body.appendChild(host);
    window.backpainBotWidget = new Widget(host);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mount);
  } else {
    mount();
  }
})();
