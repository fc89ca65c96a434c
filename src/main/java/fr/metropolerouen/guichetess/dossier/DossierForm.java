package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.web.TypedInput;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.validation.BindingResult;

/**
 * What an applicant types about a project, as text (French amounts "1 234,56" or "1234.56", dates dd/mm/yyyy): the
 * dossier wizard's form and the simulator's. {@link #toData} turns it into {@link DossierData} with the same checks
 * and French messages as the API, each on its field.
 */
public class DossierForm {

	/** De minimis aid rows the wizard offers. */
	public static final int DE_MINIMIS_ROWS = 3;

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private AidScheme scheme;

	private String projectTitle;

	private String communeInseeCode;

	private String requestedAmount;

	private String operationType;

	private String eligibleExpenses;

	private String worksStartDate;

	private String monthlyRent;

	private String surfaceM2;

	private String leaseStartDate;

	private String leaseDurationMonths;

	private String leaseType;

	private String leaseSignedOn;

	private String marketActivity;

	private String operatingRevenue;

	private String operatingExpenses;

	private String ownFunds;

	private String headcount;

	private String jobsCreated;

	private String jobsKept;

	private List<AidRow> deMinimisAids = new ArrayList<>();

	public DossierForm() {
		fillAidRows();
	}

	/** The form of an existing dossier's data. */
	public static DossierForm of(DossierData data) {
		DossierForm form = new DossierForm();
		form.scheme = data.scheme();
		form.projectTitle = data.projectTitle();
		form.communeInseeCode = data.communeInseeCode();
		form.requestedAmount = amount(data.requestedAmount());
		form.operationType = data.operationType() == null ? null : data.operationType().name();
		form.eligibleExpenses = amount(data.eligibleExpenses());
		form.worksStartDate = date(data.worksStartDate());
		form.monthlyRent = amount(data.monthlyRent());
		form.surfaceM2 = amount(data.surfaceM2());
		form.leaseStartDate = date(data.leaseStartDate());
		form.leaseDurationMonths = count(data.leaseDurationMonths());
		form.leaseType = data.leaseType() == null ? null : data.leaseType().name();
		form.leaseSignedOn = date(data.leaseSignedOn());
		form.marketActivity = data.marketActivity() == null ? null : data.marketActivity().toString();
		form.operatingRevenue = amount(data.operatingRevenue());
		form.operatingExpenses = amount(data.operatingExpenses());
		form.ownFunds = amount(data.ownFunds());
		form.headcount = count(data.headcount());
		form.jobsCreated = count(data.jobsCreated());
		form.jobsKept = count(data.jobsKept());
		form.deMinimisAids = new ArrayList<>();
		for (DeMinimisAid aid : data.deMinimisAids()) {
			AidRow row = new AidRow();
			row.setGrantor(aid.grantor());
			row.setGrantedOn(date(aid.grantedOn()));
			row.setAmount(amount(aid.amount()));
			form.deMinimisAids.add(row);
		}
		form.fillAidRows();
		return form;
	}

	/** Proposes the organisation's number of employees as its headcount when none is typed yet. */
	void proposeHeadcount(int employees) {
		if (blankToNull(headcount) == null) {
			headcount = Integer.toString(employees);
		}
	}

	private void fillAidRows() {
		while (deMinimisAids.size() < DE_MINIMIS_ROWS) {
			deMinimisAids.add(new AidRow());
		}
	}

