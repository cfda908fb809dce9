package dev.memoria.search;

import dev.memoria.search.Analysis.Chain;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * The analyzers of one index or search, built once: Lucene's analyzers keep their token streams per
 * thread, so one set serves all threads.
 */
final class Analyses implements AutoCloseable {

  private final Map<Chain, Analyzer> chains = new EnumMap<>(Chain.class);
  private final Map<Chain, Analyzer> keepingStopWords = new EnumMap<>(Chain.class);

  Analyses() {
    this(word -> {});
  }

  /**
   * Analyses whose chains hand {@code accentedWords} every word with a non-ASCII character they
   * meet, lower-cased; called from every thread that analyses.
   */
  Analyses(Consumer<String> accentedWords) {
    for (Chain chain : Chain.values()) {
      chains.put(chain, Analysis.analyzer(chain, accentedWords));
      keepingStopWords.put(chain, Analysis.analyzerKeepingStopWords(chain));
    }
  }

  /** The terms of {@code text} in {@code chain}. */
  List<String> terms(Chain chain, String text) {
    return Analysis.terms(chains.get(chain), text);
  }

  /** The terms of {@code text} in {@code chain}, stop words kept. */
  List<String> termsKeepingStopWords(Chain chain, String text) {
    return Analysis.terms(keepingStopWords.get(chain), text);
  }

  /** The analyzer for the index: each field by its chain. */
  Analyzer perField() {
    return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return chains.get(fieldName.endsWith("_es") ? Chain.ES : Chain.EN);
      }
    };
  }

  @Override
  public void close() {
    chains.values().forEach(Analyzer::close);
    keepingStopWords.values().forEach(Analyzer::close);
  }
}
