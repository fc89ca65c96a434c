package fr.metropolerouen.guichetess.operations;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.DossierSteps;

/**
 * What the checks ask of the service, through its public API, as its users would: staff accounts and envelopes of an
 * empty production database, then dossiers from sign-up to the committee's decision and the first payment.
 */
final class Workload {

	static final Set<String> STAFF = Set.of("officer", "committee", "finance");

	/** Immobilier grants stay below the yearly threshold of a grant agreement: paid an advance without one. */
	static final BigDecimal IMMOBILIER_GRANT = new BigDecimal("12000.00");

	static final BigDecimal ADVANCE = new BigDecimal("2400.00");

	static final BigDecimal LOCATION_GRANT = new BigDecimal("3000.00");

	static final BigDecimal ALLOCATED = new BigDecimal("10000000.00");

	private final Api api;

	private final DossierSteps steps;

	Workload(List<String> nodes) {
		this.api = new Api(nodes, Workload::passwordOf);
		this.steps = new DossierSteps(api);
	}

	static String passwordOf(String username) {
		if (ServiceNode.ADMIN.equals(username)) {
			return ServiceNode.ADMIN_PASSWORD;
		}
		// the password policy refuses a password that contains the user name
		return STAFF.contains(username) ? "agent des controles d'exploitation" : Api.passwordOf(username);
	}

	Api api() {
		return api;
	}

	DossierSteps steps() {
		return steps;
	}

	/** The staff's accounts, opened by the first administrator, and this year's envelopes, opened by finance. */
	void prepare() {
		Map<String, String> roles = Map.of("officer", "OFFICER", "committee", "COMMITTEE", "finance", "FINANCE");
		roles.forEach((username, role) -> api.as(ServiceNode.ADMIN)
			.post("/api/admin/accounts", Map.of("username", username, "password", passwordOf(username), "email",
					username + "@guichet-ess.example", "role", role))
			.expect(201));
		int year = DossierSteps.today().getYear();
		for (String scheme : List.of(DossierSteps.IMMOBILIER, DossierSteps.LOCATION)) {
			api.as("finance")
				.post("/api/envelopes", Map.of("scheme", scheme, "year", year, "allocated", ALLOCATED))
				.expect(201);
		}
	}

	/** A new organisation's dossier, submitted, declared complete and reviewed: on the committee's table. */
	String awaitingCommittee(String scheme, BigDecimal proposedAmount) {
		return steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(scheme),
				proposedAmount);
	}

	/** The beneficiary asks for the advance of an Immobilier grant, which goes through the whole spending chain. */
	void payAdvance(String dossierId) {
		String request = steps.requestPayment(steps.applicantOf(dossierId), dossierId, "ADVANCE", ADVANCE, null,
				List.of()).expect(201).get("id").asText();
		steps.awaitTask("officer", dossierId, "SERVICE_DONE_CERTIFICATION");
		steps.liquidate(request);
		steps.order(request);
		steps.awaitTask("finance", dossierId, "PAYMENT_RECORDING");
		steps.recordPayment(request, "VIR-" + request.substring(0, 8)).expect(200);
	}

	/** Runs the tasks on that many client threads, and returns their results in order (failing on the first error). */
	static <T> List<T> inParallel(int clients, List<Callable<T>> tasks) {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<T>> futures = pool.invokeAll(tasks);
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("A client failed: " + e.getCause().getMessage(), e.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	static String seconds(Duration duration) {
		return "%.1f s".formatted(duration.toMillis() / 1000.0);
	}

}
