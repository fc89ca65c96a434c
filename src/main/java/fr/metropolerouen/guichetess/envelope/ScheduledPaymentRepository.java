package fr.metropolerouen.guichetess.envelope;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduledPaymentRepository extends JpaRepository<ScheduledPayment, ScheduledPayment.Key> {

	List<ScheduledPayment> findByKeyEngagementIdIn(Collection<UUID> engagementIds);

}
