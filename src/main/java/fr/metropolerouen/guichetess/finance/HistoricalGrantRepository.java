package fr.metropolerouen.guichetess.finance;

import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import org.springframework.data.jpa.repository.JpaRepository;

interface HistoricalGrantRepository extends JpaRepository<HistoricalGrant, UUID> {

	List<HistoricalGrant> findByYearBetween(int fromYear, int toYear);

	boolean existsBySchemeAndYearAndSiret(AidScheme scheme, int year, String siret);

}
