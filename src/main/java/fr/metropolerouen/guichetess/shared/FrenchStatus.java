package fr.metropolerouen.guichetess.shared;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** French titles and details for HTTP statuses raised by the framework itself rather than by our code. */
public final class FrenchStatus {

	private FrenchStatus() {
	}

	/** The RFC 9457 problem of a status, with its French title and detail. */
	public static ProblemDetail problem(HttpStatusCode status) {
		return problem(status, detail(status));
	}

	/** The RFC 9457 problem of a status, with its French title and this detail. */
	public static ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title(status));
		return problem;
	}

	public static String title(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "Requête invalide";
			case 401 -> "Authentification requise";
			case 403 -> "Accès refusé";
			case 404 -> "Ressource introuvable";
			case 405 -> "Méthode non autorisée";
			case 406 -> "Format de réponse non disponible";
			case 409 -> "Conflit";
			case 413 -> "Contenu trop volumineux";
			case 415 -> "Type de contenu non pris en charge";
			case 429 -> "Trop de tentatives";
			case 503 -> "Service momentanément indisponible";
			default -> status.is5xxServerError() ? "Erreur interne" : "Requête refusée";
		};
	}

	public static String detail(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "La requête est mal formée.";
			case 401 -> "Identifiez-vous pour accéder à cette ressource.";
			case 403 -> "Votre rôle ne vous permet pas d'effectuer cette action.";
			case 404 -> "Aucune ressource ne correspond à cette adresse.";
			case 405 -> "Cette adresse n'accepte pas cette méthode HTTP.";
			case 406 -> "La ressource ne peut pas être fournie dans le format demandé.";
			case 413 -> "Le contenu envoyé dépasse la taille maximale autorisée.";
			case 415 -> "Ce type de contenu n'est pas accepté à cette adresse.";
			case 503 -> "Le service est momentanément indisponible. Rien n'a été modifié ; réessayez dans quelques minutes.";
			default -> status.is5xxServerError() ? "Une erreur inattendue s'est produite."
					: "La requête n'a pas pu être traitée.";
		};
	}

}
