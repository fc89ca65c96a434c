package fr.metropolerouen.guichetess.account;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottleEntry, String> {

	/** The entry, locked until the transaction ends: two nodes counting a failure at once both count. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select entry from LoginThrottleEntry entry where entry.key = :key")
	Optional<LoginThrottleEntry> findForUpdate(String key);

}
