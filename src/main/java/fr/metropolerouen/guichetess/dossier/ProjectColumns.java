package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
class ProjectColumns {

	@Column(name = "project_title")
	private String projectTitle;

	@Column(name = "commune_insee_code")
	private String communeInseeCode;

	@Column(name = "requested_amount")
	private BigDecimal requestedAmount;

	@Enumerated(EnumType.STRING)
	@Column(name = "operation_type")
	private OperationType operationType;

	@Column(name = "eligible_expenses")
	private BigDecimal eligibleExpenses;

	@Column(name = "works_start_date")
	private LocalDate worksStartDate;

	@Column(name = "monthly_rent")
	private BigDecimal monthlyRent;

	@Column(name = "surface_m2")
	private BigDecimal surfaceM2;

	@Column(name = "lease_start_date")
	private LocalDate leaseStartDate;

	@Column(name = "lease_duration_months")
	private Integer leaseDurationMonths;

	@Column(name = "market_activity")
	private Boolean marketActivity;

	@Column(name = "operating_revenue")
	private BigDecimal operatingRevenue;

	@Column(name = "operating_expenses")
	private BigDecimal operatingExpenses;

	@Column(name = "own_funds")
	private BigDecimal ownFunds;

	@Enumerated(EnumType.STRING)
	@Column(name = "lease_type")
	private LeaseType leaseType;

	@Column(name = "lease_signed_on")
	private LocalDate leaseSignedOn;

	/** The organisation's salaried headcount at application (effectif salarié), in people. */
	@Column(name = "headcount")
	private Integer headcount;

	@Column(name = "jobs_created")
	private Integer jobsCreated;

	/** Jobs the project keeps (emplois maintenus), in people. */
	@Column(name = "jobs_kept")
	private Integer jobsKept;

	protected ProjectColumns() {
	}

	ProjectColumns(DossierData data) {
		this.projectTitle = data.projectTitle() == null ? null : data.projectTitle().strip();
		this.communeInseeCode = data.communeInseeCode();
		this.requestedAmount = Money.euros(data.requestedAmount());
		this.operationType = data.operationType();
		this.eligibleExpenses = Money.euros(data.eligibleExpenses());
		this.worksStartDate = data.worksStartDate();
		this.monthlyRent = Money.euros(data.monthlyRent());
		this.surfaceM2 = data.surfaceM2();
		this.leaseStartDate = data.leaseStartDate();
		this.leaseDurationMonths = data.leaseDurationMonths();
		this.marketActivity = data.marketActivity();
		this.operatingRevenue = Money.euros(data.operatingRevenue());
		this.operatingExpenses = Money.euros(data.operatingExpenses());
		this.ownFunds = Money.euros(data.ownFunds());
		this.leaseType = data.leaseType();
		this.leaseSignedOn = data.leaseSignedOn();
		this.headcount = data.headcount();
		this.jobsCreated = data.jobsCreated();
		this.jobsKept = data.jobsKept();
	}

	/** At submission, a headcount left blank is the organisation's number of employees of the day. */
	void recordHeadcountIfMissing(int employees) {
		if (headcount == null) {
			headcount = employees;
		}
	}

	DossierData toData(AidScheme scheme, List<DeMinimisAid> deMinimisAids) {
		return new DossierData(scheme, projectTitle, communeInseeCode, requestedAmount, deMinimisAids, operationType,
				eligibleExpenses, worksStartDate, monthlyRent, surfaceM2, leaseStartDate, leaseDurationMonths,
				marketActivity, operatingRevenue, operatingExpenses, ownFunds, leaseType, leaseSignedOn, headcount,
				jobsCreated, jobsKept);
	}

}
