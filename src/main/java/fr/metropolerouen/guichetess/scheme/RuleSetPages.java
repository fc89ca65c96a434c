package fr.metropolerouen.guichetess.scheme;

import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The versions of the schemes' rules, drafts included (the source of {@code GET /api/admin/rule-sets}). */
@PageController
class RuleSetPages {

	private final RuleSets ruleSets;

	RuleSetPages(RuleSets ruleSets) {
		this.ruleSets = ruleSets;
	}

	@GetMapping("/admin/reglements")
	String ruleSets(Model model) {
		model.addAttribute("ruleSets", ruleSets.all()
			.stream()
			.sorted(Comparator.comparing(RuleSetVersion::scheme)
				.thenComparing(RuleSetVersion::validFrom, Comparator.nullsLast(Comparator.reverseOrder())))
			.map(RuleSetRow::of)
			.toList());
		return "admin/rule-sets";
	}

	/** A version and its parameters by name, their values written the French way. */
	record RuleSetRow(RuleSetVersion version, List<Parameter> parameters) {

		static RuleSetRow of(RuleSetVersion version) {
			return new RuleSetRow(version, new TreeMap<>(version.parameters()).entrySet()
				.stream()
				.map(parameter -> new Parameter(parameter.getKey(),
						parameter.getValue().stripTrailingZeros().toPlainString().replace('.', ',')))
				.toList());
		}

	}

	record Parameter(String name, String value) {
	}

}
