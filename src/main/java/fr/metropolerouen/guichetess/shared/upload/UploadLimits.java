package fr.metropolerouen.guichetess.shared.upload;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The size limits of sent files (spring.servlet.multipart), as the French refusal states them. */
@Component
public class UploadLimits {

	private final DataSize maxFileSize;

	private final DataSize maxRequestSize;

	UploadLimits(MultipartProperties multipart) {
		this.maxFileSize = multipart.getMaxFileSize();
		this.maxRequestSize = multipart.getMaxRequestSize();
	}

	public String tooLargeMessage() {
		return "Le fichier dépasse la taille maximale autorisée : " + maxFileSize.toMegabytes()
				+ " Mo par fichier et " + maxRequestSize.toMegabytes()
				+ " Mo pour l'ensemble des fichiers envoyés en une fois. Réduisez-le (numérisation en 200 ou "
				+ "300 points par pouce, en niveaux de gris) ou envoyez-le en plusieurs parties.";
	}

}
