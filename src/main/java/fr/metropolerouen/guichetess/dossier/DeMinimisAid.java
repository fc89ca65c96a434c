package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.metropolerouen.guichetess.shared.EuroAmount;
import fr.metropolerouen.guichetess.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A de minimis aid the organisation declares having received (EU regulation 2023/2831). */
public record DeMinimisAid(
		@NotBlank(message = "est obligatoire") @Size(max = 200, message = "ne doit pas dépasser 200 caractères") String grantor,
		@NotNull(message = "est obligatoire") @PastOrPresent(message = "ne peut pas être dans le futur") @PlausibleDate LocalDate grantedOn,
		@NotNull(message = "est obligatoire") @Positive(message = "doit être strictement positif") @EuroAmount BigDecimal amount) {
}
