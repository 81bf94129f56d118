/*
 * Guichet chat page, enhanced: the question is sent to the conversations API and the answer
 * streams into the conversation log as it is written. Without this script (or when the browser
 * cannot stream) the page works as plain forms.
 *
 * Events from POST /api/v1/conversations/{id}/messages (Accept: text/event-stream):
 *   token  - data: a JSON string, the next piece of the answer
 *   answer - data: {"answer","status","language","sources":[{"title","url","section","documentId"}],"model",...}
 *            the final answer; it replaces the streamed text (the guardrail may have changed it)
 *   error  - data: a problem document; the answer failed after streaming began
 * Then the server's HTML of the finished exchange (with its "how this answer was made" panel and the
 * feedback form) replaces what was drawn here.
 *
 * Text is only ever put in the page with textContent: nothing the server or the model sends is
 * parsed as HTML, except the exchange HTML the page's own server renders.
 */
(function () {
  'use strict';

  const form = document.getElementById('ask-form');
  const log = document.getElementById('conversation');
  if (!form || !log || !window.fetch || !window.TextDecoder || !window.ReadableStream) {
    return;
  }
  const textarea = form.querySelector('#message');
  const button = form.querySelector('button[type="submit"]');
  const status = form.querySelector('#ask-status');
  const texts = form.dataset;
  const language = document.documentElement.lang || 'en';
  let busy = false;

  /*
   * The CSRF token, from the cookie the server sets for scripts; null when none is readable. Read
   * again before every request: the server may replace the token after each one.
   */
  function csrfToken() {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function jsonHeaders(accept) {
    return {
      'Content-Type': 'application/json',
      'Accept': accept,
      'Accept-Language': language,
      'X-XSRF-TOKEN': csrfToken() || ''
    };
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function format(pattern, value) {
    return String(pattern || '').replace('{0}', value);
  }

  function isWebAddress(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url.trim());
  }

  /* While busy the button stays focusable but says it is unavailable; the status line says why. */
  function setBusy(value, message) {
    busy = value;
    if (value) {
      button.setAttribute('aria-disabled', 'true');
      log.setAttribute('aria-busy', 'true');
    } else {
      button.removeAttribute('aria-disabled');
      log.removeAttribute('aria-busy');
    }
    status.textContent = message || '';
  }

  /* ---- Answer text: the same rules as AnswerText.java ---- */

  const MARKERS = /\[(\d{1,3})\]|https?:\/\/[^\s<>"“”()[\]]+/g;
  const BULLET = /^[•\-*]\s+/;
  const TRAILING = '.,;:!?’\'';

  function appendSegments(parent, line, citationCount, answerId) {
    let at = 0;
    MARKERS.lastIndex = 0;
    let match;
    while ((match = MARKERS.exec(line)) !== null) {
      let node;
      let end = MARKERS.lastIndex;
      if (match[1] !== undefined) {
        const number = parseInt(match[1], 10);
        if (number < 1 || number > citationCount) {
          continue;
        }
        node = element('a', 'cite-ref');
        node.href = '#cite-' + answerId + '-' + number;
        node.append('[', element('span', 'visually-hidden', texts.textCite), String(number), ']');
      } else {
        let url = match[0];
        while (url && TRAILING.indexOf(url.charAt(url.length - 1)) >= 0) {
          url = url.slice(0, -1);
        }
        end = match.index + url.length;
        node = element('a', null, url);
        node.href = url;
      }
      if (match.index > at) {
        parent.append(line.slice(at, match.index));
      }
      parent.append(node);
      at = end;
    }
    if (at < line.length) {
      parent.append(line.slice(at));
    }
  }

  function renderText(container, text, citationCount, answerId) {
    container.replaceChildren();
    let block = null;
    let blockIsList = false;
    String(text || '').replace(/\r\n/g, '\n').split('\n').forEach(function (raw) {
      const line = raw.trim();
      const bullet = BULLET.exec(line);
      if (!line || (block && Boolean(bullet) !== blockIsList)) {
        block = null;
      }
      if (!line) {
        return;
      }
      if (!block) {
        blockIsList = Boolean(bullet);
        block = element(blockIsList ? 'ul' : 'p', blockIsList ? 'answer__list' : null);
        container.append(block);
      } else if (!blockIsList) {
        block.append(document.createElement('br'));
      }
      if (blockIsList) {
        const item = element('li');
        appendSegments(item, line.slice(bullet[0].length), citationCount, answerId);
        block.append(item);
      } else {
        appendSegments(block, line, citationCount, answerId);
      }
    });
  }

  /* ---- The exchange drawn while streaming ---- */

  function newExchange(question) {
    const article = element('article', 'exchange');
    const asked = element('div', 'exchange__question');
    asked.append(element('h3', 'visually-hidden', texts.textQuestion),
      element('p', 'exchange__question-text', question));
    const answer = element('div', 'answer');
    answer.tabIndex = -1;
    answer.dataset.state = 'pending';
    const heading = element('h3', 'answer__heading', texts.textAnswer);
    const label = element('p', 'ai-label');
    label.append(element('strong', 'tag tag--ai', texts.textAi), ' ', element('span', null, texts.textCheck));
    const body = element('div', 'answer__text answer__streamed');
    body.append(element('p', 'hint', texts.textPending));
    answer.append(heading, label, body);
    article.append(asked, answer);
    log.append(article);
    return { article: article, answer: answer, label: label, body: body, streamed: '' };
  }

  function onToken(exchange, piece) {
    if (exchange.answer.dataset.state === 'pending') {
      exchange.body.replaceChildren();
      exchange.answer.dataset.state = 'streaming';
    }
    exchange.streamed += piece;
    exchange.body.textContent = exchange.streamed;
  }

  function modelName(model) {
    if (!model) {
      return '';
    }
    if (typeof model === 'string') {
      return model;
    }
    return model.name || model.id || '';
  }

  function onAnswer(exchange, data) {
    const answerId = data.messageId || data.id || ('new-' + Date.now());
    const sources = Array.isArray(data.sources) ? data.sources : [];
    exchange.answerId = data.messageId || data.id || null;
    exchange.answer.id = 'answer-' + answerId;
    exchange.body.classList.remove('answer__streamed');
    if (data.language) {
      // Replies are written in English or French only (as CitizenTexts.replyLanguage says).
      exchange.body.lang = String(data.language).toLowerCase().startsWith('fr') ? 'fr' : 'en';
    }
    renderText(exchange.body, data.answer, sources.length, answerId);
    const name = modelName(data.model);
    exchange.label.append(element('span', 'ai-label__model', name ? format(texts.textModel, name) : texts.textNoModel));
    if (sources.length) {
      const block = element('div', 'sources');
      const list = element('ol', 'sources__list');
      sources.forEach(function (source, index) {
        const item = element('li');
        item.id = 'cite-' + answerId + '-' + (index + 1);
        item.tabIndex = -1;
        const title = source.title || source.url || '';
        if (isWebAddress(source.url)) {
          const link = element('a', null, title);
          link.href = source.url.trim();
          item.append(link);
        } else {
          item.append(title);
        }
        if (source.section && source.section !== title) {
          item.append(' ', element('span', 'sources__section', '(' + source.section + ')'));
        }
        list.append(item);
      });
      block.append(element('h4', 'sources__heading', texts.textSources), list);
      exchange.answer.append(block);
    }
    exchange.answer.dataset.state = 'final';
  }

  function onFailure(exchange, message) {
    exchange.body.classList.remove('answer__streamed');
    exchange.body.replaceChildren(element('p', 'stream-error', message));
    exchange.answer.dataset.state = 'error';
  }

  /* The server's HTML of the finished exchange: adds the "how" panel and the feedback form. */
  async function replaceWithServerHtml(exchange, conversationId) {
    const url = texts.pages + '/' + encodeURIComponent(conversationId) + '/exchanges/'
      + encodeURIComponent(exchange.answerId || 'last');
    const response = await fetch(url, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' });
    if (!response.ok) {
      return;
    }
    const template = document.createElement('template');
    template.innerHTML = await response.text();
    const article = template.content.querySelector('article.exchange');
    if (article) {
      exchange.article.replaceWith(article);
    }
  }

  /* ---- Server-sent events over fetch ---- */

  async function readEvents(response, onEvent) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const dispatch = function () {
      buffer = buffer.replace(/\r\n/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = 'message';
        const data = [];
        block.split('\n').forEach(function (line) {
          if (line.startsWith('event:')) {
            name = line.slice(6).trim();
          } else if (line.startsWith('data:')) {
            data.push(line.slice(5).replace(/^ /, ''));
          }
        });
        if (data.length) {
          onEvent(name, data.join('\n'));
        }
      }
    };
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) {
        buffer += decoder.decode() + '\n\n';
        dispatch();
        return;
      }
      buffer += decoder.decode(chunk.value, { stream: true });
      dispatch();
    }
  }

  async function problemMessage(response) {
    const retryAfter = parseInt(response.headers.get('Retry-After') || '', 10);
    if ((response.status === 429 || response.status === 503) && retryAfter > 0) {
      return format(texts.textBusy, retryAfter);
    }
    return texts.textError;
  }

  async function conversationId() {
    if (form.dataset.conversationId) {
      return form.dataset.conversationId;
    }
    const response = await fetch(texts.api, {
      method: 'POST',
      credentials: 'same-origin',
      headers: jsonHeaders('application/json'),
      body: JSON.stringify({ language: language })
    });
    if (!response.ok) {
      throw new Error(await problemMessage(response));
    }
    const created = await response.json();
    form.dataset.conversationId = created.id;
    form.action = texts.pages + '/' + encodeURIComponent(created.id) + '/messages';
    history.replaceState(null, '', texts.pages + '/' + encodeURIComponent(created.id));
    return created.id;
  }

  async function ask(question) {
    setBusy(true, texts.textSending);
    const exchange = newExchange(question);
    let finished = false;
    try {
      const id = await conversationId();
      const response = await fetch(texts.api + '/' + encodeURIComponent(id) + '/messages', {
        method: 'POST',
        credentials: 'same-origin',
        headers: jsonHeaders('text/event-stream'),
        body: JSON.stringify({ message: question })
      });
      if (!response.ok || !response.body) {
        throw new Error(await problemMessage(response));
      }
      let failed = null;
      await readEvents(response, function (name, data) {
        if (name === 'token') {
          onToken(exchange, JSON.parse(data));
        } else if (name === 'answer') {
          onAnswer(exchange, JSON.parse(data));
          finished = true;
        } else if (name === 'error') {
          failed = texts.textError;
        }
      });
      if (!finished) {
        throw new Error(failed || texts.textError);
      }
      textarea.value = '';
      try {
        await replaceWithServerHtml(exchange, id);
      } catch (ignored) {
        // The answer drawn from the stream stays.
      }
      setBusy(false, texts.textDone);
    } catch (failure) {
      onFailure(exchange, failure && failure.message ? failure.message : texts.textError);
      setBusy(false, failure && failure.message ? failure.message : texts.textError);
    }
  }

  form.addEventListener('submit', function (event) {
    if (busy) {
      event.preventDefault();
      return;
    }
    const question = textarea.value.trim();
    if (!question || !csrfToken()) {
      return; // the browser's own check, or the plain form post
    }
    event.preventDefault();
    ask(question);
  });

  /* Feedback: posted to the API; the form is replaced by a thank-you. A failure posts the plain form. */
  document.addEventListener('submit', function (event) {
    const feedback = event.target;
    if (!(feedback instanceof HTMLFormElement) || !feedback.classList.contains('feedback')) {
      return;
    }
    if (!csrfToken() || !feedback.dataset.api) {
      return;
    }
    event.preventDefault();
    const helpful = event.submitter ? event.submitter.value === 'true' : true;
    const comment = feedback.querySelector('textarea[name="comment"]');
    fetch(feedback.dataset.api, {
      method: 'POST',
      credentials: 'same-origin',
      headers: jsonHeaders('application/json'),
      body: JSON.stringify({ helpful: helpful, comment: comment ? comment.value : '' })
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      const thanks = element('p', 'feedback-thanks', texts.textThanks);
      thanks.setAttribute('role', 'status');
      thanks.tabIndex = -1;
      feedback.replaceWith(thanks);
      thanks.focus();
    }).catch(function () {
      const choice = element('input');
      choice.type = 'hidden';
      choice.name = 'helpful';
      choice.value = String(helpful);
      feedback.append(choice);
      HTMLFormElement.prototype.submit.call(feedback);
    });
  });
}());
