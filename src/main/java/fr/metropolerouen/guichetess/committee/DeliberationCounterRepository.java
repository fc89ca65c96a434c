package fr.metropolerouen.guichetess.committee;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DeliberationCounterRepository extends JpaRepository<DeliberationCounter, DeliberationCounter.Key> {

	/** Closings of one body and year take their numbers one after the other: none is given twice, none skipped. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from DeliberationCounter c where c.key = :key")
	Optional<DeliberationCounter> findForUpdate(DeliberationCounter.Key key);

	/** A plain insert: a merge could overwrite a counter that another closing created meanwhile. */
	@Modifying
	@Query(value = "insert into deliberation_counter (prefix, counter_year, last_number) values (:prefix, :year, 0)",
			nativeQuery = true)
	void create(String prefix, int year);

}
