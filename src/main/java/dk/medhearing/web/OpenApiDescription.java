package dk.medhearing.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * The OpenAPI 3 description of {@code /api} ({@code /api/openapi.json}, springdoc): the title and the login, and on
 * every operation the error answers of {@link ApiExceptionHandler} with their body, {@link ApiError}, so each
 * controller describes only what it does.
 */
@Configuration
class OpenApiDescription {

    private static final String BASIC = "basic";
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Ugyldigt input: hver brudt regel med feltets navn",
            "401", "Ikke logget ind",
            "403", "Brugeren må ikke dette",
            "404", "Findes ikke, eller brugeren må ikke se det");

    @Bean
    OpenAPI medhearingOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("MED-høringer")
                        .version("1")
                        .description("Høringer i MED-systemet: start og følg høringer og dialogmøder, arbejdsdage og "
                                + "dokumenter. Alle fejl er JSON med en dansk besked og de brudte regler pr. felt."))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description(
                                                "Camunda-bruger (HTTP Basic) eller sessionen fra Tasklist/Cockpit")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiCustomizer apiErrorResponses() {
        return openApi -> {
            ModelConverters.getInstance().readAll(ApiError.class).forEach(openApi.getComponents()::addSchemas);
            Schema<?> error = new Schema<>().$ref("#/components/schemas/" + ApiError.class.getSimpleName());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses();
                ERRORS.forEach((status, description) -> responses.putIfAbsent(
                        status,
                        new ApiResponse()
                                .description(description)
                                .content(new Content()
                                        .addMediaType("application/json", new MediaType().schema(error)))));
            }));
        };
    }
}
