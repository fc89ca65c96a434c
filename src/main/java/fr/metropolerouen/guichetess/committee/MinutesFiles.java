package fr.metropolerouen.guichetess.committee;

import fr.metropolerouen.guichetess.shared.StoredFileOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The minutes of the committee's sessions are kept: a file that is also minutes is never deleted. */
@Component
class MinutesFiles implements StoredFileOwner {

	private final CommitteeSessionRepository sessions;

	MinutesFiles(CommitteeSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean stillUses(String sha256) {
		return sessions.existsByMinutesSha256(sha256);
	}

}
