package dev.memoria.config;

import dev.memoria.core.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How {@code check} judges findings, from the {@code severity:} map of {@code memoria.yml}: a code
 * given another severity, or turned {@code off}.
 *
 * @param severities codes whose severity the user changed ({@code orphan: warning})
 * @param disabled codes the user turned off ({@code orphan: off})
 */
public record CheckSettings(Map<String, Severity> severities, Set<String> disabled) {

  public static final CheckSettings DEFAULTS = new CheckSettings(Map.of(), Set.of());

  public CheckSettings {
    severities = Map.copyOf(severities);
    disabled = Set.copyOf(disabled);
  }

  /**
   * The severity a finding with this code is reported at, given its built-in default; empty when
   * the code is turned off.
   */
  public Optional<Severity> severityOf(String code, Severity builtIn) {
    if (disabled.contains(code)) {
      return Optional.empty();
    }
    return Optional.of(severities.getOrDefault(code, builtIn));
  }
}
