package guichet.app.web;

import guichet.app.shared.text.CitizenTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

/**
 * The citizen pages' language and labels. The interface is in English or French: {@code ?lang=fr}
 * (the switch link) chooses and a cookie remembers; without it the browser's Accept-Language
 * decides, English when it names neither. Labels come from {@code messages/web_<language>.properties}
 * (UTF-8); a deployment overrides any key in {@code <guichet.home>/config/messages/web_<language>.properties}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";
    static final String LANGUAGE_COOKIE = "guichet_lang";

    /** The page labels; the application's only message source (citizen replies have their own, in CitizenTexts). */
    @Bean
    MessageSource messageSource(@Value("${guichet.home}") Path home) {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames(home.resolve("config/messages/web").toAbsolutePath().toUri().toString(),
                "classpath:messages/web",
                home.resolve("config/messages/employment").toAbsolutePath().toUri().toString(),
                "classpath:messages/employment");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ENGLISH);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(WebConfiguration::fromBrowser);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch()).addPathPatterns("/", "/conversations/**", "/employment", "/employment/**",
                "/adviser", "/adviser/**", "/transparency");
    }

    /** "en" or "fr" for any locale. */
    static String language(Locale locale) {
        return CitizenTexts.replyLanguage(locale == null ? null : locale.getLanguage());
    }

    /** The first language of the browser's Accept-Language that the interface has, else English. */
    static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale locale : Collections.list(request.getLocales())) {
                String code = locale.getLanguage();
                if (CitizenTexts.LANGUAGES.contains(code)) {
                    return Locale.of(code);
                }
            }
        }
        return Locale.of(CitizenTexts.LANGUAGES.getFirst());
    }

    /** {@code ?lang=xx} switches the interface language and remembers it (only to a language it has). */
    private static final class LanguageSwitch implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String requested = request.getParameter(LANGUAGE_PARAMETER);
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            if (requested != null && !requested.isBlank() && resolver != null) {
                resolver.setLocale(request, response, Locale.of(language(Locale.forLanguageTag(requested.strip()))));
            }
            return true;
        }
    }
}
