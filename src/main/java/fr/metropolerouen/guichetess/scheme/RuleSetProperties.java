package fr.metropolerouen.guichetess.scheme;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rule-set versions of every scheme ({@code guichet.rule-sets}), by a free key: a map rather than a list, so
 * that a profile or an environment can add a version or close one without repeating the others.
 */
@ConfigurationProperties("guichet")
record RuleSetProperties(Map<String, RuleSetVersion> ruleSets) {
}
