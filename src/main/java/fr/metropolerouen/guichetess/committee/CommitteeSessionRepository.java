package fr.metropolerouen.guichetess.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CommitteeSessionRepository extends JpaRepository<CommitteeSession, UUID> {

	List<CommitteeSession> findAllByOrderByDateDescCreatedAtDesc();

	/** The next session of a body still planned after a date: where a deferred dossier goes. */
	Optional<CommitteeSession> findFirstByBodyAndStatusAndDateAfterOrderByDateAscCreatedAtAsc(CommitteeBody body,
			SessionStatus status, LocalDate date);

	/** Agenda changes of one session are applied one after the other (positions stay unique and in order). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from CommitteeSession s where s.id = :id")
	Optional<CommitteeSession> findForUpdate(UUID id);


	boolean existsByMinutesSha256(String sha256);

}
