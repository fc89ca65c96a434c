package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.metropolerouen.guichetess.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class DeMinimisAidColumns {

	@Column(nullable = false)
	private String grantor;

	@Column(name = "granted_on", nullable = false)
	private LocalDate grantedOn;

	@Column(nullable = false)
	private BigDecimal amount;

	protected DeMinimisAidColumns() {
	}

	DeMinimisAidColumns(DeMinimisAid aid) {
		this.grantor = aid.grantor().strip();
		this.grantedOn = aid.grantedOn();
		this.amount = Money.euros(aid.amount());
	}

	DeMinimisAid toAid() {
		return new DeMinimisAid(grantor, grantedOn, amount);
	}

}
