package guichet.app.ask.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description the application serves at {@code /v3/api-docs} (Swagger UI at
 * {@code /swagger-ui.html}, offline: the UI is inside the application).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI guichetOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Guichet API").version("v1")
                        .description("""
                                Citizen assistant: grounded, cited answers from official guidance.
                                Citizens are identified by a signed session cookie (browser); API clients send \
                                `Authorization: Bearer gk_...` (see `guichet keys create`). Every failure is \
                                `application/problem+json`; 429 and 503 carry `Retry-After`. \
                                `/v1/*` is OpenAI-compatible."""))
                .components(new Components()
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API key made with `guichet keys create`"))
                        .addSecuritySchemes("citizenSession", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("guichet_session")
                                .description("The anonymous citizen session the page gets")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"))
                .addSecurityItem(new SecurityRequirement().addList("citizenSession"));
    }
}
