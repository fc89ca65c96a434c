package fr.metropolerouen.guichetess.scheme;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dispositifs")
class SchemeController {

	private final SchemeCatalogue catalogue;

	SchemeController(SchemeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/api/schemes")
	@Operation(summary = "Les dispositifs, leurs paramètres en vigueur et les pièces à fournir")
	List<SchemeView> schemes() {
		return catalogue.all();
	}

}
