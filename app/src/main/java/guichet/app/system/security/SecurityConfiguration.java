package guichet.app.system.security;

import guichet.app.system.errors.ProblemWriter;
import guichet.app.system.errors.Problems;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;

/**
 * Who may call what.
 * <ul>
 *   <li>Citizens are anonymous: a signed session cookie ({@link CitizenSessions}) identifies their
 *       conversations. Pages, assets and {@code /actuator/health} are open.</li>
 *   <li>Citizens may also sign in through OpenID Connect when a provider and an {@link AccountDirectory}
 *       are there ({@link OidcSignIn}); a signed account cookie then identifies them. Advisers are
 *       accounts with the adviser role, and alone reach {@code /adviser/**}.</li>
 *   <li>API clients send {@code Authorization: Bearer gk_...} ({@link ApiKeys}); the
 *       OpenAI-compatible {@code /v1/**} endpoints need one.</li>
 *   <li>Operator endpoints ({@code /actuator/**} but health, {@code /api/v1/admin/**}) need an admin key.</li>
 *   <li>Form posts and scripted posts from the page carry a CSRF token; requests with an API key are exempt.</li>
 *   <li>Every client has its own rate limit ({@link RateLimitFilter}).</li>
 * </ul>
 * Refusals are problem+json like every other failure.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** Open to anyone, with no citizen session needed. */
    private static final String[] OPEN_WITHOUT_SESSION = {"/actuator/health", "/actuator/health/**", "/css/**",
            "/js/**", "/images/**", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
            "/swagger-ui.html", "/swagger-ui/**", "/error", "/transparency", "/api/v1/transparency"};
    /** Pages, open to every citizen. */
    private static final String[] PAGES = {"/", "/conversations", "/conversations/**"};

    @Bean
    SecurityFilterChain guichetSecurity(HttpSecurity http, ApiKeys keys, CitizenSessions sessions, RateLimiter limiter,
                                        AccessProperties properties, ProblemWriter problems,
                                        ObjectProvider<ClientRegistrationRepository> identityProviders,
                                        ObjectProvider<AccountDirectory> accounts,
                                        Environment environment) throws Exception {
        ClientRegistrationRepository providers = identityProviders.getIfAvailable();
        AccountDirectory directory = accounts.getIfAvailable();
        if (providers != null && directory != null) {
            // Citizen accounts: sign-in through OpenID Connect; anonymous use goes on as before.
            http.oauth2Login(login -> login
                    .clientRegistrationRepository(providers)
                    .successHandler(new OidcSignIn(directory, sessions,
                            environment.getProperty("guichet.accounts.oidc.roles-claim", "guichet_roles"),
                            environment.getProperty("guichet.accounts.oidc.adviser-role", "adviser"),
                            environment.getProperty("guichet.accounts.landing-page", "/employment")))
                    .failureHandler((request, response, e) -> problems.write(request, response,
                            Problems.of(HttpStatus.UNAUTHORIZED, "sign_in_failed", "Sign-in failed",
                                    "The identity provider did not sign you in: " + e.getMessage()), null)));
        }
        RequestMatcher withoutSession = new OrRequestMatcher(Arrays.stream(OPEN_WITHOUT_SESSION)
                .map(SecurityConfiguration::path).toList());
        RequestMatcher operatorOrApiOnly = new OrRequestMatcher(withoutSession, path("/actuator/**"), path("/v1/**"));
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        http
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                        // Citizens are "signed in" by their cookie on every request; that is not a new
                        // login, so the CSRF token must stay (a second tab or a parallel request keeps working).
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
                        // The OpenAI API takes API keys only, never a browser's cookie: a call without a
                        // key is a 401 there, not a CSRF refusal.
                        .ignoringRequestMatchers(new OrRequestMatcher(ApiKeyFilter::hasBearer, path("/v1/**"))))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED,
                                    "authentication_required", "Authentication required",
                                    "This address needs an API key: send Authorization: Bearer gk_... "
                                            + "(an operator makes one with: guichet keys create --name NAME)"), null);
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                                        e instanceof CsrfException
                                                ? "The form has expired or lacks its CSRF token: reload the page and try again."
                                                : "This address is not open to you."), null)))
                .authorizeHttpRequests(access -> access
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(withoutSession).permitAll()
                        .requestMatchers("/actuator/**", "/api/v1/admin/**").hasRole(CallerAuthentication.ADMIN)
                        .requestMatchers("/adviser/**", "/api/v1/adviser/**").hasRole(CallerAuthentication.ADVISER)
                        .requestMatchers("/v1/**").hasRole(CallerAuthentication.API_CLIENT)
                        .requestMatchers(PAGES).permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiKeyFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new CitizenSessionFilter(sessions, limiter, properties.rateLimit(), problems,
                        operatorOrApiOnly), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter(limiter, properties.rateLimit(), problems), AuthorizationFilter.class);
        return http.build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** Guichet has no passwords: this stops Spring Boot from making a default user with a generated one. */
    @Bean
    AuthenticationManager noPasswordLogin() {
        return authentication -> {
            throw new ProviderNotFoundException("Guichet authenticates by API key or citizen session only");
        };
    }
}
