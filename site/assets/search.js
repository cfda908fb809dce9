/*
 * Memoria's search engine for the browser: no modules, no fetch, no workers, so it works from
 * file:// as well as over http. It reads the index that `memoria build` exports from its Lucene
 * index (site/search/*.js, loaded on demand by inserting classic <script> tags) and repeats the
 * Java side (dev.memoria.search: Analysis, QueryPlan, LocalSearch, Snippets) step for step, so a
 * query gets the same results here and from `memoria search`.
 *
 * API: window.MemoriaSearch.query(text, {lang, limit}) -> Promise<[result]>, where a result is
 * {url, href, title, section, lang, score, snippet: [{text, hit}]}; MemoriaSearch.render(results,
 * element) draws them with text nodes only; MemoriaSearch.attach({input, list, lang, status})
 * wires a search box, and is called by itself for an input with data-memoria-search and a list
 * with data-memoria-search-results. Nothing from a query or a note is ever parsed as HTML.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  // The site root: data-root on the script tag, else the folder above this file (assets/..).
  var root = script
    ? script.getAttribute('data-root') || new URL('..', script.src).href
    : '';

  // ---- Loading the index -------------------------------------------------------------------

  var promises = {};
  var waiting = {};
  var data = {};

  window.memoriaSearchData = function (name, json) {
    if (Object.prototype.hasOwnProperty.call(data, name)) {
      return;
    }
    data[name] = JSON.parse(json);
    if (waiting[name]) {
      waiting[name].resolve(data[name]);
    }
  };

  function load(name) {
    if (!promises[name]) {
      promises[name] = new Promise(function (resolve, reject) {
        if (Object.prototype.hasOwnProperty.call(data, name)) {
          resolve(data[name]);
          return;
        }
        waiting[name] = { resolve: resolve };
        var tag = document.createElement('script');
        tag.src = root + 'search/' + name + '.js';
        tag.async = true;
        tag.onerror = function () {
          delete promises[name];
          reject(new Error('cannot load search/' + name + '.js'));
        };
        tag.onload = function () {
          if (!Object.prototype.hasOwnProperty.call(data, name)) {
            delete promises[name];
            reject(new Error('search/' + name + '.js did not hand over its data'));
          }
        };
        document.head.appendChild(tag);
      });
    }
    return promises[name];
  }

  var manifestPromise = null;
  var stopWords = null;

  function manifest() {
    if (!manifestPromise) {
      manifestPromise = load('manifest').then(function (m) {
        stopWords = new Set(m.stop);
        return m;
      });
    }
    return manifestPromise;
  }

  /** Index of the shard whose first key is the last one <= key. */
  function shardOf(firsts, key) {
    var lo = 0;
    var hi = firsts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (firsts[mid] <= key) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The shards that may hold keys in [from, to). */
  function shardsBetween(firsts, from, to) {
    var shards = [];
    for (var i = shardOf(firsts, from); i < firsts.length; i++) {
      if (shards.length > 0 && firsts[i] >= to) {
        break;
      }
      shards.push(i);
    }
    return shards;
  }

  // ---- Analysis (Analysis.java, WordTokenizer.java, FoldingFilter.java) ----------------------

  var WORD_CHAR = /[\p{L}\p{Nd}\p{M}]/u;
  var MARKS = /[\p{Mn}\p{Mc}\p{Me}]/gu;
  var TERM_LENGTH = 64;

  /** Runs of letters, marks and decimal digits: [{start, end}] in UTF-16 offsets. */
  function words(text) {
    var spans = [];
    var start = -1;
    for (var i = 0; i < text.length; ) {
      var c = text.codePointAt(i);
      var word = WORD_CHAR.test(String.fromCodePoint(c));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        spans.push({ start: start, end: i });
        start = -1;
      }
      i += c > 0xffff ? 2 : 1;
    }
    if (start >= 0) {
      spans.push({ start: start, end: text.length });
    }
    return spans;
  }

  /** Lower-cased code point by code point, as Java's Character.toLowerCase(int). */
  function lower(word) {
    var out = '';
    for (var i = 0; i < word.length; ) {
      var c = word.codePointAt(i);
      var ch = String.fromCodePoint(c);
      var low = c === 0x130 ? 'i' : ch.toLowerCase();
      // Java maps one code point to one; JavaScript sometimes to several, then keep it as is.
      out += Array.from(low).length === 1 ? low : ch;
      i += c > 0xffff ? 2 : 1;
    }
    return out;
  }

  function fold(text) {
    if (!/[^\x00-\x7f]/.test(text)) {
      return text;
    }
    return text.normalize('NFD').replace(MARKS, '');
  }

  function key(word) {
    return fold(lower(word));
  }

  /** Lucene's SpanishLightStemmer, on an array of UTF-16 units; returns the new length. */
  function spanishLightStem(s, len) {
    if (len < 5) {
      return len;
    }
    for (var i = 0; i < len; i++) {
      switch (s[i]) {
        case 'à': case 'á': case 'â': case 'ä': s[i] = 'a'; break;
        case 'ò': case 'ó': case 'ô': case 'ö': s[i] = 'o'; break;
        case 'è': case 'é': case 'ê': case 'ë': s[i] = 'e'; break;
        case 'ù': case 'ú': case 'û': case 'ü': s[i] = 'u'; break;
        case 'ì': case 'í': case 'î': case 'ï': s[i] = 'i'; break;
      }
    }
    switch (s[len - 1]) {
      case 'o':
      case 'a':
      case 'e':
        return len - 1;
      case 's':
        if (s[len - 2] === 'e' && s[len - 3] === 's' && s[len - 4] === 'e') return len - 2;
        if (s[len - 2] === 'e' && s[len - 3] === 'c') {
          s[len - 3] = 'z';
          return len - 2;
        }
        if (s[len - 2] === 'o' || s[len - 2] === 'a' || s[len - 2] === 'e') return len - 2;
    }
    return len;
  }

  function spanishStem(word) {
    var s = word.split('');
    var len = spanishLightStem(s, s.length);
    return s.slice(0, len).join('');
  }

  /** Lucene's PorterStemmer (Martin Porter's algorithm as Lucene ships it), line for line. */
  function porterStem(word) {
    var b = word.split('');
    var k = b.length - 1;
    var k0 = 0;
    var j = 0;

    function cons(i) {
      switch (b[i]) {
        case 'a': case 'e': case 'i': case 'o': case 'u':
          return false;
        case 'y':
          return i === k0 ? true : !cons(i - 1);
        default:
          return true;
      }
    }
    function m() {
      var n = 0;
      var i = k0;
      while (true) {
        if (i > j) return n;
        if (!cons(i)) break;
        i++;
      }
      i++;
      while (true) {
        while (true) {
          if (i > j) return n;
          if (cons(i)) break;
          i++;
        }
        i++;
        n++;
        while (true) {
          if (i > j) return n;
          if (!cons(i)) break;
          i++;
        }
        i++;
      }
    }
    function vowelinstem() {
      for (var i = k0; i <= j; i++) if (!cons(i)) return true;
      return false;
    }
    function doublec(jj) {
      if (jj < k0 + 1) return false;
      if (b[jj] !== b[jj - 1]) return false;
      return cons(jj);
    }
    function cvc(i) {
      if (i < k0 + 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      var ch = b[i];
      return !(ch === 'w' || ch === 'x' || ch === 'y');
    }
    function ends(s) {
      var l = s.length;
      var o = k - l + 1;
      if (o < k0) return false;
      for (var i = 0; i < l; i++) if (b[o + i] !== s.charAt(i)) return false;
      j = k - l;
      return true;
    }
    function setto(s) {
      var l = s.length;
      var o = j + 1;
      for (var i = 0; i < l; i++) b[o + i] = s.charAt(i);
      k = j + l;
    }
    function r(s) {
      if (m() > 0) setto(s);
    }
    function step1() {
      if (b[k] === 's') {
        if (ends('sses')) k -= 2;
        else if (ends('ies')) setto('i');
        else if (b[k - 1] !== 's') k--;
      }
      if (ends('eed')) {
        if (m() > 0) k--;
      } else if ((ends('ed') || ends('ing')) && vowelinstem()) {
        k = j;
        if (ends('at')) setto('ate');
        else if (ends('bl')) setto('ble');
        else if (ends('iz')) setto('ize');
        else if (doublec(k)) {
          var ch = b[k--];
          if (ch === 'l' || ch === 's' || ch === 'z') k++;
        } else if (m() === 1 && cvc(k)) setto('e');
      }
    }
    function step2() {
      if (ends('y') && vowelinstem()) {
        b[k] = 'i';
      }
    }
    function step3() {
      if (k === k0) return;
      switch (b[k - 1]) {
        case 'a':
          if (ends('ational')) { r('ate'); break; }
          if (ends('tional')) { r('tion'); break; }
          break;
        case 'c':
          if (ends('enci')) { r('ence'); break; }
          if (ends('anci')) { r('ance'); break; }
          break;
        case 'e':
          if (ends('izer')) { r('ize'); break; }
          break;
        case 'l':
          if (ends('bli')) { r('ble'); break; }
          if (ends('alli')) { r('al'); break; }
          if (ends('entli')) { r('ent'); break; }
          if (ends('eli')) { r('e'); break; }
          if (ends('ousli')) { r('ous'); break; }
          break;
        case 'o':
          if (ends('ization')) { r('ize'); break; }
          if (ends('ation')) { r('ate'); break; }
          if (ends('ator')) { r('ate'); break; }
          break;
        case 's':
          if (ends('alism')) { r('al'); break; }
          if (ends('iveness')) { r('ive'); break; }
          if (ends('fulness')) { r('ful'); break; }
          if (ends('ousness')) { r('ous'); break; }
          break;
        case 't':
          if (ends('aliti')) { r('al'); break; }
          if (ends('iviti')) { r('ive'); break; }
          if (ends('biliti')) { r('ble'); break; }
          break;
        case 'g':
          if (ends('logi')) { r('log'); break; }
      }
    }
    function step4() {
      switch (b[k]) {
        case 'e':
          if (ends('icate')) { r('ic'); break; }
          if (ends('ative')) { r(''); break; }
          if (ends('alize')) { r('al'); break; }
          break;
        case 'i':
          if (ends('iciti')) { r('ic'); break; }
          break;
        case 'l':
          if (ends('ical')) { r('ic'); break; }
          if (ends('ful')) { r(''); break; }
          break;
        case 's':
          if (ends('ness')) { r(''); break; }
          break;
      }
    }
    function step5() {
      if (k === k0) return;
      switch (b[k - 1]) {
        case 'a':
          if (ends('al')) break;
          return;
        case 'c':
          if (ends('ance')) break;
          if (ends('ence')) break;
          return;
        case 'e':
          if (ends('er')) break;
          return;
        case 'i':
          if (ends('ic')) break;
          return;
        case 'l':
          if (ends('able')) break;
          if (ends('ible')) break;
          return;
        case 'n':
          if (ends('ant')) break;
          if (ends('ement')) break;
          if (ends('ment')) break;
          if (ends('ent')) break;
          return;
        case 'o':
          if (ends('ion') && j >= 0 && (b[j] === 's' || b[j] === 't')) break;
          if (ends('ou')) break;
          return;
        case 's':
          if (ends('ism')) break;
          return;
        case 't':
          if (ends('ate')) break;
          if (ends('iti')) break;
          return;
        case 'u':
          if (ends('ous')) break;
          return;
        case 'v':
          if (ends('ive')) break;
          return;
        case 'z':
          if (ends('ize')) break;
          return;
        default:
          return;
      }
      if (m() > 1) k = j;
    }
    function step6() {
      j = k;
      if (b[k] === 'e') {
        var a = m();
        if (a > 1 || (a === 1 && !cvc(k - 1))) k--;
      }
      if (b[k] === 'l' && doublec(k) && m() > 1) k--;
    }

    if (k > k0 + 1) {
      step1();
      step2();
      step3();
      step4();
      step5();
      step6();
    }
    return b.slice(0, k + 1).join('');
  }

  var CHAINS = ['es', 'en'];

  /** One word through one chain: lower-case, stop words, stem, fold, length. */
  function analyseChain(word, chain, keepStopWords) {
    var low = lower(word);
    if (!keepStopWords && stopWords.has(low)) {
      return [];
    }
    var term = fold(chain === 'es' ? spanishStem(low) : porterStem(low));
    return term.length >= 1 && term.length <= TERM_LENGTH ? [term] : [];
  }

  // ---- The word table and the dictionary --------------------------------------------------

  function wordEntry(m, k) {
    var shard = data['words-' + shardOf(m.words, k)];
    if (!shard || !Object.prototype.hasOwnProperty.call(shard, k)) {
      return null;
    }
    return shard[k];
  }

  /** The terms of one query word per chain: from the word table, else analysed (QueryPlan.analyse). */
  function analyse(m, word, keepStopWords) {
    var entry = wordEntry(m, key(word));
    return CHAINS.map(function (chain, i) {
      return entry ? entry[i] : analyseChain(word, chain, keepStopWords);
    });
  }

  var lexicons = new Map();

  /** Lexicon shard n: its terms in order and, per term, [position, sections]. */
  function lexicon(n) {
    if (!lexicons.has(n)) {
      var raw = data['lex-' + n];
      var terms = [];
      // A Map, not an object: terms such as "__proto__" or "constructor" are plain keys here.
      var info = new Map();
      for (var i = 0; i < raw.length; i += 2) {
        info.set(raw[i], [terms.length, raw[i + 1]]);
        terms.push(raw[i]);
      }
      lexicons.set(n, { terms: terms, info: info });
    }
    return lexicons.get(n);
  }

  /** The number of (section, field) pairs holding a term, or 0 when it is not in the index. */
  function sectionsOf(m, term) {
    var n = shardOf(m.terms, term);
    if (!data['lex-' + n]) return 0;
    var info = lexicon(n).info.get(term);
    return info ? info[1] : 0;
  }

  var DIGITS = {};
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('').forEach(
    function (c, i) { DIGITS[c] = i; });

  /** BrowserIndex.varint, undone: the numbers of a postings string. */
  function varints(text) {
    var out = [];
    var value = 0;
    var scale = 1;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGITS[text.charAt(i)];
      if (digit >= 32) {
        value += (digit - 32) * scale;
        scale *= 32;
      } else {
        out.push(value + digit * scale);
        value = 0;
        scale = 1;
      }
    }
    return out;
  }

  var parsedTerms = new Map();

  /** A term's posting lists by field number, as [doc delta, tf, norm, …]; null if absent. */
  function postingsOf(m, term) {
    if (parsedTerms.has(term)) {
      return parsedTerms.get(term);
    }
    var n = shardOf(m.terms, term);
    var lists = data['post-' + n];
    var info = lists && data['lex-' + n] ? lexicon(n).info.get(term) : null;
    var fields = null;
    if (info) {
      fields = {};
      var raw = lists[info[0]];
      for (var i = 0; i < raw.length; i += 2) {
        fields[raw[i]] = typeof raw[i + 1] === 'number' ? fields[raw[i + 1]] : varints(raw[i + 1]);
      }
    }
    parsedTerms.set(term, fields);
    return fields;
  }

  /** Loaded lexicon terms in [from, to), sorted. */
  function termsBetween(m, from, to) {
    var terms = [];
    shardsBetween(m.terms, from, to).forEach(function (n) {
      lexicon(n).terms.forEach(function (t) {
        if (t >= from && t < to) {
          terms.push(t);
        }
      });
    });
    return terms;
  }

  function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** Optimal string alignment distance, or max + 1 when more (EditDistance.java). */
  function editDistance(a, b, max) {
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > max) return max + 1;
    var previous2 = new Array(lb + 1).fill(0);
    var previous = new Array(lb + 1);
    var current = new Array(lb + 1).fill(0);
    for (var j = 0; j <= lb; j++) previous[j] = j;
    for (var i = 1; i <= la; i++) {
      current[0] = i;
      var rowMin = current[0];
      for (j = 1; j <= lb; j++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        var d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
            a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
          d = Math.min(d, previous2[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) return max + 1;
      var recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[lb], max + 1);
  }

  // ---- Planning a query (QueryPlan.java) --------------------------------------------------

  var EXACT = 0;
  var PREFIX = 1;
  var FUZZY = 2;
  var LAST_CHAR = '\uffff';

  function queryWords(m, text) {
    var limits = m.limits;
    var cut = text.length > limits.queryChars ? text.substring(0, limits.queryChars) : text;
    var kept = [];
    words(cut).forEach(function (span) {
      var word = cut.substring(span.start, span.end);
      if (word.length <= limits.termLength && kept.length < limits.words) {
        kept.push(lower(word));
      }
    });
    return kept;
  }

  /** Loads what choosing terms needs: word-table shards, then the lexicon shards words reach. */
  function loadFor(m, qwords) {
    var wordShards = new Set();
    qwords.forEach(function (w) {
      wordShards.add(shardOf(m.words, key(w)));
    });
    return Promise.all(Array.from(wordShards).map(function (n) {
      return load('words-' + n);
    })).then(function () {
      var termShards = new Set();
      qwords.forEach(function (w, index) {
        var k = key(w);
        [analyse(m, w, false), analyse(m, w, true)].forEach(function (chains) {
          chains.forEach(function (terms) {
            terms.forEach(function (t) {
              termShards.add(shardOf(m.terms, t));
            });
          });
        });
        if (index === qwords.length - 1 && k.length >= m.limits.minPrefix) {
          shardsBetween(m.terms, k, k + LAST_CHAR).forEach(function (n) { termShards.add(n); });
        }
        if (k.length >= 5 && k.charCodeAt(0) !== 0xffff) {
          var first = k.charAt(0);
          var next = String.fromCharCode(k.charCodeAt(0) + 1);
          shardsBetween(m.terms, first, next).forEach(function (n) { termShards.add(n); });
        }
      });
      return Promise.all(Array.from(termShards).map(function (n) {
        return load('lex-' + n);
      }));
    });
  }

  /**
   * The terms a query asks for, in QueryPlan's order: per word, its exact terms (with their
   * chain), the completions of the last word, then near spellings. Needs the lexicon shards only.
   */
  function chooseTerms(m, qwords) {
    var analysed = qwords.map(function (w) { return analyse(m, w, false); });
    var onlyStopWords = analysed.every(function (chains) {
      return chains.every(function (terms) { return terms.length === 0; });
    });
    if (onlyStopWords) {
      analysed = qwords.map(function (w) { return analyse(m, w, true); });
    }
    var limits = m.limits;
    var picks = [];
    function bySections(a, b) {
      return sectionsOf(m, b) - sectionsOf(m, a) || compare(a, b);
    }
    qwords.forEach(function (word, w) {
      var k = key(word);
      var used = new Set();
      var targets = [k];
      CHAINS.forEach(function (chain, c) {
        analysed[w][c].forEach(function (term) {
          used.add(term);
          targets.push(term);
          picks.push({ term: term, kind: EXACT, chain: c });
        });
      });
      if (w === qwords.length - 1 && k.length >= limits.minPrefix) {
        var completions = termsBetween(m, k, k + LAST_CHAR).filter(function (t) {
          return !used.has(t);
        });
        completions.sort(bySections);
        completions.slice(0, limits.prefixTerms).forEach(function (t) {
          used.add(t);
          picks.push({ term: t, kind: PREFIX, chain: -1 });
        });
      }
      if (k.length >= 5 && k.charCodeAt(0) !== 0xffff) {
        var maxEdits = k.length >= 8 ? 2 : 1;
        var near = [];
        termsBetween(m, k.charAt(0), String.fromCharCode(k.charCodeAt(0) + 1)).forEach(function (t) {
          if (used.has(t)) return;
          var best = maxEdits + 1;
          targets.forEach(function (target) {
            best = Math.min(best, editDistance(target, t, maxEdits));
          });
          if (best <= maxEdits) near.push({ term: t, distance: best });
        });
        near.sort(function (a, b) {
          return a.distance - b.distance || bySections(a.term, b.term);
        });
        near.slice(0, limits.fuzzyTerms).forEach(function (n) {
          picks.push({ term: n.term, kind: FUZZY, chain: -1 });
        });
      }
    });
    return picks;
  }

  /** The postings shards of the picked terms that are in the index. */
  function loadPostings(m, picks) {
    var shards = new Set();
    picks.forEach(function (pick) {
      if (sectionsOf(m, pick.term) > 0) shards.add(shardOf(m.terms, pick.term));
    });
    return Promise.all(Array.from(shards).map(function (n) { return load('post-' + n); }));
  }

  /** Weighted (term, field) clauses, as QueryPlan.Builder makes them. */
  function clausesOf(m, picks) {
    var clauses = [];
    var fields = m.fields;
    picks.forEach(function (pick) {
      var lists = sectionsOf(m, pick.term) > 0 ? postingsOf(m, pick.term) : null;
      for (var f = 0; f < fields.length; f++) {
        // Fields alternate es, en (Fields.ALL); exact terms go to their chain's fields.
        if (pick.chain >= 0 && f % CHAINS.length !== pick.chain) continue;
        if (!lists || !lists[f] || clauses.length >= m.limits.clauses) continue;
        var boost = Math.fround(Math.fround(fields[f][1]) * Math.fround(m.kinds[pick.kind]));
        clauses.push({ term: pick.term, field: f, boost: boost, kind: pick.kind });
      }
    });
    return clauses;
  }

  // ---- Ranking (LocalSearch.java; Lucene's BM25Similarity in float) ------------------------

  var f32 = Math.fround;

  function score(m, clauses) {
    var k1 = f32(m.k1);
    var b = f32(m.b);
    var scores = new Map();
    var direct = new Set();
    clauses.forEach(function (clause) {
      var stats = m.fields[clause.field];
      var docCount = stats[2];
      var avgdl = f32(stats[3] / docCount);
      var list = postingsOf(m, clause.term)[clause.field];
      var df = list.length / 3;
      var idf = f32(Math.log(1 + (docCount - df + 0.5) / (df + 0.5)));
      var weight = f32(clause.boost * idf);
      var doc = 0;
      for (var i = 0; i < list.length; i += 3) {
        doc += list[i];
        var tf = list[i + 1];
        var length = m.lengths[list[i + 2]];
        var normInverse = f32(1 / f32(k1 * f32(f32(1 - b) + f32(f32(b * length) / avgdl))));
        var s = f32(weight - f32(weight / f32(1 + f32(tf * normInverse))));
        scores.set(doc, (scores.get(doc) || 0) + s);
        if (clause.kind !== FUZZY) direct.add(doc);
      }
    });
    var ranked = [];
    scores.forEach(function (total, doc) {
      ranked.push({ doc: doc, score: f32(total), direct: direct.has(doc) });
    });
    ranked.sort(function (x, y) {
      return (y.direct - x.direct) || (y.score - x.score) || (x.doc - y.doc);
    });
    return ranked;
  }

  function langOf(m, note) {
    for (var i = 0; i < m.langs.length; i++) {
      if (note >= m.langs[i][1] && note < m.langs[i][2]) return m.langs[i][0];
    }
    return '';
  }

  // ---- Snippets (Snippets.java) -----------------------------------------------------------

  function snippet(m, text, terms) {
    var spans = words(text);
    if (spans.length === 0) return [];
    var matched = spans.map(function (span) {
      var word = text.substring(span.start, span.end);
      if (word.length > TERM_LENGTH) return false;
      return analyse(m, word, true).some(function (chainTerms) {
        return chainTerms.some(function (t) { return terms.has(t); });
      });
    });
    var size = m.limits.window;
    var best = 0;
    var bestCount = -1;
    var count = 0;
    for (var i = 0; i < spans.length; i++) {
      count += matched[i] ? 1 : 0;
      if (i >= size) count -= matched[i - size] ? 1 : 0;
      var start = Math.max(0, i - size + 1);
      if (count > bestCount && (i >= size - 1 || i === spans.length - 1)) {
        bestCount = count;
        best = start;
      }
    }
    var firstMatch = best;
    while (firstMatch < spans.length - 1 && !matched[firstMatch]) firstMatch++;
    var first = matched[firstMatch] ? Math.max(0, firstMatch - m.limits.lead) : best;
    var last = Math.min(spans.length, first + size) - 1;
    var from = first === 0 ? 0 : spans[first].start;
    var to = last === spans.length - 1 ? text.length : spans[last].end;
    var parts = [];
    if (first > 0) parts.push({ text: '… ', hit: false });
    var at = from;
    for (i = first; i <= last; i++) {
      if (matched[i]) {
        if (spans[i].start > at) parts.push({ text: text.substring(at, spans[i].start), hit: false });
        parts.push({ text: text.substring(spans[i].start, spans[i].end), hit: true });
        at = spans[i].end;
      }
    }
    if (to > at) parts.push({ text: text.substring(at, to), hit: false });
    if (to < text.length) parts.push({ text: ' …', hit: false });
    return parts;
  }

  // ---- The API --------------------------------------------------------------------------

  function noteRecord(m, note) {
    var n = Math.floor(note / m.notesPerFile);
    return load('docs-' + n).then(function (records) {
      return records[note - n * m.notesPerFile];
    });
  }

  function query(text, options) {
    options = options || {};
    var limit = options.limit > 0 ? Math.floor(options.limit) : 10;
    var lang = options.lang || '';
    return manifest().then(function (m) {
      var qwords = queryWords(m, String(text));
      if (qwords.length === 0 || m.notes === 0) return [];
      var picks;
      var clauses;
      return loadFor(m, qwords).then(function () {
        picks = chooseTerms(m, qwords);
        return loadPostings(m, picks);
      }).then(function () {
        clauses = clausesOf(m, picks);
        var terms = new Set(clauses.map(function (c) { return c.term; }));
        var seen = new Set();
        var chosen = [];
        var ranked = score(m, clauses);
        for (var i = 0; i < ranked.length && chosen.length < limit; i++) {
          var r = ranked[i];
          var note = Math.floor(r.doc / m.stride);
          if (lang && langOf(m, note) !== lang) continue;
          if (seen.has(note)) continue;
          seen.add(note);
          chosen.push(r);
        }
        return Promise.all(chosen.map(function (r) {
          var note = Math.floor(r.doc / m.stride);
          return noteRecord(m, note).then(function (record) {
            var section = record[3][r.doc - note * m.stride];
            var url = section[0] ? record[0] + '#' + section[0] : record[0];
            return {
              url: url,
              href: root + url,
              title: record[1],
              section: section[1],
              lang: record[2],
              score: r.score,
              snippet: snippet(m, section[2], terms)
            };
          });
        }));
      });
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.appendChild(document.createTextNode(text));
    return node;
  }

  /** Draws results into a list element with text nodes only; returns the links. */
  function render(results, list) {
    while (list.firstChild) list.removeChild(list.firstChild);
    return results.map(function (result) {
      var item = element('li', 'search-result');
      var link = element('a', 'search-result-link');
      link.href = result.href;
      link.appendChild(element('span', 'search-result-title', result.title));
      if (result.section) {
        link.appendChild(element('span', 'search-result-section', ' › ' + result.section));
      }
      link.appendChild(element('span', 'search-result-lang', result.lang));
      item.appendChild(link);
      var p = element('p', 'search-result-snippet');
      result.snippet.forEach(function (part) {
        p.appendChild(part.hit ? element('mark', '', part.text) : document.createTextNode(part.text));
      });
      item.appendChild(p);
      list.appendChild(item);
      return link;
    });
  }

  /** "3 notes" in the page's language: the status element's data-format(-one) and data-none. */
  function countText(status, n) {
    if (n === 0 && status.dataset.none) return status.dataset.none;
    var format = (n === 1 && status.dataset.formatOne) || status.dataset.format;
    return format ? format.replace('{0}', String(n)) : String(n);
  }

  /**
   * Wires a search box: results as you type (the index loads when the box is first focused, or at
   * once for a ?q= in the page's address), "/" focuses the box, arrows move through the results,
   * Enter opens the selected (or first) one. Elements: input, list (an <ol> or <ul>), optional
   * lang (a <select> whose value is "", "es" or "en"), status (where "n results" is written),
   * fromUrl (the box of the search page: it starts from ?q= and &lang= and keeps them in the
   * address) and dropdown (the results close when the focus leaves the box and its list).
   */
  function attach(elements) {
    var input = elements.input;
    var list = elements.list;
    var lang = elements.lang || null;
    var status = elements.status || null;
    var limit = elements.limit || 10;
    var asked = 0;
    var links = [];

    function remember(text) {
      if (!elements.fromUrl) return;
      var params = new URLSearchParams();
      if (text) params.set('q', text);
      if (lang && lang.value) params.set('lang', lang.value);
      var search = params.toString();
      try {
        history.replaceState(null, '', search ? '?' + search : window.location.pathname);
      } catch (e) {
        // Some browsers refuse to change a file:// address; the search still works.
      }
    }

    function run() {
      var text = input.value;
      var mine = ++asked;
      remember(text.trim());
      if (!text.trim()) {
        render([], list);
        links = [];
        if (status) status.textContent = '';
        return Promise.resolve([]);
      }
      return query(text, { lang: lang ? lang.value : '', limit: limit }).then(function (results) {
        if (mine !== asked) return results;
        links = render(results, list);
        if (status) status.textContent = countText(status, results.length);
        if (elements.dropdown) list.hidden = false;
        return results;
      }, function (error) {
        if (mine === asked && status) status.textContent = String(error.message || error);
        return [];
      });
    }

    input.addEventListener('focus', function () {
      manifest();
      if (elements.dropdown && links.length) list.hidden = false;
    });
    input.addEventListener('input', run);
    if (lang) lang.addEventListener('change', run);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' && links.length) {
        event.preventDefault();
        links[0].focus();
      } else if (event.key === 'Enter' && links.length) {
        event.preventDefault();
        window.location.href = links[0].href;
      } else if (event.key === 'Escape') {
        input.value = '';
        run();
      }
    });
    list.addEventListener('keydown', function (event) {
      var at = links.indexOf(document.activeElement);
      if (at < 0) return;
      if (event.key === 'ArrowDown' && at + 1 < links.length) {
        event.preventDefault();
        links[at + 1].focus();
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        (at === 0 ? input : links[at - 1]).focus();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        input.focus();
      }
    });
    if (elements.dropdown) {
      var scope = input.form || input.parentNode;
      scope.addEventListener('focusout', function (event) {
        if (!event.relatedTarget || !scope.contains(event.relatedTarget)) list.hidden = true;
      });
    }
    if (elements.fromUrl) {
      var params = new URLSearchParams(window.location.search);
      var wanted = params.get('lang');
      if (lang && wanted) lang.value = wanted;
      var asked0 = params.get('q');
      if (asked0) {
        input.value = asked0;
        run();
      }
    }
    return { run: run };
  }

  /**
   * Attaches every [data-memoria-search] box to the results list, language filter and status in
   * its own form: the header's box as a dropdown, the search page's ([data-memoria-search-url]) as
   * the page. "/" focuses the last box on the page, so on the search page its own.
   */
  function attachToPage() {
    var inputs = document.querySelectorAll('[data-memoria-search]');
    var last = null;
    Array.prototype.forEach.call(inputs, function (input) {
      var scope = input.form || document;
      var list = scope.querySelector('[data-memoria-search-results]');
      if (!list) return;
      var page = input.hasAttribute('data-memoria-search-url');
      attach({
        input: input,
        list: list,
        lang: scope.querySelector('[data-memoria-search-lang]'),
        status: scope.querySelector('[data-memoria-search-status]'),
        fromUrl: page,
        dropdown: !page,
        limit: page ? 20 : 8
      });
      last = input;
    });
    if (!last) return;
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable ||
        /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        last.focus();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', attachToPage);
  } else {
    attachToPage();
  }

  window.MemoriaSearch = {
    attach: attach,
    query: query,
    render: render,
    /** The terms of a text per chain, by the ported analysis alone, as Lucene indexes it. */
    analyseText: function (text) {
      return manifest().then(function () {
        var spans = words(String(text));
        return CHAINS.map(function (chain) {
          var terms = [];
          spans.forEach(function (span) {
            terms = terms.concat(analyseChain(text.substring(span.start, span.end), chain, false));
          });
          return terms;
        });
      });
    },
    setRoot: function (url) {
      root = url;
    }
  };
})();
