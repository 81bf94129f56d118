package guichet.app.desk.access;

import guichet.app.desk.settings.DeskProperties;
import guichet.app.system.errors.ProblemWriter;
import guichet.app.system.errors.Problems;
import guichet.app.system.security.ApiKeyFilter;
import guichet.app.system.security.ApiKeys;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;

import java.util.List;

/**
 * Who may use the correspondence desk, in its own filter chain (ordered before the application's,
 * which keeps every other address):
 * <ul>
 *   <li>{@code /desk/**} and reading {@code /api/v1/correspondence/**}: correspondence officers
 *       (role OFFICER), signing in with HTTP Basic against {@code guichet.desk.officers} (password
 *       hashes). A site with single sign-on replaces this provider.</li>
 *   <li>{@code POST /api/v1/correspondence}: a mail gateway with an API key ({@code Bearer gk_...},
 *       role CORRESPONDENCE_INTAKE), or an officer.</li>
 *   <li>Desk forms carry a CSRF token (its own cookie, path {@code /desk}); the API (JSON or message/rfc822
 *       only) needs none.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DeskSecurityConfiguration {

    static final String OFFICER = "OFFICER";
    static final String INTAKE = "CORRESPONDENCE_INTAKE";

    @Bean
    @Order(10)
    SecurityFilterChain deskSecurity(HttpSecurity http, DeskProperties properties, ApiKeys keys, ProblemWriter problems)
            throws Exception {
        DaoAuthenticationProvider officers = new DaoAuthenticationProvider(officers(properties.officers()));
        officers.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Guichet correspondence desk");
        basic.afterPropertiesSet();
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName("DESK-XSRF-TOKEN");
        csrfTokens.setCookiePath("/desk");
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        http
                .securityMatcher("/desk", "/desk/**", "/api/v1/correspondence", "/api/v1/correspondence/**")
                .authenticationManager(new ProviderManager(officers))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The API takes only JSON and message/rfc822, which no cross-site form can send without a
                // CORS preflight (refused): it needs no token. The pages' forms carry one.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(ApiKeyFilter::hasBearer,
                        request -> request.getRequestURI().startsWith("/api/")))
                .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic))
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        // Pages: the browser's sign-in prompt. API: the same challenge, with a problem+json body.
                        .defaultAuthenticationEntryPointFor(basic, request -> request.getRequestURI().startsWith("/desk"))
                        .defaultAuthenticationEntryPointFor((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Guichet correspondence desk\"");
                            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED,
                                    "authentication_required", "Authentication required",
                                    "The correspondence API needs an officer's sign-in or a mail gateway's API key "
                                            + "(Authorization: Bearer gk_...)."), null);
                        }, request -> true)
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e instanceof CsrfException
                                        ? "The form has expired or lacks its CSRF token: reload the page and try again."
                                        : "This address is for correspondence officers."), null)))
                .authorizeHttpRequests(access -> access
                        .requestMatchers(HttpMethod.POST, "/api/v1/correspondence").hasAnyRole(INTAKE, OFFICER)
                        .anyRequest().hasRole(OFFICER))
                .addFilterBefore(new ApiKeyFilter(keys, problems,
                        key -> UsernamePasswordAuthenticationToken.authenticated("client:" + key.id(), null,
                                List.of(new SimpleGrantedAuthority("ROLE_" + INTAKE)))), BasicAuthenticationFilter.class)
                .headers(headers -> headers.cacheControl(cache -> { }));
        return http.build();
    }

    private static InMemoryUserDetailsManager officers(List<DeskProperties.Officer> officers) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (DeskProperties.Officer officer : officers) {
            UserDetails user = User.withUsername(officer.username().strip()).password(officer.password())
                    .roles(OFFICER).build();
            users.createUser(user);
        }
        return users;
    }
}
