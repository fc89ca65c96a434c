package fr.metropolerouen.guichetess.clawback;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryOrderCounterRepository extends JpaRepository<RecoveryOrderCounter, Integer> {

	/** Decisions of one year take their numbers one after the other: none is given twice, none skipped. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from RecoveryOrderCounter c where c.year = :year")
	Optional<RecoveryOrderCounter> findForUpdate(int year);

	/** A plain insert: a merge could overwrite a counter that another decision created meanwhile. */
	@Modifying
	@Query(value = "insert into recovery_order_counter (counter_year, last_number) values (:year, 0)",
			nativeQuery = true)
	void create(int year);

}
