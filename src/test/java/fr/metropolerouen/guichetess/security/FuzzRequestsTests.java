package fr.metropolerouen.guichetess.security;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated requests replay from their seed, and each endpoint gets every kind of bad request. */
class FuzzRequestsTests {

	record Sample(String text, BigDecimal amount, LocalDate date, List<UUID> ids, Integer count) {
	}

	private static final WriteEndpoint ENDPOINT = new WriteEndpoint("POST", "/api/samples/{id}", Sample.class, false);

	@Test
	void theSameSeedGivesTheSameRequestsSoThatAFailureReplays() {
		assertThat(texts(samples(42))).isEqualTo(texts(samples(42))).isNotEqualTo(texts(samples(43)));
	}

	@Test
	void aJsonEndpointGetsRandomTreesMutationsTruncationsBytesWrongTypesAndJunkPaths() {
		assertThat(samples(7)).extracting(FuzzRequest::kind)
			.contains("random tree", "mutated field", "truncated", "random bytes", "wrong content type",
					"junk in the path");
	}

	@Test
	void aMutatedBodyKeepsEveryFieldButOneAtAPlausibleValue() {
		String valid = MalformedJson.validBody(Sample.class).toString();
		assertThat(valid).contains("\"text\":\"Texte d'essai\"", "\"amount\":10.00", "\"count\":1");
		assertThat(samples(7)).filteredOn(request -> request.kind().equals("mutated field"))
			.allSatisfy(request -> assertThat(text(request)).doesNotContain("\"count\":1,\"amount\":10.00"));
	}

	/** As many requests as the fuzzing sends to five endpoints. */
	private static List<FuzzRequest> samples(long seed) {
		SourceOfRandomness.create(Long.toString(seed));
		return FuzzRequests.of(ENDPOINT, List.of("1f1e6c2a-0000-4000-8000-00000000aaaa"))
			.sampleStream()
			.limit(100)
			.toList();
	}

	private static List<String> texts(List<FuzzRequest> requests) {
		return requests.stream().map(request -> request.path() + " " + text(request)).toList();
	}

	private static String text(FuzzRequest request) {
		return new String(request.body(), java.nio.charset.StandardCharsets.UTF_8);
	}

}
