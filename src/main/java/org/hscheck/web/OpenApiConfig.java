package org.hscheck.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): HTTP Basic on /api/**. */
@Configuration
class OpenApiConfig {

  @Bean
  OpenAPI hscheckOpenApi() {
    return new OpenAPI()
        .info(new Info().title("HSCheck API").version("1")
            .description("Check proposals to the UN Trust Fund for Human Security against its criteria. "
                + "Errors are RFC 9457 problem details with a 'code' (ENCRYPTED, CORRUPT, UNSUPPORTED_TYPE, TOO_LARGE, "
                + "NO_TEXT, NOT_FOUND, FORBIDDEN, INVALID_REQUEST, UNAUTHORIZED)."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