	/**
	 * The data typed, or null when some value cannot be read or breaks a rule: then each message is on its field
	 * of {@code result}.
	 */
	public DossierData toData(BindingResult result, Validator validator) {
		Values values = new Values(result);
		List<DeMinimisAid> aids = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < deMinimisAids.size(); i++) {
			AidRow row = deMinimisAids.get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			String path = "deMinimisAids[" + i + "].";
			aids.add(new DeMinimisAid(blankToNull(row.getGrantor()), values.date(path + "grantedOn", row.getGrantedOn()),
					values.amount(path + "amount", row.getAmount())));
			rows.add(i);
		}
		DossierData data = new DossierData(scheme, blankToNull(projectTitle),
				blankToNull(communeInseeCode) == null ? null : communeInseeCode.strip().toUpperCase(),
				values.amount("requestedAmount", requestedAmount), aids,
				values.choice("operationType", operationType, OperationType.class),
				values.amount("eligibleExpenses", eligibleExpenses), values.date("worksStartDate", worksStartDate),
				values.amount("monthlyRent", monthlyRent), values.amount("surfaceM2", surfaceM2),
				values.date("leaseStartDate", leaseStartDate),
				values.integer("leaseDurationMonths", leaseDurationMonths),
				blankToNull(marketActivity) == null ? null : Boolean.valueOf(marketActivity),
				values.amount("operatingRevenue", operatingRevenue),
				values.amount("operatingExpenses", operatingExpenses), values.amount("ownFunds", ownFunds),
				values.choice("leaseType", leaseType, LeaseType.class), values.date("leaseSignedOn", leaseSignedOn),
				values.integer("headcount", headcount), values.integer("jobsCreated", jobsCreated),
				values.integer("jobsKept", jobsKept));
		Set<ConstraintViolation<DossierData>> violations = validator.validate(data);
		for (ConstraintViolation<DossierData> violation : violations) {
			String field = violation.getPropertyPath().toString().replace(".<list element>", "");
			java.util.regex.Matcher aid = java.util.regex.Pattern.compile("^deMinimisAids\\[(\\d+)]").matcher(field);
			if (aid.find()) {
				field = "deMinimisAids[" + rows.get(Integer.parseInt(aid.group(1))) + "]" + field.substring(aid.end());
			}
			if (!result.hasFieldErrors(field)) {
				if (result.getFieldType(field) != null) {
					result.rejectValue(field, "invalid", violation.getMessage());
				}
				else {
					result.reject("invalid", violation.getMessage());
				}
			}
		}
		return result.hasErrors() ? null : data;
	}

	/** Reads typed values; a value that cannot be read is an error on its field and counts as absent. */
	private static final class Values {

		private final BindingResult result;

		Values(BindingResult result) {
			this.result = result;
		}

		BigDecimal amount(String field, String text) {
			BigDecimal amount = TypedInput.amount(text);
			if (amount == null && blankToNull(text) != null) {
				result.rejectValue(field, "number", "doit être un nombre, par exemple 1 234,56");
			}
			return amount;
		}

		LocalDate date(String field, String text) {
			if (blankToNull(text) == null) {
				return null;
			}
			LocalDate date = TypedInput.date(text);
			if (date == null) {
				result.rejectValue(field, "date", "doit être une date au format jj/mm/aaaa");
			}
			return date;
		}

		Integer integer(String field, String text) {
			if (blankToNull(text) == null) {
				return null;
			}
			try {
				return Integer.valueOf(text.strip());
			}
			catch (NumberFormatException e) {
				result.rejectValue(field, "number", "doit être un nombre entier");
				return null;
			}
		}

		<E extends Enum<E>> E choice(String field, String text, Class<E> type) {
			if (blankToNull(text) == null) {
				return null;
			}
			try {
				return Enum.valueOf(type, text);
			}
			catch (IllegalArgumentException e) {
				result.rejectValue(field, "choice", "n'est pas un choix proposé");
				return null;
			}
		}

	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String amount(BigDecimal amount) {
		return amount == null ? null : amount.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	private static String count(Integer count) {
		return count == null ? null : count.toString();
	}

	private static String date(LocalDate date) {
		return date == null ? null : date.format(FRENCH_DATE);
	}

	/** One de minimis aid as typed. */
	public static class AidRow {

		private String grantor;

		private String grantedOn;

		private String amount;

		boolean isBlank() {
			return blankToNull(grantor) == null && blankToNull(grantedOn) == null && blankToNull(amount) == null;
		}

		public String getGrantor() {
			return grantor;
		}

		public void setGrantor(String grantor) {
			this.grantor = grantor;
		}

		public String getGrantedOn() {
			return grantedOn;
		}

		public void setGrantedOn(String grantedOn) {
			this.grantedOn = grantedOn;
		}

		public String getAmount() {
			return amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

	}

	public AidScheme getScheme() {
		return scheme;
	}

	public void setScheme(AidScheme scheme) {
		this.scheme = scheme;
	}

	public String getProjectTitle() {
		return projectTitle;
	}

	public void setProjectTitle(String projectTitle) {
		this.projectTitle = projectTitle;
	}

	public String getCommuneInseeCode() {
		return communeInseeCode;
	}

	public void setCommuneInseeCode(String communeInseeCode) {
		this.communeInseeCode = communeInseeCode;
	}

	public String getRequestedAmount() {
		return requestedAmount;
	}

	public void setRequestedAmount(String requestedAmount) {
		this.requestedAmount = requestedAmount;
	}

	public String getOperationType() {
		return operationType;
	}

	public void setOperationType(String operationType) {
		this.operationType = operationType;
	}

	public String getEligibleExpenses() {
		return eligibleExpenses;
	}

	public void setEligibleExpenses(String eligibleExpenses) {
		this.eligibleExpenses = eligibleExpenses;
	}

	public String getWorksStartDate() {
		return worksStartDate;
	}

	public void setWorksStartDate(String worksStartDate) {
		this.worksStartDate = worksStartDate;
	}

	public String getMonthlyRent() {
		return monthlyRent;
	}

	public void setMonthlyRent(String monthlyRent) {
		this.monthlyRent = monthlyRent;
	}

	public String getSurfaceM2() {
		return surfaceM2;
	}

	public void setSurfaceM2(String surfaceM2) {
		this.surfaceM2 = surfaceM2;
	}

	public String getLeaseStartDate() {
		return leaseStartDate;
	}

	public void setLeaseStartDate(String leaseStartDate) {
		this.leaseStartDate = leaseStartDate;
	}

	public String getLeaseDurationMonths() {
		return leaseDurationMonths;
	}

	public void setLeaseDurationMonths(String leaseDurationMonths) {
		this.leaseDurationMonths = leaseDurationMonths;
	}

	public String getLeaseType() {
		return leaseType;
	}

	public void setLeaseType(String leaseType) {
		this.leaseType = leaseType;
	}

	public String getLeaseSignedOn() {
		return leaseSignedOn;
	}

	public void setLeaseSignedOn(String leaseSignedOn) {
		this.leaseSignedOn = leaseSignedOn;
	}

	public String getMarketActivity() {
		return marketActivity;
	}

	public void setMarketActivity(String marketActivity) {
		this.marketActivity = marketActivity;
	}

	public String getOperatingRevenue() {
		return operatingRevenue;
	}

	public void setOperatingRevenue(String operatingRevenue) {
		this.operatingRevenue = operatingRevenue;
	}

	public String getOperatingExpenses() {
		return operatingExpenses;
	}

	public void setOperatingExpenses(String operatingExpenses) {
		this.operatingExpenses = operatingExpenses;
	}

	public String getOwnFunds() {
		return ownFunds;
	}

	public void setOwnFunds(String ownFunds) {
		this.ownFunds = ownFunds;
	}

	public String getHeadcount() {
		return headcount;
	}

	public void setHeadcount(String headcount) {
		this.headcount = headcount;
	}

	public String getJobsCreated() {
		return jobsCreated;
	}

	public void setJobsCreated(String jobsCreated) {
		this.jobsCreated = jobsCreated;
	}

	public String getJobsKept() {
		return jobsKept;
	}

	public void setJobsKept(String jobsKept) {
		this.jobsKept = jobsKept;
	}

	public List<AidRow> getDeMinimisAids() {
		return deMinimisAids;
	}

	public void setDeMinimisAids(List<AidRow> deMinimisAids) {
		this.deMinimisAids = deMinimisAids == null ? new ArrayList<>() : deMinimisAids;
		fillAidRows();
	}

}
