// The reader's behaviour: highlight a sentence and its translation on hover, focus or tap;
// move between sentences with the arrow keys; switch views and remember the view in the
// URL hash. Everything is found from the event's target when it happens, so nothing walks
// the page at load: the page is interactive at once, whatever its length.
(function () {
  'use strict';
  var VIEWS = ['side-by-side', 'interleaved', 'english', 'french'];
  var root = document.documentElement;
  var note = document.getElementById('note');
  var partner = document.getElementById('partner');
  var controls = document.querySelector('.views');
  var active = [];
  var current = null;

  function sentenceOf(node) {
    return node && node.closest ? node.closest('.s') : null;
  }

  function languageOf(sentence) {
    return sentence.closest('[lang]').getAttribute('lang');
  }

  function pairOf(sentence) {
    return document.querySelectorAll('.s[data-pair="' + CSS.escape(sentence.getAttribute('data-pair')) + '"]');
  }

  function isShown(element) {
    return element.getClientRects().length > 0;
  }

  function clear() {
    for (var index = 0; index < active.length; index += 1) active[index].classList.remove('is-active', 'is-source');
    active = [];
    current = null;
    note.hidden = true;
    partner.hidden = true;
  }

  function showNotes(pair) {
    var lines = [];
    for (var index = 0; index < pair.length; index += 1) {
      var text = pair[index].getAttribute('data-note');
      var own = text ? text.split('\n') : [];
      for (var line = 0; line < own.length; line += 1) if (lines.indexOf(own[line]) < 0) lines.push(own[line]);
    }
    note.textContent = '';
    for (var at = 0; at < lines.length; at += 1) {
      var paragraph = document.createElement('p');
      paragraph.textContent = lines[at];
      note.appendChild(paragraph);
    }
    note.hidden = lines.length === 0;
  }

  function showFrenchOf(sentence, pair) {
    var french = [];
    for (var index = 0; index < pair.length; index += 1) {
      if (languageOf(pair[index]) === 'fr') french.push(pair[index].textContent);
    }
    if (french.length === 0) return;
    partner.textContent = french.join(' ');
    partner.hidden = false;
    var box = sentence.getBoundingClientRect();
    var width = partner.offsetWidth;
    var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
    partner.style.setProperty('left', left + window.scrollX + 'px');
    partner.style.setProperty('top', box.bottom + window.scrollY + 6 + 'px');
  }

  // A tap sends mouseover then focus: the second lights up nothing new, but may scroll.
  function activate(sentence, scroll) {
    var pair = pairOf(sentence);
    var language = languageOf(sentence);
    if (sentence !== current) {
      clear();
      current = sentence;
      for (var index = 0; index < pair.length; index += 1) {
        pair[index].classList.add(pair[index] === sentence ? 'is-source' : 'is-active');
        active.push(pair[index]);
      }
      showNotes(pair);
      if (root.getAttribute('data-view') === 'english' && language === 'en') showFrenchOf(sentence, pair);
    }
    if (!scroll) return;
    // On a narrow screen (or a long paragraph) the translation may be off screen: bring it in.
    for (var other = 0; other < pair.length; other += 1) {
      var element = pair[other];
      if (element === sentence || languageOf(element) === language || !isShown(element)) continue;
      var box = element.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) {
        var smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        element.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
      }
      break;
    }
  }

  // Hover is the mouse's (and the pen's): a tap focuses the sentence instead, and the
  // mouse events a browser makes up after a tap or a scroll must not move the highlight.
  document.addEventListener('pointerover', function (event) {
    if (event.pointerType === 'touch') return;
    var sentence = sentenceOf(event.target);
    if (sentence) activate(sentence, false);
    // The space between two sentences keeps the highlight; leaving the text clears it.
    else if (current && current !== document.activeElement && !(event.target.closest && event.target.closest('.row'))) clear();
  });

  document.addEventListener('focusin', function (event) {
    var sentence = sentenceOf(event.target);
    if (sentence) activate(sentence, true);
  });

  document.addEventListener('focusout', function (event) {
    if (sentenceOf(event.relatedTarget) === null && current === event.target) clear();
  });

  // The sentences of one language that can be seen now, in reading order.
  function visibleSentences(language) {
    var all = document.querySelectorAll('.s');
    var found = [];
    for (var index = 0; index < all.length; index += 1) {
      if (languageOf(all[index]) === language && isShown(all[index])) found.push(all[index]);
    }
    return found;
  }

  document.addEventListener('keydown', function (event) {
    var sentence = sentenceOf(event.target);
    if (!sentence || event.altKey || event.ctrlKey || event.metaKey) return;
    var language = languageOf(sentence);
    var target = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      var pair = pairOf(sentence);
      for (var index = 0; index < pair.length && target === null; index += 1) {
        if (languageOf(pair[index]) !== language && isShown(pair[index])) target = pair[index];
      }
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Home' || event.key === 'End') {
      var list = visibleSentences(language);
      var at = list.indexOf(sentence);
      if (event.key === 'ArrowDown') target = list[at + 1] || null;
      else if (event.key === 'ArrowUp') target = at > 0 ? list[at - 1] : null;
      else if (event.key === 'Home') target = list[0] || null;
      else target = list[list.length - 1] || null;
    } else if (event.key === 'Escape') {
      clear();
      return;
    } else {
      return;
    }
    event.preventDefault();
    if (target) target.focus();
  });

  function setView(view, remember) {
    if (VIEWS.indexOf(view) < 0) view = VIEWS[0];
    // The page is written in the first view: opening it so costs no restyle.
    if (root.getAttribute('data-view') !== view) {
      root.setAttribute('data-view', view);
      var buttons = controls.querySelectorAll('button[data-view]');
      for (var index = 0; index < buttons.length; index += 1) {
        buttons[index].setAttribute('aria-pressed', String(buttons[index].getAttribute('data-view') === view));
      }
    }
    if (current) clear();
    if (!remember) return;
    var hash = '#view=' + view;
    if (location.hash === hash) return;
    try {
      history.replaceState(null, '', hash);
    } catch (error) {
      location.hash = hash;
    }
  }

  function viewInHash() {
    var match = /(?:^#|&)view=([a-z-]+)/.exec(location.hash);
    return match ? match[1] : null;
  }

  controls.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-view]');
    if (button) setView(button.getAttribute('data-view'), true);
  });
  // Only a hash naming a view changes it: the skip link's #article does not.
  window.addEventListener('hashchange', function () {
    var view = viewInHash();
    if (view !== null) setView(view, false);
  });
  window.addEventListener('resize', function () {
    partner.hidden = true;
  });

  setView(viewInHash() || VIEWS[0], false);
  controls.hidden = false;
})();
