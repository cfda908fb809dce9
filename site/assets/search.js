/*
 * Memoria's search engine for the browser: no modules, no fetch, no workers, so it works from
 * file:// as well as over http. It reads the index that `memoria build` exports from its Lucene
 * index (site/search/*.js, loaded on demand by inserting classic <script> tags) and repeats the
 * Java side (dev.memoria.search: Analysis, QueryPlan, LocalSearch, Snippets) step for step, so a
 * query gets the same results here and from `memoria search`.
 *
 * API: window.MemoriaSearch.query(text, {lang, limit}) -> Promise<[result]>, where a result is
 * {url, href, title, section, lang, score, snippet: [{text, hit}], sectionSnippet: [{text, hit}]}
 * (the section's heading with its matched words); MemoriaSearch.render(results, element) draws
 * them with text nodes only; MemoriaSearch.attach({input, list, lang, status}) wires a search box,
 * and is called by itself for an input with data-memoria-search and a list with
 * data-memoria-search-results. Nothing from a query or a note is ever parsed as HTML.
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

  // ---- Analysis (Analysis.java, TermTokenizer.java, Words.java) -------------------------------

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

  // Snowball stemmers (Snowball 2.0.0 as Lucene 9 generates it: SpanishStemmer,
  // EnglishStemmer). Written from the algorithms' rules; R1, R2 and RV are offsets into the word
  // as it was before any suffix was removed, as in Snowball.

  /** A suffix table: suffix -> value, and its longest suffix's length. */
  function suffixTable(entries) {
    var map = new Map();
    var max = 0;
    for (var i = 0; i < entries.length; i += 2) {
      map.set(entries[i], entries[i + 1]);
      max = Math.max(max, entries[i].length);
    }
    return { map: map, max: max };
  }

  /** The longest suffix of s in table starting at or after from: {start, value}, or null. */
  function longestSuffix(s, table, from) {
    for (var l = Math.min(table.max, s.length - from); l >= 0; l--) {
      var suffix = s.substring(s.length - l);
      if (table.map.has(suffix)) return { start: s.length - l, value: table.map.get(suffix) };
    }
    return null;
  }

  /** Where Snowball's R1 starts from start: after the first non-vowel that follows a vowel. */
  function regionAfter(s, start, vowel) {
    var i = start;
    while (i < s.length && !vowel(s.charAt(i))) i++;
    if (i >= s.length) return s.length;
    i++;
    while (i < s.length && vowel(s.charAt(i))) i++;
    return i >= s.length ? s.length : i + 1;
  }

  var ES_VOWELS = new Set('aeiouáéíóúü'.split(''));
  function esVowel(c) {
    return ES_VOWELS.has(c);
  }
  var ES_PRONOUNS = suffixTable(['me', 0, 'se', 0, 'sela', 0, 'selo', 0, 'selas', 0, 'selos', 0,
    'la', 0, 'le', 0, 'lo', 0, 'las', 0, 'les', 0, 'los', 0, 'nos', 0]);
  // Before a pronoun: a replacement without the accent, '' to keep, 'u' to keep after a u.
  var ES_BEFORE_PRONOUN = suffixTable(['iéndo', 'iendo', 'ándo', 'ando', 'ár', 'ar', 'ér', 'er',
    'ír', 'ir', 'ando', '', 'iendo', '', 'ar', '', 'er', '', 'ir', '', 'yendo', 'u']);
  // 1 delete in R2; 2 also a preceding "ic"; 3 -> log; 4 -> u; 5 -> ente; 6 amente (R1);
  // 7 mente; 8 idad; 9 iv.
  var ES_STANDARD = suffixTable(['anza', 1, 'anzas', 1, 'ico', 1, 'ica', 1, 'icos', 1, 'icas', 1,
    'ismo', 1, 'ismos', 1, 'able', 1, 'ables', 1, 'ible', 1, 'ibles', 1, 'ista', 1, 'istas', 1,
    'oso', 1, 'osa', 1, 'osos', 1, 'osas', 1, 'amiento', 1, 'amientos', 1, 'imiento', 1,
    'imientos', 1, 'adora', 2, 'ador', 2, 'ación', 2, 'adoras', 2, 'adores', 2, 'aciones', 2,
    'ante', 2, 'antes', 2, 'ancia', 2, 'ancias', 2, 'logía', 3, 'logías', 3, 'ución', 4,
    'uciones', 4, 'encia', 5, 'encias', 5, 'amente', 6, 'mente', 7, 'idad', 8, 'idades', 8,
    'iva', 9, 'ivo', 9, 'ivas', 9, 'ivos', 9]);
  var ES_AFTER_AMENTE = suffixTable(['ic', 0, 'ad', 0, 'os', 0, 'iv', 1]);
  var ES_AFTER_MENTE = suffixTable(['ante', 0, 'able', 0, 'ible', 0]);
  var ES_AFTER_IDAD = suffixTable(['abil', 0, 'ic', 0, 'iv', 0]);
  var ES_Y_VERB = suffixTable(['ya', 0, 'ye', 0, 'yan', 0, 'yen', 0, 'yeron', 0, 'yendo', 0,
    'yo', 0, 'yó', 0, 'yas', 0, 'yes', 0, 'yais', 0, 'yamos', 0]);
  // 1: delete, and a u before it when "gu" precedes; 2: delete.
  var ES_VERB = suffixTable(['en', 1, 'es', 1, 'éis', 1, 'emos', 1,
    'arían', 2, 'arías', 2, 'arán', 2, 'arás', 2, 'aríais', 2, 'aría', 2, 'aréis', 2,
    'aríamos', 2, 'aremos', 2, 'ará', 2, 'aré', 2, 'erían', 2, 'erías', 2, 'erán', 2, 'erás', 2,
    'eríais', 2, 'ería', 2, 'eréis', 2, 'eríamos', 2, 'eremos', 2, 'erá', 2, 'eré', 2, 'irían', 2,
    'irías', 2, 'irán', 2, 'irás', 2, 'iríais', 2, 'iría', 2, 'iréis', 2, 'iríamos', 2,
    'iremos', 2, 'irá', 2, 'iré', 2, 'aba', 2, 'ada', 2, 'ida', 2, 'ía', 2, 'ara', 2, 'iera', 2,
    'ad', 2, 'ed', 2, 'id', 2, 'ase', 2, 'iese', 2, 'aste', 2, 'iste', 2, 'an', 2, 'aban', 2,
    'ían', 2, 'aran', 2, 'ieran', 2, 'asen', 2, 'iesen', 2, 'aron', 2, 'ieron', 2, 'ado', 2,
    'ido', 2, 'ando', 2, 'iendo', 2, 'ió', 2, 'ar', 2, 'er', 2, 'ir', 2, 'as', 2, 'abas', 2,
    'adas', 2, 'idas', 2, 'ías', 2, 'aras', 2, 'ieras', 2, 'ases', 2, 'ieses', 2, 'ís', 2, 'áis', 2,
    'abais', 2, 'íais', 2, 'arais', 2, 'ierais', 2, 'aseis', 2, 'ieseis', 2, 'asteis', 2,
    'isteis', 2, 'ados', 2, 'idos', 2, 'amos', 2, 'ábamos', 2, 'íamos', 2, 'imos', 2, 'áramos', 2,
    'iéramos', 2, 'iésemos', 2, 'ásemos', 2]);
  // 1: delete in RV; 2: delete in RV, and a u in RV after a g.
  var ES_RESIDUAL = suffixTable(['os', 1, 'a', 1, 'o', 1, 'á', 1, 'í', 1, 'ó', 1, 'e', 2, 'é', 2]);
  var ES_UNACCENT = { 'á': 'a', 'é': 'e', 'í': 'i', 'ó': 'o', 'ú': 'u' };

  /** Snowball's Spanish stemmer, on a lower-cased word with its accents. */
  function spanishStem(word) {
    var s = word;
    var n = s.length;
    var rv = n;
    if (n >= 2) {
      var i = 2;
      if (esVowel(s.charAt(1)) && esVowel(s.charAt(0))) {
        while (i < n && esVowel(s.charAt(i))) i++;
        if (i < n) rv = i + 1;
      } else if (!esVowel(s.charAt(1))) {
        while (i < n && !esVowel(s.charAt(i))) i++;
        if (i < n) rv = i + 1;
      } else if (n > 2) {
        rv = 3;
      }
    }
    var r1 = regionAfter(s, 0, esVowel);
    var r2 = regionAfter(s, r1, esVowel);

    var pronoun = longestSuffix(s, ES_PRONOUNS, 0);
    if (pronoun) {
      var stem = s.substring(0, pronoun.start);
      var before = longestSuffix(stem, ES_BEFORE_PRONOUN, 0);
      if (before && before.start >= rv) {
        if (before.value === 'u') {
          if (stem.charAt(before.start - 1) === 'u') s = stem;
        } else if (before.value) {
          s = stem.substring(0, before.start) + before.value;
        } else {
          s = stem;
        }
      }
    }

    var standard = spanishStandardSuffix(s, r1, r2);
    if (standard !== null) {
      s = standard;
    } else if (s.length >= rv) {
      var y = longestSuffix(s, ES_Y_VERB, rv);
      if (y && s.charAt(y.start - 1) === 'u') {
        s = s.substring(0, y.start);
      } else {
        var verb = longestSuffix(s, ES_VERB, rv);
        if (verb) {
          var cut = verb.start;
          if (verb.value === 1 && s.charAt(cut - 1) === 'u' && s.charAt(cut - 2) === 'g') cut--;
          s = s.substring(0, cut);
        }
      }
    }

    var residual = longestSuffix(s, ES_RESIDUAL, 0);
    if (residual && residual.start >= rv) {
      s = s.substring(0, residual.start);
      if (residual.value === 2 && s.endsWith('gu') && s.length - 1 >= rv) {
        s = s.substring(0, s.length - 1);
      }
    }
    return s.replace(/[áéíóú]/g, function (c) { return ES_UNACCENT[c]; });
  }

  /** Spanish step 1: the word without its standard suffix, or null when it has none to remove. */
  function spanishStandardSuffix(s, r1, r2) {
    var found = longestSuffix(s, ES_STANDARD, 0);
    if (!found || found.start < (found.value === 6 ? r1 : r2)) return null;
    var rest = s.substring(0, found.start);
    switch (found.value) {
      case 2:
        return rest.endsWith('ic') && rest.length - 2 >= r2 ? rest.substring(0, rest.length - 2) : rest;
      case 3:
        return rest + 'log';
      case 4:
        return rest + 'u';
      case 5:
        return rest + 'ente';
      case 6:
        var after = longestSuffix(rest, ES_AFTER_AMENTE, 0);
        if (after && after.start >= r2) {
          rest = rest.substring(0, after.start);
          if (after.value === 1 && rest.endsWith('at') && rest.length - 2 >= r2) {
            rest = rest.substring(0, rest.length - 2);
          }
        }
        return rest;
      case 7:
      case 8:
        var next = longestSuffix(rest, found.value === 7 ? ES_AFTER_MENTE : ES_AFTER_IDAD, 0);
        return next && next.start >= r2 ? rest.substring(0, next.start) : rest;
      case 9:
        return rest.endsWith('at') && rest.length - 2 >= r2 ? rest.substring(0, rest.length - 2) : rest;
      default:
        return rest;
    }
  }

  function enVowel(c) {
    return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
  }
  var EN_INVARIANT = new Map([['skis', 'ski'], ['skies', 'sky'], ['dying', 'die'],
    ['lying', 'lie'], ['tying', 'tie'], ['idly', 'idl'], ['gently', 'gentl'], ['ugly', 'ugli'],
    ['early', 'earli'], ['only', 'onli'], ['singly', 'singl'], ['sky', 'sky'], ['news', 'news'],
    ['howe', 'howe'], ['atlas', 'atlas'], ['cosmos', 'cosmos'], ['bias', 'bias'],
    ['andes', 'andes']]);
  var EN_AFTER_1A = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed',
    'exceed', 'succeed']);
  var EN_1B = suffixTable(['eed', 1, 'eedly', 1, 'ed', 2, 'edly', 2, 'ing', 2, 'ingly', 2]);
  var EN_1B_END = suffixTable(['', 3, 'at', 1, 'bl', 1, 'iz', 1, 'bb', 2, 'dd', 2, 'ff', 2,
    'gg', 2, 'mm', 2, 'nn', 2, 'pp', 2, 'rr', 2, 'tt', 2]);
  // Replacements; 'OGI' and 'LI' are the two suffixes with a condition on the letter before.
  var EN_2 = suffixTable(['tional', 'tion', 'enci', 'ence', 'anci', 'ance', 'abli', 'able',
    'entli', 'ent', 'izer', 'ize', 'ization', 'ize', 'ational', 'ate', 'ation', 'ate',
    'ator', 'ate', 'alism', 'al', 'aliti', 'al', 'alli', 'al', 'fulness', 'ful', 'ousli', 'ous',
    'ousness', 'ous', 'iveness', 'ive', 'iviti', 'ive', 'biliti', 'ble', 'bli', 'ble',
    'ogi', 'OGI', 'fulli', 'ful', 'lessli', 'less', 'li', 'LI']);
  var EN_LI_ENDINGS = 'cdeghkmnrt';
  // 'R2' marks the suffix deleted only in R2.
  var EN_3 = suffixTable(['tional', 'tion', 'ational', 'ate', 'alize', 'al', 'icate', 'ic',
    'iciti', 'ic', 'ical', 'ic', 'ful', '', 'ness', '', 'ative', 'R2']);
  var EN_4 = suffixTable(['al', 1, 'ance', 1, 'ence', 1, 'er', 1, 'ic', 1, 'able', 1, 'ible', 1,
    'ant', 1, 'ement', 1, 'ment', 1, 'ent', 1, 'ism', 1, 'ate', 1, 'iti', 1, 'ous', 1, 'ive', 1,
    'ize', 1, 'ion', 2]);

  /** Whether s ends, before offset at, in a short syllable. */
  function enShortSyllable(s, at) {
    var c1 = s.charAt(at - 1);
    if (at >= 3 && !enVowel(c1) && c1 !== 'w' && c1 !== 'x' && c1 !== 'Y' &&
        enVowel(s.charAt(at - 2)) && !enVowel(s.charAt(at - 3))) {
      return true;
    }
    return at === 2 && !enVowel(c1) && enVowel(s.charAt(0));
  }

  /** Snowball's English (Porter2) stemmer, on a lower-cased word. */
  function englishStem(word) {
    if (EN_INVARIANT.has(word)) return EN_INVARIANT.get(word);
    if (word.length < 3) return word;
    var s = word.charAt(0) === "'" ? word.substring(1) : word;
    var yFound = false;
    if (s.charAt(0) === 'y') {
      s = 'Y' + s.substring(1);
      yFound = true;
    }
    for (var i = 0; i + 1 < s.length; i++) {
      if (enVowel(s.charAt(i)) && s.charAt(i + 1) === 'y') {
        s = s.substring(0, i + 1) + 'Y' + s.substring(i + 2);
        yFound = true;
      }
    }
    var special = ['gener', 'commun', 'arsen'].filter(function (p) { return s.startsWith(p); });
    var r1 = special.length ? special[0].length : regionAfter(s, 0, enVowel);
    var r2 = regionAfter(s, r1, enVowel);

    // Step 1a
    if (s.endsWith("'s'")) s = s.substring(0, s.length - 3);
    else if (s.endsWith("'s")) s = s.substring(0, s.length - 2);
    else if (s.endsWith("'")) s = s.substring(0, s.length - 1);
    if (s.endsWith('sses')) {
      s = s.substring(0, s.length - 2);
    } else if (s.endsWith('ied') || s.endsWith('ies')) {
      s = s.substring(0, s.length - 3) + (s.length - 3 >= 2 ? 'i' : 'ie');
    } else if (s.endsWith('ss') || s.endsWith('us')) {
      // kept
    } else if (s.endsWith('s') && s.length >= 2) {
      for (var v = 0; v < s.length - 2; v++) {
        if (enVowel(s.charAt(v))) {
          s = s.substring(0, s.length - 1);
          break;
        }
      }
    }

    if (!EN_AFTER_1A.has(s)) {
      s = englishSteps(s, r1, r2);
    }
    return yFound ? s.replace(/Y/g, 'y') : s;
  }

  /** English steps 1b to 5. */
  function englishSteps(s, r1, r2) {
    // Step 1b
    var b = longestSuffix(s, EN_1B, 0);
    if (b && b.value === 1) {
      if (b.start >= r1) s = s.substring(0, b.start) + 'ee';
    } else if (b) {
      var vowel = false;
      for (var i = 0; i < b.start && !vowel; i++) vowel = enVowel(s.charAt(i));
      if (vowel) {
        s = s.substring(0, b.start);
        var end = longestSuffix(s, EN_1B_END, 0);
        if (end.value === 1) {
          s += 'e';
        } else if (end.value === 2) {
          s = s.substring(0, s.length - 1);
        } else if (s.length === r1 && enShortSyllable(s, s.length)) {
          s += 'e';
        }
      }
    }
    // Step 1c
    var last = s.charAt(s.length - 1);
    if ((last === 'y' || last === 'Y') && s.length > 2 && !enVowel(s.charAt(s.length - 2))) {
      s = s.substring(0, s.length - 1) + 'i';
    }
    // Step 2
    var two = longestSuffix(s, EN_2, 0);
    if (two && two.start >= r1) {
      var before = s.charAt(two.start - 1);
      if (two.value === 'OGI') {
        if (before === 'l') s = s.substring(0, two.start) + 'og';
      } else if (two.value === 'LI') {
        if (two.start > 0 && EN_LI_ENDINGS.indexOf(before) >= 0) s = s.substring(0, two.start);
      } else {
        s = s.substring(0, two.start) + two.value;
      }
    }
    // Step 3
    var three = longestSuffix(s, EN_3, 0);
    if (three && three.start >= r1) {
      if (three.value !== 'R2') {
        s = s.substring(0, three.start) + three.value;
      } else if (three.start >= r2) {
        s = s.substring(0, three.start);
      }
    }
    // Step 4
    var four = longestSuffix(s, EN_4, 0);
    if (four && four.start >= r2) {
      var t = s.charAt(four.start - 1);
      if (four.value === 1 || t === 's' || t === 't') s = s.substring(0, four.start);
    }
    // Step 5
    var e = s.length - 1;
    if (s.charAt(e) === 'e') {
      if (e >= r2 || (e >= r1 && !enShortSyllable(s, e))) s = s.substring(0, e);
    } else if (s.charAt(e) === 'l') {
      if (e >= r2 && s.charAt(e - 1) === 'l') s = s.substring(0, e);
    }
    return s;
  }

  var CHAINS = ['es', 'en'];

  /** One word through one chain: lower-case, stop words, stem, fold, length. */
  function analyseChain(word, chain, keepStopWords) {
    var low = lower(word);
    if (!keepStopWords && stopWords.has(low)) {
      return [];
    }
    var term = fold(chain === 'es' ? spanishStem(low) : englishStem(low));
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

  /** Typos allowed in a string of n UTF-16 units (QueryPlan.editsFor). */
  function editsFor(n) {
    return n >= 8 ? 2 : n >= 5 ? 1 : 0;
  }

  /** The word in its other grammatical number, or null (QueryPlan.otherNumber). */
  function otherNumberWord(m, word) {
    if (word.length < m.limits.minNumberWord) return null;
    var last = word.charAt(word.length - 1);
    if (last === 's') return word.substring(0, word.length - 1);
    return 'aeiouáéíóú'.indexOf(last) >= 0 ? word + 's' : null;
  }

  /** The Spanish terms of the word's other number that its own terms lack (QueryPlan.otherNumber). */
  function otherNumber(m, word, terms, keepStopWords) {
    var own = terms[0];
    var other = own.length ? otherNumberWord(m, word) : null;
    if (other === null) return [];
    var extra = [];
    analyse(m, other, keepStopWords)[0].forEach(function (t) {
      if (own.indexOf(t) < 0 && extra.indexOf(t) < 0) extra.push(t);
    });
    return extra;
  }

  /** Loads what choosing terms needs: word-table shards, then the lexicon shards words reach. */
  function loadFor(m, qwords) {
    var wordShards = new Set();
    qwords.forEach(function (w) {
      wordShards.add(shardOf(m.words, key(w)));
      var other = otherNumberWord(m, w);
      if (other !== null) wordShards.add(shardOf(m.words, key(other)));
    });
    return Promise.all(Array.from(wordShards).map(function (n) {
      return load('words-' + n);
    })).then(function () {
      var termShards = new Set();
      qwords.forEach(function (w, index) {
        var k = key(w);
        [false, true].forEach(function (keep) {
          var chains = analyse(m, w, keep);
          chains.concat([otherNumber(m, w, chains, keep)]).forEach(function (terms) {
            terms.forEach(function (t) {
              termShards.add(shardOf(m.terms, t));
            });
          });
        });
        if (index === qwords.length - 1 && k.length >= m.limits.minPrefix) {
          shardsBetween(m.terms, k, k + LAST_CHAR).forEach(function (n) { termShards.add(n); });
        }
        if (editsFor(k.length) > 0 && k.charCodeAt(0) !== 0xffff) {
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
      var known = false;
      CHAINS.forEach(function (chain, c) {
        analysed[w][c].forEach(function (term) {
          used.add(term);
          targets.push(term);
          known = known || sectionsOf(m, term) > 0;
          picks.push({ term: term, kind: EXACT, chain: c, word: w });
        });
      });
      otherNumber(m, word, analysed[w], onlyStopWords).forEach(function (term) {
        if (used.has(term)) return;
        used.add(term);
        known = known || sectionsOf(m, term) > 0;
        picks.push({ term: term, kind: EXACT, chain: 0, word: w });
      });
      if (w === qwords.length - 1 && k.length >= limits.minPrefix) {
        var completions = termsBetween(m, k, k + LAST_CHAR).filter(function (t) {
          return !used.has(t);
        });
        completions.sort(bySections);
        completions.slice(0, limits.prefixTerms).forEach(function (t) {
          used.add(t);
          picks.push({ term: t, kind: PREFIX, chain: -1, word: w });
        });
      }
      var wordEdits = editsFor(k.length);
      if (!known && wordEdits > 0 && k.charCodeAt(0) !== 0xffff) {
        var near = [];
        termsBetween(m, k.charAt(0), String.fromCharCode(k.charCodeAt(0) + 1)).forEach(function (t) {
          if (used.has(t) || t.length < limits.minFuzzyTerm) return;
          var best = Infinity;
          targets.forEach(function (target) {
            var max = Math.min(wordEdits, editsFor(Math.max(target.length, t.length)));
            var distance = editDistance(target, t, max);
            if (distance <= max) best = Math.min(best, distance);
          });
          if (best !== Infinity) near.push({ term: t, distance: best });
        });
        near.sort(function (a, b) {
          return a.distance - b.distance || bySections(a.term, b.term);
        });
        near.slice(0, limits.fuzzyTerms).forEach(function (n) {
          picks.push({ term: n.term, kind: FUZZY, chain: -1, word: w });
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
        clauses.push({ term: pick.term, field: f, boost: boost, kind: pick.kind, word: pick.word });
      }
    });
    return clauses;
  }

  // ---- Ranking (LocalSearch.java; Lucene's BM25Similarity in float) ------------------------

  var f32 = Math.fround;

  /**
   * Per section: the sum over query words of the word's best weighted (term, field) match, as
   * Lucene's DisjunctionMaxQuery (tie breaker 0) per word under a BooleanQuery; sections matched
   * by a non-fuzzy clause are direct.
   */
  function score(m, clauses) {
    var k1 = f32(m.k1);
    var b = f32(m.b);
    var groups = new Map();
    clauses.forEach(function (clause) {
      var group = clause.word;
      if (!groups.has(group)) groups.set(group, []);
      groups.get(group).push(clause);
    });
    var scores = new Map();
    var direct = new Set();
    groups.forEach(function (group) {
      var best = new Map();
      group.forEach(function (clause) {
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
          if (!best.has(doc) || s > best.get(doc)) best.set(doc, s);
          if (clause.kind !== FUZZY) direct.add(doc);
        }
      });
      best.forEach(function (s, doc) {
        scores.set(doc, (scores.get(doc) || 0) + s);
      });
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

  /** Each word's terms in both chains, stop words kept (Snippets.termsOf). */
  function termsOfWords(m, text, spans) {
    return spans.map(function (span) {
      var word = text.substring(span.start, span.end);
      if (word.length > TERM_LENGTH) return [];
      return [].concat.apply([], analyse(m, word, true));
    });
  }

  /**
   * The passage of a section's text with the most matched words, and its heading, as parts
   * [{text, hit}]; a query word's typo matches are marked only when neither the heading nor the
   * text has a direct match for it (Snippets.java). query: per word, {direct, fuzzy} Sets.
   */
  function snippet(m, heading, text, query) {
    var headingSpans = words(heading);
    var headingTerms = termsOfWords(m, heading, headingSpans);
    var spans = words(text);
    var wordTerms = termsOfWords(m, text, spans);
    function meets(terms, wanted) {
      return terms.some(function (t) { return wanted.has(t); });
    }
    var headingMatched = headingSpans.map(function () { return false; });
    var matched = spans.map(function () { return false; });
    query.forEach(function (asked) {
      var isDirect = function (terms) { return meets(terms, asked.direct); };
      var direct = headingTerms.some(isDirect) || wordTerms.some(isDirect);
      var wanted = direct ? asked.direct : asked.fuzzy;
      headingTerms.forEach(function (terms, i) {
        if (meets(terms, wanted)) headingMatched[i] = true;
      });
      wordTerms.forEach(function (terms, i) {
        if (meets(terms, wanted)) matched[i] = true;
      });
    });
    var headingParts = parts(heading, headingSpans, headingMatched, 0, headingSpans.length - 1,
      0, heading.length);
    if (spans.length === 0) return { text: [], heading: headingParts };
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
    var textParts = parts(text, spans, matched, first, last, from, to);
    if (first > 0) textParts.unshift({ text: '… ', hit: false });
    if (to < text.length) textParts.push({ text: ' …', hit: false });
    return { text: textParts, heading: headingParts };
  }

  /** text[from, to) as parts [{text, hit}], words first..last marked where matched. */
  function parts(text, spans, matched, first, last, from, to) {
    var out = [];
    var at = from;
    for (var i = first; i <= last; i++) {
      if (matched[i]) {
        if (spans[i].start > at) out.push({ text: text.substring(at, spans[i].start), hit: false });
        out.push({ text: text.substring(spans[i].start, spans[i].end), hit: true });
        at = spans[i].end;
      }
    }
    if (to > at) out.push({ text: text.substring(at, to), hit: false });
    return out;
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
        var terms = qwords.map(function () { return { direct: new Set(), fuzzy: new Set() }; });
        clauses.forEach(function (c) {
          terms[c.word][c.kind === FUZZY ? 'fuzzy' : 'direct'].add(c.term);
        });
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
            var shown = snippet(m, section[1], section[2], terms);
            return {
              url: url,
              href: root + url,
              title: record[1],
              section: section[1],
              lang: record[2],
              score: r.score,
              snippet: shown.text,
              sectionSnippet: shown.heading
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
        var section = element('span', 'search-result-section', ' › ');
        (result.sectionSnippet || [{ text: result.section, hit: false }]).forEach(function (part) {
          section.appendChild(part.hit ? element('mark', '', part.text) : document.createTextNode(part.text));
        });
        link.appendChild(section);
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
