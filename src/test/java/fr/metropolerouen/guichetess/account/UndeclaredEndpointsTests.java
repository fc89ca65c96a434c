package fr.metropolerouen.guichetess.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The API's last rule: an endpoint of ours that no module declared is refused to all, even an administrator. */
class UndeclaredEndpointsTests {

	private static final Authentication ADMINISTRATOR = UsernamePasswordAuthenticationToken.authenticated("admin",
			null, AuthorityUtils.createAuthorityList("ROLE_ADMIN"));

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("key", "anonymous",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/dossiers/42/undeclared");

	@Test
	void anEndpointOfOursWithoutADeclaredRuleIsRefusedEvenToAnAdministrator() {
		HandlerMapping mapped = request -> new HandlerExecutionChain(new Object());

		assertThat(decisionFor(mapped, ADMINISTRATOR)).isFalse();
	}

	@Test
	void anAddressOrAMethodThatDoesNotExistIsLeftToTheApiToAnswer404Or405() {
		HandlerMapping unknownAddress = request -> null;
		HandlerMapping otherMethodsOnly = request -> {
			throw new HttpRequestMethodNotSupportedException("PATCH", List.of("GET", "PUT"));
		};

		assertThat(decisionFor(unknownAddress, ADMINISTRATOR)).isTrue();
		assertThat(decisionFor(otherMethodsOnly, ADMINISTRATOR)).isTrue();
	}

	@Test
	void anAnonymousCallerIsAskedToLogInWhateverTheAddress() {
		assertThat(decisionFor(request -> null, ANONYMOUS)).isFalse();
		assertThat(decisionFor(request -> null, null)).isFalse();
	}

	@Test
	void theRequestKeepsNoTraceOfTheLookup() {
		decisionFor(request -> null, ADMINISTRATOR);

		assertThat(request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE)).isNull();
	}

	private boolean decisionFor(HandlerMapping controllers, Authentication caller) {
		return new UndeclaredEndpoints(controllers).check(() -> caller, new RequestAuthorizationContext(request))
			.isGranted();
	}

}
