package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DossierStatistics;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.GrantedDossier;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FileStore;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidFileException;
import fr.metropolerouen.guichetess.shared.InvalidFileException.LineError;
import fr.metropolerouen.guichetess.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the grants made before the Guichet, whole or not at all: one faulty line and nothing is saved, and the
 * answer names every faulty line. A grant already known (imported before, or granted in the Guichet) is refused, and
 * so is a file imported before.
 */
@Service
@Transactional
class GrantHistoryImports {

	private final GrantHistoryImportRepository imports;

	private final HistoricalGrantRepository grants;

	private final DossierStatistics dossiers;

	private final Organisations organisations;

	private final SchemeCatalogue schemes;

	private final Clock clock;

	GrantHistoryImports(GrantHistoryImportRepository imports, HistoricalGrantRepository grants,
			DossierStatistics dossiers, Organisations organisations, SchemeCatalogue schemes, Clock clock) {
		this.imports = imports;
		this.grants = grants;
		this.dossiers = dossiers;
		this.organisations = organisations;
		this.schemes = schemes;
		this.clock = clock;
	}

	HistoryImportView load(String fileName, byte[] content, boolean dryRun, Actor finance) {
		String fingerprint = FileStore.sha256(content);
		imports.findBySha256(fingerprint).ifPresent(earlier -> {
			throw new ConflictException("Ce fichier a déjà été importé le "
					+ FrenchFormat.longDate(earlier.importedAt().atZone(FrenchFormat.ZONE).toLocalDate()) + " par "
					+ earlier.importedBy() + " (« " + earlier.fileName() + " ») : rien n'a été importé.");
		});
		int lastYear = FrenchFormat.today(clock).getYear();
		GrantHistoryFile.Parsed parsed = GrantHistoryFile.parse(content, this::scheme, lastYear);
		List<LineError> errors = new ArrayList<>(parsed.errors());
		errors.addAll(alreadyKnown(parsed.lines()));
		if (!errors.isEmpty()) {
			errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
			throw new InvalidFileException("Le fichier « " + fileName + " » contient " + errors.size()
					+ (errors.size() == 1 ? " erreur" : " erreurs") + " : rien n'a été importé.", errors);
		}
		if (dryRun) {
			return view(null, fileName, true, parsed.lines(), null, null);
		}
		GrantHistoryImport batch = imports.save(new GrantHistoryImport(fileName, fingerprint, parsed.lines().size(),
				clock.instant(), finance.username()));
		parsed.lines().forEach(line -> grants.save(new HistoricalGrant(batch.id(), line)));
		return view(batch.id(), fileName, false, parsed.lines(), batch.importedAt(), batch.importedBy());
	}

	@Transactional(readOnly = true)
	List<HistoryImportView> list() {
		return imports.findAllByOrderByImportedAtDesc()
			.stream()
			.map(batch -> new HistoryImportView(batch.id(), batch.fileName(), false, batch.grants(), List.of(),
					batch.importedAt(), batch.importedBy()))
			.toList();
	}

	/** Lines whose grant was imported before, or granted in the Guichet. */
	private List<LineError> alreadyKnown(List<GrantHistoryFile.Line> lines) {
		if (lines.isEmpty()) {
			return List.of();
		}
		int from = lines.stream().mapToInt(GrantHistoryFile.Line::year).min().orElseThrow();
		int to = lines.stream().mapToInt(GrantHistoryFile.Line::year).max().orElseThrow();
		Set<List<Object>> imported = grants.findByYearBetween(from, to)
			.stream()
			.map(grant -> List.<Object>of(grant.scheme(), grant.year(), grant.siret()))
			.collect(Collectors.toSet());
		List<GrantedDossier> granted = dossiers.grantedBetween(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
		Map<UUID, OrganisationView> beneficiaries = organisations
			.getAll(granted.stream().map(GrantedDossier::organisationId).toList());
		Set<List<Object>> inGuichet = granted.stream()
			.map(grant -> List.<Object>of(grant.scheme(), grant.decisionDate().getYear(),
					beneficiaries.get(grant.organisationId()).siret()))
			.collect(Collectors.toSet());
		List<LineError> errors = new ArrayList<>();
		for (GrantHistoryFile.Line line : lines) {
			List<Object> key = List.of(line.scheme(), line.year(), line.siret());
			if (imported.contains(key)) {
				errors.add(new LineError(line.number(), "siret", "cette aide a déjà été importée"));
			}
			else if (inGuichet.contains(key)) {
				errors.add(new LineError(line.number(), "siret",
						"cette aide a été accordée dans le Guichet : elle y figure déjà"));
			}
		}
		return errors;
	}

	/** A scheme by its code or its name, whatever the case and accents. */
	private Optional<AidScheme> scheme(String text) {
		String wanted = plain(text);
		for (AidScheme scheme : AidScheme.values()) {
			if (plain(scheme.name()).equals(wanted) || plain(schemes.name(scheme)).equals(wanted)) {
				return Optional.of(scheme);
			}
		}
		return Optional.empty();
	}

	private static String plain(String text) {
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s_-]+", " ");
	}

	private static HistoryImportView view(UUID id, String fileName, boolean dryRun, List<GrantHistoryFile.Line> lines,
			Instant importedAt, String importedBy) {
		List<HistoryImportView.SchemeTotal> totals = new ArrayList<>();
		for (AidScheme scheme : AidScheme.values()) {
			List<GrantHistoryFile.Line> ofScheme = lines.stream().filter(line -> line.scheme() == scheme).toList();
			if (!ofScheme.isEmpty()) {
				totals.add(new HistoryImportView.SchemeTotal(scheme, ofScheme.size(),
						ofScheme.stream().mapToInt(GrantHistoryFile.Line::year).min().orElseThrow(),
						ofScheme.stream().mapToInt(GrantHistoryFile.Line::year).max().orElseThrow(),
						sum(ofScheme, GrantHistoryFile.Line::engaged), sum(ofScheme, GrantHistoryFile.Line::paid)));
			}
		}
		return new HistoryImportView(id, fileName, dryRun, lines.size(), totals, importedAt, importedBy);
	}

	private static BigDecimal sum(List<GrantHistoryFile.Line> lines,
			Function<GrantHistoryFile.Line, BigDecimal> amount) {
		return lines.stream().map(amount).reduce(Money.ZERO, BigDecimal::add);
	}

}
