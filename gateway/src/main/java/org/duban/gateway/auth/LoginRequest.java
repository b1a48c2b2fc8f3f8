package org.duban.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's credentials. */
public record LoginRequest(
        @Schema(example = "supervisor") @NotBlank @Size(max = 64) String login,
        @Schema(example = "duban-demo", description = "the demo default; demo only") @NotBlank @Size(max = 200) String password) {}
