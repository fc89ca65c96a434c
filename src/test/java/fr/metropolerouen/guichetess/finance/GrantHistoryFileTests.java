package fr.metropolerouen.guichetess.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.InvalidFileException.LineError;
import fr.metropolerouen.guichetess.shared.Siret;
import org.junit.jupiter.api.Test;

/** Reading a file of past grants: every line valid, or every fault named with its physical line and column. */
class GrantHistoryFileTests {

	private static final int LAST_YEAR = 2025;

	private static final String HEADER = "dispositif;annee;siret;beneficiaire;montant_engage;montant_verse";

	/** Valid SIRETs: a SIREN with its key, a NIC, and the key of the whole. */
	private static final String FIRST_SIRET = siret("7328293200007");

	private static final String SECOND_SIRET = siret("4180000060001");

	private static final String THIRD_SIRET = siret("2000418790001");

	private static final String VALID_LINE = "IMMOBILIER_ESS;2023;" + FIRST_SIRET + ";Atelier du Quai;10000;5000";

	@Test
	void theTestSiretsHaveTheirLuhnKey() {
		assertThat(FIRST_SIRET).isEqualTo("73282932000074");
		assertThat(List.of(SECOND_SIRET, THIRD_SIRET)).allMatch(Siret::isValid);
	}

	@Test
	void aSemicolonFileWithFrenchAmountsAndACommaFileWithDotAmountsGiveTheSameLines() {
		GrantHistoryFile.Parsed french = parse(utf8(HEADER,
				"IMMOBILIER_ESS;2023;732 829 320 00074;Société Coopérative;15 000,50 €;7\u00a0500,25\u00a0€",
				"Dynamique Location ESS;2024;" + spaced(SECOND_SIRET) + ";\"Atelier; du Quai\";1\u202f200;0"));
		GrantHistoryFile.Parsed international = parse(utf8(
				"dispositif,annee,siret,beneficiaire,montant_engage,montant_verse",
				"IMMOBILIER_ESS,2023,73282932000074,Société Coopérative,15000.50,7500.25",
				"LOCATION_ESS,2024," + SECOND_SIRET + ",\"Atelier; du Quai\",1200,0.00"));

		List<GrantHistoryFile.Line> expected = List.of(
				new GrantHistoryFile.Line(2, AidScheme.IMMOBILIER_ESS, 2023, "73282932000074", "Société Coopérative",
						new BigDecimal("15000.50"), new BigDecimal("7500.25")),
				new GrantHistoryFile.Line(3, AidScheme.LOCATION_ESS, 2024, SECOND_SIRET, "Atelier; du Quai",
						new BigDecimal("1200.00"), new BigDecimal("0.00")));
		assertThat(french.errors()).isEmpty();
		assertThat(french.lines()).containsExactlyElementsOf(expected);
		assertThat(international.errors()).isEmpty();
		assertThat(international.lines()).containsExactlyElementsOf(expected);
		assertThat(french.lines()).allSatisfy(line -> {
			assertThat(line.engaged().scale()).isEqualTo(2);
			assertThat(line.paid().scale()).isEqualTo(2);
		});
	}

