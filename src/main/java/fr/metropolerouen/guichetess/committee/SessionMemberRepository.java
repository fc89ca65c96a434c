package fr.metropolerouen.guichetess.committee;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionMemberRepository extends JpaRepository<SessionMember, UUID> {

	List<SessionMember> findBySessionIdOrderByPosition(UUID sessionId);

	void deleteBySessionId(UUID sessionId);

}
