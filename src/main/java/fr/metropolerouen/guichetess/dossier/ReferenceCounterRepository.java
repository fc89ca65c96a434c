package fr.metropolerouen.guichetess.dossier;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReferenceCounterRepository extends JpaRepository<ReferenceCounter, ReferenceCounter.Key> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ReferenceCounter c where c.key = :key")
	Optional<ReferenceCounter> findForUpdate(ReferenceCounter.Key key);

	/** A plain insert: a merge could overwrite a counter that another transaction created meanwhile. */
	@Modifying
	@Query(value = "insert into dossier_reference_counter (scheme, reference_year, last_number) values (:scheme, :year, 0)",
			nativeQuery = true)
	void create(String scheme, int year);

}
