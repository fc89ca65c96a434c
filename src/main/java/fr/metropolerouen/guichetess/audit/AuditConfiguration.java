package fr.metropolerouen.guichetess.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditEntries auditEntries(JdbcTemplate jdbc) {
		return new AuditEntries(jdbc);
	}

}