	@Test
	void headersMayHaveAccentsCapitalsAndSpacesInAnyOrder() {
		GrantHistoryFile.Parsed parsed = parse(utf8(
				"Bénéficiaire;SIRET;Année;Dispositif;Montant engagé;Montant-Versé",
				"Société Coopérative;" + FIRST_SIRET + ";2022;LOCATION_ESS;3 000,00;1 000,00"));

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lines()).singleElement().satisfies(line -> {
			assertThat(line.beneficiaryName()).isEqualTo("Société Coopérative");
			assertThat(line.siret()).isEqualTo(FIRST_SIRET);
			assertThat(line.year()).isEqualTo(2022);
			assertThat(line.scheme()).isEqualTo(AidScheme.LOCATION_ESS);
			assertThat(line.engaged()).isEqualTo(new BigDecimal("3000.00"));
			assertThat(line.paid()).isEqualTo(new BigDecimal("1000.00"));
		});
	}

	@Test
	void aUtf8ByteOrderMarkDoesNotHideTheFirstColumn() {
		byte[] withoutBom = utf8(HEADER, VALID_LINE);
		byte[] withBom = new byte[withoutBom.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(withoutBom, 0, withBom, 3, withoutBom.length);

		GrantHistoryFile.Parsed parsed = parse(withBom);

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lines()).singleElement()
			.satisfies(line -> assertThat(line.scheme()).isEqualTo(AidScheme.IMMOBILIER_ESS));
	}

	@Test
	void aWindows1252FileAsExcelWritesItIsReadWithItsAccentsAndEuroSigns() {
		String text = "dispositif;annee;siret;Bénéficiaire;montant_engage;montant_verse\r\n"
				+ "IMMOBILIER_ESS;2021;" + FIRST_SIRET + ";Société Coopérative;15 000,50 €;0 €\r\n";
		byte[] bytes = text.getBytes(Charset.forName("windows-1252"));

		GrantHistoryFile.Parsed parsed = parse(bytes);

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lines()).singleElement().satisfies(line -> {
			assertThat(line.number()).isEqualTo(2);
			assertThat(line.beneficiaryName()).isEqualTo("Société Coopérative");
			assertThat(line.engaged()).isEqualTo(new BigDecimal("15000.50"));
			assertThat(line.paid()).isEqualTo(new BigDecimal("0.00"));
		});
	}

	@Test
	void anUnknownSchemeIsReportedOnItsLine() {
		assertThat(errorsOfThirdLine("SUBVENTION_X;2023;" + SECOND_SIRET + ";Atelier;1000;0"))
			.extracting(LineError::line, LineError::field, LineError::message)
			.containsExactly(tuple(3, "dispositif",
					"« SUBVENTION_X » n'est pas un dispositif connu (IMMOBILIER_ESS, LOCATION_ESS ou leur nom)"));
	}

	@Test
	void aYearBefore2000IsReportedOnItsLine() {
		assertThat(errorsOfThirdLine("IMMOBILIER_ESS;1999;" + SECOND_SIRET + ";Atelier;1000;0"))
			.extracting(LineError::line, LineError::field)
			.containsExactly(tuple(3, "annee"));
	}

	@Test
	void aYearThatIsNotANumberIsReportedOnItsLine() {
		assertThat(errorsOfThirdLine("IMMOBILIER_ESS;deux mille vingt;" + SECOND_SIRET + ";Atelier;1000;0"))
			.extracting(LineError::line, LineError::field, LineError::message)
			.containsExactly(tuple(3, "annee", "« deux mille vingt » n'est pas une année passée (2000 à 2025)"));
	}

	@Test
	void aYearAfterTheLastAllowedOneIsReportedOnItsLine() {
		assertThat(errorsOfThirdLine("IMMOBILIER_ESS;2026;" + SECOND_SIRET + ";Atelier;1000;0"))
			.extracting(LineError::line, LineError::field)
			.containsExactly(tuple(3, "annee"));
	}

	@Test
	void theFirstAndLastAllowedYearsAreAccepted() {
		GrantHistoryFile.Parsed parsed = parse(utf8(HEADER,
				"IMMOBILIER_ESS;2000;" + FIRST_SIRET + ";Atelier;1000;0",
				"IMMOBILIER_ESS;2025;" + FIRST_SIRET + ";Atelier;1000;0"));

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lines()).extracting(GrantHistoryFile.Line::year).containsExactly(2000, 2025);
	}

	@Test
	void aSiretWithAWrongKeyIsReportedOnItsLine() {
		String wrongKey = SECOND_SIRET.substring(0, 13) + (char) ((SECOND_SIRET.charAt(13) - '0' + 1) % 10 + '0');

		assertThat(errorsOfThirdLine("IMMOBILIER_ESS;2023;" + wrongKey + ";Atelier;1000;0"))
			.extracting(LineError::line, LineError::field)
			.containsExactly(tuple(3, "siret"));
	}

	@Test
	void aBlankBeneficiaryNameIsReportedOnItsLine() {
		assertThat(errorsOfThirdLine("IMMOBILIER_ESS;2023;" + SECOND_SIRET + ";   ;1000;0"))
			.extracting(LineError::line, LineError::field)
			.containsExactly(tuple(3, "beneficiaire"));
	}

	@Test
	void aBeneficiaryNameLongerThan200CharactersIsReportedOnItsLine() {
		assertThat(errorsOfThirdLine("IMMOBILIER_ESS;2023;" + SECOND_SIRET + ";" + "A".repeat(201) + ";1000;0"))
			.extracting(LineError::line, LineError::field)
			.containsExactly(tuple(3, "beneficiaire"));
	}

	@Test
	void aNegativeAmountIsReportedOnItsLine() {
		assertThat(errorsOfThirdLine("IMMOBILIER_ESS;2023;" + SECOND_SIRET + ";Atelier;-1 000,00;0"))
			.extracting(LineError::line, LineError::field, LineError::message)
			.containsExactly(tuple(3, "montant_engage", "« -1 000,00 » n'est pas un montant en euros valide"));
	}

	@Test
	void anAmountWithThreeDecimalsIsReportedRatherThanRounded() {
		assertThat(errorsOfThirdLine("IMMOBILIER_ESS;2023;" + SECOND_SIRET + ";Atelier;1000,125;0"))
			.extracting(LineError::line, LineError::field)
			.containsExactly(tuple(3, "montant_engage"));
	}

	@Test
	void anAmountWrittenInWordsIsReportedOnItsLine() {
		assertThat(errorsOfThirdLine("IMMOBILIER_ESS;2023;" + SECOND_SIRET + ";Atelier;1000;cent euros"))
			.extracting(LineError::line, LineError::field)
			.containsExactly(tuple(3, "montant_verse"));
	}

	@Test
	void anEngagedAmountOfZeroIsReportedOnItsLine() {
		assertThat(errorsOfThirdLine("IMMOBILIER_ESS;2023;" + SECOND_SIRET + ";Atelier;0,00;0"))
			.extracting(LineError::line, LineError::field, LineError::message)
			.containsExactly(tuple(3, "montant_engage", "doit être strictement positif"));
	}

	@Test
	void aPaidAmountAboveTheEngagedOneIsReportedOnItsLine() {
		assertThat(errorsOfThirdLine("IMMOBILIER_ESS;2023;" + SECOND_SIRET + ";Atelier;1 000,00;1 000,01"))
			.extracting(LineError::line, LineError::field, LineError::message)
			.containsExactly(tuple(3, "montant_verse", "ne peut pas dépasser le montant engagé"));
	}

	@Test
	void aPaidAmountEqualToTheEngagedOneIsAccepted() {
		GrantHistoryFile.Parsed parsed = parse(utf8(HEADER,
				"IMMOBILIER_ESS;2023;" + FIRST_SIRET + ";Atelier;1 000,00;1000"));

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lines()).singleElement()
			.satisfies(line -> assertThat(line.paid()).isEqualTo(line.engaged()));
	}

	@Test
	void everyFaultOfALineIsReportedNotOnlyTheFirst() {
		assertThat(errorsOfThirdLine("INCONNU;1999;123;;abc;-1"))
			.extracting(LineError::line, LineError::field)
			.containsExactly(tuple(3, "dispositif"), tuple(3, "annee"), tuple(3, "siret"), tuple(3, "beneficiaire"),
					tuple(3, "montant_engage"), tuple(3, "montant_verse"));
	}

	@Test
	void blankLinesInTheMiddleDoNotShiftTheReportedLineNumbers() {
		GrantHistoryFile.Parsed parsed = parse(utf8(HEADER,
				VALID_LINE,
				"",
				"",
				"IMMOBILIER_ESS;2023;" + SECOND_SIRET + ";Atelier;1000;0",
				"",
				"IMMOBILIER_ESS;2030;" + THIRD_SIRET + ";Atelier;1000;0"));

		assertThat(parsed.lines()).extracting(GrantHistoryFile.Line::number).containsExactly(2, 5);
		assertThat(parsed.errors()).extracting(LineError::line, LineError::field)
			.containsExactly(tuple(7, "annee"));
	}

	@Test
	void rowsASpreadsheetEmptiedAreSkippedLikeBlankLines() {
		GrantHistoryFile.Parsed parsed = parse(utf8(HEADER, ";;;;;", VALID_LINE, "  ; ;\t;;;", ";;;;;",
				"IMMOBILIER_ESS;2030;" + THIRD_SIRET + ";Atelier;1000;0"));

		assertThat(parsed.lines()).extracting(GrantHistoryFile.Line::number).containsExactly(3);
		assertThat(parsed.errors()).extracting(LineError::line, LineError::field).containsExactly(tuple(6, "annee"));
	}

	@Test
	void aHeaderWithNonBreakingSpacesIsRecognised() {
		GrantHistoryFile.Parsed parsed = parse(utf8(
				"Dispositif;Année;SIRET;Bénéficiaire;Montant\u00a0engagé;Montant\u202fversé", VALID_LINE));

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lines()).hasSize(1);
	}

	@Test
	void anAmountInScientificNotationIsRefused() {
		assertThat(errorsOfThirdLine("IMMOBILIER_ESS;2023;" + SECOND_SIRET + ";Atelier;1E3;0"))
			.extracting(LineError::line, LineError::field)
			.containsExactly(tuple(3, "montant_engage"));
	}

	@Test
	void aWindows1252FileWithAByteOrderMarkKeepsItsFirstColumn() {
		byte[] text = ("dispositif;annee;siret;Bénéficiaire;montant_engage;montant_verse\r\n"
				+ "IMMOBILIER_ESS;2021;" + FIRST_SIRET + ";Société Coopérative;15 000,50 €;0 €\r\n")
			.getBytes(Charset.forName("windows-1252"));
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);

		GrantHistoryFile.Parsed parsed = parse(withBom);

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lines()).singleElement()
			.satisfies(line -> assertThat(line.beneficiaryName()).isEqualTo("Société Coopérative"));
	}

	@Test
	void blankLinesWithWindowsLineBreaksDoNotShiftTheReportedLineNumbersEither() {
		String text = String.join("\r\n", HEADER, "", VALID_LINE, "", "",
				"IMMOBILIER_ESS;2030;" + THIRD_SIRET + ";Atelier;1000;0") + "\r\n";

		GrantHistoryFile.Parsed parsed = parse(text.getBytes(StandardCharsets.UTF_8));

		assertThat(parsed.lines()).extracting(GrantHistoryFile.Line::number).containsExactly(3);
		assertThat(parsed.errors()).extracting(LineError::line, LineError::field)
			.containsExactly(tuple(6, "annee"));
	}

	@Test
	void aValueSpanningTwoLinesDoesNotShiftTheNumbersOfTheFollowingLines() {
		GrantHistoryFile.Parsed parsed = parse(utf8(HEADER,
				"IMMOBILIER_ESS;2023;" + FIRST_SIRET + ";\"Atelier", "du Quai\";1000;0",
				"IMMOBILIER_ESS;2030;" + SECOND_SIRET + ";Atelier;1000;0"));

		assertThat(parsed.lines()).singleElement()
			.satisfies(line -> assertThat(line.beneficiaryName()).isEqualTo("Atelier\ndu Quai"));
		assertThat(parsed.errors()).extracting(LineError::line, LineError::field)
			.containsExactly(tuple(4, "annee"));
	}

	@Test
	void aGrantRepeatedInTheFileIsReportedOnTheLaterLineNamingTheFirst() {
		GrantHistoryFile.Parsed parsed = parse(utf8(HEADER,
				"IMMOBILIER_ESS;2023;" + FIRST_SIRET + ";Atelier;1000;0",
				"IMMOBILIER_ESS;2024;" + FIRST_SIRET + ";Atelier;2000;0",
				"Dynamique Location ESS;2023;" + FIRST_SIRET + ";Atelier;3000;0",
				"IMMOBILIER_ESS;2023;" + spaced(FIRST_SIRET) + ";Atelier (bis);500;0"));

		assertThat(parsed.lines()).extracting(GrantHistoryFile.Line::number).containsExactly(2, 3, 4);
		assertThat(parsed.errors()).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(5);
			assertThat(error.field()).isEqualTo("siret");
			assertThat(error.message()).contains("ligne 2");
		});
	}

	@Test
	void aMissingColumnIsReportedOnTheHeaderWithItsName() {
		GrantHistoryFile.Parsed parsed = parse(utf8("dispositif;annee;siret;beneficiaire;montant_engage",
				"IMMOBILIER_ESS;2023;" + FIRST_SIRET + ";Atelier;1000"));

		assertThat(parsed.lines()).isEmpty();
		assertThat(parsed.errors()).extracting(LineError::line, LineError::field)
			.containsExactly(tuple(1, "montant_verse"));
	}

	@Test
	void everyMissingColumnIsReported() {
		GrantHistoryFile.Parsed parsed = parse(utf8("dispositif;annee;beneficiaire", "IMMOBILIER_ESS;2023;Atelier"));

		assertThat(parsed.errors()).extracting(LineError::line, LineError::field)
			.containsExactly(tuple(1, "siret"), tuple(1, "montant_engage"), tuple(1, "montant_verse"));
	}

	@Test
	void anEmptyFileIsRefusedOnLineOne() {
		GrantHistoryFile.Parsed parsed = parse(new byte[0]);

		assertThat(parsed.lines()).isEmpty();
		assertThat(parsed.errors()).containsExactly(new LineError(1, null, "le fichier est vide"));
	}

	@Test
	void aFileOfBlankLinesIsEmptyToo() {
		assertThat(parse(utf8("", "", "")).errors())
			.containsExactly(new LineError(1, null, "le fichier est vide"));
	}

	@Test
	void aFileWithOnlyTheHeaderContainsNoGrant() {
		GrantHistoryFile.Parsed parsed = parse(utf8(HEADER, ""));

		assertThat(parsed.lines()).isEmpty();
		assertThat(parsed.errors()).containsExactly(new LineError(1, null, "le fichier ne contient aucune aide"));
	}

	@Test
	void anUnclosedQuoteIsReportedOnTheLineWhereTheFileStopsBeingReadable() {
		GrantHistoryFile.Parsed parsed = parse(utf8(HEADER,
				VALID_LINE,
				"IMMOBILIER_ESS;2023;" + SECOND_SIRET + ";\"Atelier du Quai;1000;0",
				"IMMOBILIER_ESS;2024;" + THIRD_SIRET + ";Atelier;1000;0",
				"IMMOBILIER_ESS;2022;" + THIRD_SIRET + ";Atelier;1000;0"));

		assertThat(parsed.lines()).isEmpty();
		assertThat(parsed.errors()).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(3);
			assertThat(error.field()).isNull();
			assertThat(error.message()).contains("guillemets");
		});
	}

	@Test
	void anUnclosedQuoteAfterBlankLinesIsReportedOnItsPhysicalLine() {
		GrantHistoryFile.Parsed parsed = parse(utf8(HEADER,
				VALID_LINE,
				"",
				"IMMOBILIER_ESS;2023;" + SECOND_SIRET + ";\"Atelier du Quai;1000;0",
				"IMMOBILIER_ESS;2024;" + THIRD_SIRET + ";Atelier;1000;0"));

		assertThat(parsed.errors()).extracting(LineError::line).containsExactly(4);
	}

	@Test
	void anUnclosedQuoteAfterAValueSpanningTwoLinesIsReportedOnItsPhysicalLine() {
		GrantHistoryFile.Parsed parsed = parse(utf8(HEADER,
				"IMMOBILIER_ESS;2023;" + FIRST_SIRET + ";\"Atelier", "du Quai\";1000;0",
				"IMMOBILIER_ESS;2023;" + SECOND_SIRET + ";\"Atelier du Quai;1000;0",
				"IMMOBILIER_ESS;2024;" + THIRD_SIRET + ";Atelier;1000;0"));

		assertThat(parsed.errors()).extracting(LineError::line).containsExactly(4);
	}

	@Test
	void anUnclosedQuoteInTheHeaderIsReportedOnLineOne() {
		GrantHistoryFile.Parsed parsed = parse(utf8("\"dispositif;annee;siret;beneficiaire;montant_engage;montant_verse",
				VALID_LINE));

		assertThat(parsed.lines()).isEmpty();
		assertThat(parsed.errors()).extracting(LineError::line).containsExactly(1);
	}

	@Test
	void aFileWithOneBadLineStillReturnsItsValidLinesAlongWithTheError() {
		GrantHistoryFile.Parsed parsed = parse(utf8(HEADER,
				"IMMOBILIER_ESS;2023;" + FIRST_SIRET + ";Atelier;1000;0",
				"IMMOBILIER_ESS;2023;" + SECOND_SIRET + ";Atelier;1000;2000",
				"LOCATION_ESS;2024;" + THIRD_SIRET + ";Atelier;1000;0"));

		assertThat(parsed.lines()).extracting(GrantHistoryFile.Line::number).containsExactly(2, 4);
		assertThat(parsed.errors()).extracting(LineError::line, LineError::field)
			.containsExactly(tuple(3, "montant_verse"));
	}

	@Test
	void aFileOfMoreThanTenThousandGrantsIsRefusedAsAWhole() {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		for (int i = 0; i <= GrantHistoryFile.MAX_LINES; i++) {
			lines.add(VALID_LINE);
		}

		GrantHistoryFile.Parsed parsed = parse(utf8(lines.toArray(String[]::new)));

		assertThat(parsed.lines()).isEmpty();
		assertThat(parsed.errors()).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(1);
			assertThat(error.message()).contains("10000");
		});
	}

	@Test
	void aFileOfExactlyTenThousandGrantsIsRead() {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		for (int i = 0; i < GrantHistoryFile.MAX_LINES; i++) {
			lines.add("IMMOBILIER_ESS;" + (2000 + i % 26) + ";" + siretOfSiren(String.format("1%07d", i / 26))
					+ ";Atelier;1000;0");
		}

		GrantHistoryFile.Parsed parsed = parse(utf8(lines.toArray(String[]::new)));

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lines()).hasSize(GrantHistoryFile.MAX_LINES);
		assertThat(parsed.lines().get(GrantHistoryFile.MAX_LINES - 1).number())
			.isEqualTo(GrantHistoryFile.MAX_LINES + 1);
	}

	/** The errors of a file whose second line is valid and third line is {@code line}. */
	private static List<LineError> errorsOfThirdLine(String line) {
		GrantHistoryFile.Parsed parsed = parse(utf8(HEADER, VALID_LINE, line));
		assertThat(parsed.lines()).extracting(GrantHistoryFile.Line::number).containsExactly(2);
		return parsed.errors();
	}

	private static GrantHistoryFile.Parsed parse(byte[] content) {
		return GrantHistoryFile.parse(content, GrantHistoryFileTests::schemeOf, LAST_YEAR);
	}

	private static Optional<AidScheme> schemeOf(String text) {
		return switch (text) {
			case "IMMOBILIER_ESS" -> Optional.of(AidScheme.IMMOBILIER_ESS);
			case "LOCATION_ESS", "Dynamique Location ESS" -> Optional.of(AidScheme.LOCATION_ESS);
			default -> Optional.empty();
		};
	}

	private static byte[] utf8(String... lines) {
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** 13 digits followed by the key that makes the 14 digits pass the Luhn check. */
	private static String siret(String thirteenDigits) {
		return withLuhnKey(thirteenDigits);
	}

	/** A SIRET whose SIREN is 8 digits and their key, with NIC 0001 and the key of the whole. */
	private static String siretOfSiren(String eightDigits) {
		return withLuhnKey(withLuhnKey(eightDigits) + "0001");
	}

	private static String withLuhnKey(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return digits + (10 - sum % 10) % 10;
	}

	/** A SIRET as printed: SIREN in groups of three, then the NIC. */
	private static String spaced(String siret) {
		return siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " "
				+ siret.substring(9);
	}

}
