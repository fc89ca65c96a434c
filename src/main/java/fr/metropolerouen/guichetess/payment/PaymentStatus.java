package fr.metropolerouen.guichetess.payment;

public enum PaymentStatus {

	PENDING, APPROVED, REJECTED

}
