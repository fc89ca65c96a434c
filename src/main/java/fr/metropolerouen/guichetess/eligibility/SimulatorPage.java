package fr.metropolerouen.guichetess.eligibility;

import java.util.Set;

import fr.metropolerouen.guichetess.dossier.DossierData;
import fr.metropolerouen.guichetess.dossier.LeaseType;
import fr.metropolerouen.guichetess.dossier.OperationType;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.web.FormErrors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public eligibility simulator: a project and an organisation, then the verdict criterion by criterion. */
@PageController
class SimulatorPage {

	private final Simulations simulations;

	private final Validator validator;

	SimulatorPage(Simulations simulations, Validator validator) {
		this.simulations = simulations;
		this.validator = validator;
	}

	@GetMapping("/simulation")
	String form(@RequestParam(name = "dispositif", required = false) AidScheme scheme, Model model) {
		SimulationForm form = new SimulationForm();
		form.setScheme(scheme);
		return page(model, form, null);
	}

	/** Choosing the scheme first shows the fields it needs; then the simulation itself. */
	@PostMapping("/simulation")
	String simulate(@ModelAttribute("form") SimulationForm form, BindingResult result, Model model) {
		if (form.getScheme() == null) {
			result.rejectValue("scheme", "required", "est obligatoire");
			return page(model, form, null);
		}
		DossierData data = form.toData(result, validator);
		OrganisationFacts organisation = organisation(form, result);
		if (data == null || organisation == null) {
			return page(model, form, null);
		}
		try {
			return page(model, form, simulations.simulate(data, organisation));
		}
		catch (InvalidRequestException refusal) {
			FormErrors.show(refusal, result);
			return page(model, form, null);
		}
	}

	private OrganisationFacts organisation(SimulationForm form, BindingResult result) {
		Integer employees = null;
		if (form.getEmployees() == null || form.getEmployees().isBlank()) {
			result.rejectValue("employees", "required", "est obligatoire");
		}
		else if (!form.getEmployees().matches("\\d{1,7}")) {
			result.rejectValue("employees", "number", "doit être un nombre entier positif ou nul");
		}
		else {
			employees = Integer.valueOf(form.getEmployees());
		}
		OrganisationFacts facts = new OrganisationFacts(form.getLegalFormCode(), form.getCommuneInseeCode(), employees,
				form.isEsusApproved());
		Set<ConstraintViolation<OrganisationFacts>> violations = validator.validate(facts);
		for (ConstraintViolation<OrganisationFacts> violation : violations) {
			String field = violation.getPropertyPath().toString();
			if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, "invalid", violation.getMessage());
			}
		}
		return result.hasErrors() ? null : facts;
	}

	private String page(Model model, SimulationForm form, SimulationResult simulation) {
		model.addAttribute("form", form);
		model.addAttribute("simulation", simulation);
		model.addAttribute("schemes", AidScheme.values());
		model.addAttribute("location", form.getScheme() == AidScheme.LOCATION_ESS);
		model.addAttribute("leaseTypes", LeaseType.values());
		model.addAttribute("operationTypes", OperationType.values());
		return "applicant/simulator";
	}

}
