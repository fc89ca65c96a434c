package fr.metropolerouen.guichetess.scheme;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The rule-set versions of every scheme ({@code guichet.rule-sets}). */
@ConfigurationProperties("guichet")
record RuleSetProperties(List<RuleSetVersion> ruleSets) {
}
