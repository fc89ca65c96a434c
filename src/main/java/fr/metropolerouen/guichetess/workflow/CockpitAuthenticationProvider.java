package fr.metropolerouen.guichetess.workflow;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the user logged in to the web application to Camunda's web applications (Cockpit), so that an administrator
 * needs no second password: an ADMIN of the Guichet is the Camunda user of the same name, in the
 * {@code camunda-admin} group (registered in the engine's identity tables at the first visit). The Spring Security chain of {@code /camunda/**} already refused everyone else; this
 * check is the second lock. Created by Camunda's {@code ContainerBasedAuthenticationFilter} from its class name,
 * hence public with a public constructor.
 */
public class CockpitAuthenticationProvider implements AuthenticationProvider {

	static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated() || user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.noneMatch(ADMIN_AUTHORITY::equals)) {
			return AuthenticationResult.unsuccessful();
		}
		if (!loggedIntoCamunda(request, engine, user.getName())) {
			registerCamundaAdministrator(engine.getIdentityService(), user.getName());
		}
		AuthenticationResult result = AuthenticationResult.successful(user.getName());
		result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
		result.setTenants(List.of());
		return result;
	}

	/** Whether this session already holds Camunda's login of this user (then the user is registered already). */
	private static boolean loggedIntoCamunda(HttpServletRequest request, ProcessEngine engine, String username) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return false;
		}
		org.camunda.bpm.webapp.impl.security.auth.Authentication camundaLogin = AuthenticationUtil
			.getAuthsFromSession(session)
			.getAuthenticationForProcessEngine(engine.getName());
		return camundaLogin != null && username.equals(camundaLogin.getIdentityId());
	}

	/**
	 * Camunda's web applications only accept users of the engine's own identity tables (they reload their groups from
	 * there), so an administrator is registered there at the first visit, in {@code camunda-admin}, with a random
	 * password nobody knows: the only way in stays the Guichet's login. Two first visits at once may race: the loser's
	 * insert fails on the unique key and the winner's rows serve both.
	 */
	private static void registerCamundaAdministrator(IdentityService identity, String username) {
		try {
			if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
				Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
				group.setName("Administrateurs du Guichet ESS");
				group.setType(Groups.GROUP_TYPE_SYSTEM);
				identity.saveGroup(group);
			}
			if (identity.createUserQuery().userId(username).count() == 0) {
				User user = identity.newUser(username);
				// Cockpit shows "first last" in its header
				user.setFirstName(username);
				user.setLastName("(Guichet ESS)");
				user.setPassword(UUID.randomUUID().toString());
				identity.saveUser(user);
			}
			if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
				identity.createMembership(username, Groups.CAMUNDA_ADMIN);
			}
		}
		catch (ProcessEngineException concurrentFirstVisit) {
			// the other request registered the same rows
		}
	}

	/** The web application's login page is the way in: nothing to add to the 401. */
	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
	}

}
