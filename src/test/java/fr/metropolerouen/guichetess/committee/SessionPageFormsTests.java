package fr.metropolerouen.guichetess.committee;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the secretary types in the forms: French amounts and dates, one member a line. */
class SessionPageFormsTests {

	@Test
	void amountsAreReadTheFrenchWayOrWithAPoint() {
		assertThat(SessionPageForms.amount("2 500,50")).isEqualByComparingTo("2500.50");
		assertThat(SessionPageForms.amount("2\u202F500,5 €")).isEqualByComparingTo("2500.5");
		assertThat(SessionPageForms.amount("1000.00")).isEqualByComparingTo("1000.00");
		assertThat(SessionPageForms.amount("1000")).isEqualByComparingTo("1000");
		assertThat(SessionPageForms.amount("mille euros")).isNull();
		assertThat(SessionPageForms.amount("12,345")).as("at most two decimals").isNull();
		assertThat(SessionPageForms.amount("-5")).isNull();
		assertThat(SessionPageForms.amount("1,2,3")).isNull();
	}

	@Test
	void datesAreReadDayMonthYear() {
		assertThat(SessionPageForms.date("10/12/2026")).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(SessionPageForms.date(" 2026-12-10 ")).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(SessionPageForms.date("31/02/2026")).isNull();
		assertThat(SessionPageForms.date("demain")).isNull();
		assertThat(SessionPageForms.date("")).isNull();
	}

	@Test
	void membersAreOneALineWithTheirFunctionAfterTheFirstComma() {
		assertThat(SessionPageForms.members("Anne Durand, Présidente de séance\n\n  Paul Martin  \r\nLéa Petit, "
				+ "Conseillère, déléguée à l'ESS"))
			.containsExactly(new CommitteeSessions.NewMember("Anne Durand", "Présidente de séance"),
					new CommitteeSessions.NewMember("Paul Martin", null),
					new CommitteeSessions.NewMember("Léa Petit", "Conseillère, déléguée à l'ESS"));
		assertThat(SessionPageForms.membersProblem(", sans nom")).isEqualTo(
				"chaque ligne doit commencer par le nom du membre");
		assertThat(SessionPageForms.membersProblem("Anne Durand")).isNull();
		assertThat(SessionPageForms.members(null)).isEmpty();
	}

}
