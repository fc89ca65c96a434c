package fr.metropolerouen.guichetess.envelope;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EnvelopeRepository extends JpaRepository<Envelope, UUID> {

	Optional<Envelope> findBySchemeAndYear(AidScheme scheme, int year);

	List<Envelope> findByYearOrderBySchemeAsc(int year);

	List<Envelope> findAllByOrderByYearDescSchemeAsc();

	List<Envelope> findBySchemeOrderByYear(AidScheme scheme);

	/** Every movement of money on an envelope happens under this lock: they are applied one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Envelope e where e.id = :id")
	Optional<Envelope> findForUpdate(UUID id);

}
