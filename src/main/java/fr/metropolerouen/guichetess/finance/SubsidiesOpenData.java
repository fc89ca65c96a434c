package fr.metropolerouen.guichetess.finance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.metropolerouen.guichetess.agreement.GrantAgreements;
import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DossierStatistics;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.GrantedDossier;
import fr.metropolerouen.guichetess.envelope.DossierMoney;
import fr.metropolerouen.guichetess.envelope.EntryKind;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.envelope.LedgerEntryView;
import fr.metropolerouen.guichetess.envelope.LedgerSearch;
import fr.metropolerouen.guichetess.envelope.PaymentSchedules;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.ConflictException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly open-data file of granted subsidies in the SCDL « Subventions » 2.1.1 format (décret 2017-779): one row
 * per beneficiary, UTF-8 CSV, comma separator, dot decimals. Its columns are read from the schema file itself, in
 * its order. The convention's date is that of the grant agreement signed by both parties, or the decision's for a
 * grant without agreement; the decision's reference is its deliberation number.
 */
@Service
@Transactional(readOnly = true)
class SubsidiesOpenData {

	static final String SCHEMA = "open-data/scdl-subventions-schema-2.1.1.json";

	private static final int SUBJECT_LENGTH = 256;

	private final List<String> fields;

	private final OpenDataProperties properties;

	private final DossierStatistics dossiers;

	private final Organisations organisations;

	private final EnvelopeLedger ledger;

	private final LedgerSearch search;

	private final PaymentSchedules schedules;

	private final SchemeCatalogue schemes;

	private final GrantAgreements agreements;

	SubsidiesOpenData(OpenDataProperties properties, DossierStatistics dossiers, Organisations organisations,
			EnvelopeLedger ledger, LedgerSearch search, PaymentSchedules schedules, SchemeCatalogue schemes,
			GrantAgreements agreements, ObjectMapper json) {
		this.agreements = agreements;
		this.fields = fieldsOf(json);
		this.properties = properties;
		this.dossiers = dossiers;
		this.organisations = organisations;
		this.ledger = ledger;
		this.search = search;
		this.schedules = schedules;
		this.schemes = schemes;
	}

	/** The subsidies granted by decisions of the year. */
	byte[] csv(int year) {
		if (properties.authoritySiret() == null) {
			throw new ConflictException("Le SIRET de la Métropole n'est pas configuré (guichet.open-data.authority-siret,"
					+ " variable GUICHET_AUTHORITY_SIRET) : les données essentielles ne peuvent pas être publiées.");
		}
		List<GrantedDossier> granted = dossiers.grantedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		Map<UUID, OrganisationView> beneficiaries = organisations
			.getAll(granted.stream().map(GrantedDossier::organisationId).distinct().toList());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			printer.printRecord(fields);
			for (GrantedDossier grant : granted) {
				Map<String, String> row = row(grant, beneficiaries.get(grant.organisationId()));
				printer.printRecord(fields.stream().map(field -> row.getOrDefault(field, "")).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private Map<String, String> row(GrantedDossier grant, OrganisationView beneficiary) {
		Map<String, String> row = new HashMap<>();
		row.put("nomAttribuant", properties.authorityName());
		row.put("idAttribuant", properties.authoritySiret());
		// the agreement's date once both parties signed it; the decision's for a grant without agreement
		row.put("dateConvention", agreements.signedOn(grant.id()).orElse(grant.decisionDate()).toString());
		row.put("referenceDecision", grant.deliberationNumber() == null ? "" : grant.deliberationNumber());
		row.put("nomBeneficiaire", beneficiary.name());
		row.put("idBeneficiaire", beneficiary.siret());
		row.put("objet", subject(schemes.name(grant.scheme()) + " : " + grant.projectTitle()));
		row.put("montant", grant.grantedAmount().toPlainString());
		row.put("nature", properties.aidNature());
		row.put("idRAE", properties.raeIds().getOrDefault(grant.scheme(), ""));
		// de minimis aids are exempted from notification to the European Commission
		row.put("notificationUE", "non");
		row.put("pourcentageSubvention", "1.00");
		payments(grant, row);
		return row;
	}

	/**
	 * A grant settled by a single payment was paid « unique » on that day; any other is « échelonné » over the
	 * period from its decision to its last payment or the end of the last year its plan expects one.
	 */
	private void payments(GrantedDossier grant, Map<String, String> row) {
		List<LocalDate> paid = search.ofDossier(grant.id())
			.stream()
			.filter(entry -> entry.kind() == EntryKind.PAYMENT)
			.map(LedgerEntryView::operationDate)
			.sorted()
			.toList();
		DossierMoney money = ledger.moneyOf(grant.id());
		if (paid.size() == 1 && money.remainingToPay().signum() == 0) {
			row.put("conditionsVersement", "unique");
			row.put("datesPeriodeVersement", paid.get(0).toString());
			return;
		}
		SortedMap<Integer, BigDecimal> plan = schedules.planOf(grant.id());
		LocalDate end = plan.isEmpty() ? grant.decisionDate() : LocalDate.of(plan.lastKey(), 12, 31);
		if (!paid.isEmpty() && paid.get(paid.size() - 1).isAfter(end)) {
			end = paid.get(paid.size() - 1);
		}
		row.put("conditionsVersement", "échelonné");
		row.put("datesPeriodeVersement", grant.decisionDate() + "/" + end);
	}

	/** At most 256 characters (code points), as the schema requires. */
	private static String subject(String text) {
		String plain = text.strip().replaceAll("\\s+", " ");
		if (plain.codePointCount(0, plain.length()) <= SUBJECT_LENGTH) {
			return plain;
		}
		return plain.substring(0, plain.offsetByCodePoints(0, SUBJECT_LENGTH - 1)) + "…";
	}

	private static List<String> fieldsOf(ObjectMapper json) {
		try (InputStream schema = new ClassPathResource(SCHEMA).getInputStream()) {
			List<String> names = new ArrayList<>();
			for (JsonNode field : json.readTree(schema).get("fields")) {
				names.add(field.get("name").asText());
			}
			return List.copyOf(names);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the SCDL schema " + SCHEMA, e);
		}
	}

}
