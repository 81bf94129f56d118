package guichet.app.system.usage;

/**
 * How much one API key may use the models through the OpenAI API; a null limit is the site's default,
 * 0 is no limit. Tokens are prompt and completion tokens together.
 */
public record Quota(Long requestsPerMinute, Long requestsPerDay, Long tokensPerMinute, Long tokensPerDay) {

    /** No limit of the key's own: the site's defaults apply. */
    public static final Quota DEFAULTS = new Quota(null, null, null, null);

    public Quota {
        for (Long limit : new Long[] {requestsPerMinute, requestsPerDay, tokensPerMinute, tokensPerDay}) {
            if (limit != null && limit < 0) {
                throw new IllegalArgumentException("a quota must be 0 (no limit) or more, was " + limit);
            }
        }
    }

    /** This key's limits, the site's where the key has none. */
    public Quota over(Quota site) {
        return new Quota(pick(requestsPerMinute, site.requestsPerMinute), pick(requestsPerDay, site.requestsPerDay),
                pick(tokensPerMinute, site.tokensPerMinute), pick(tokensPerDay, site.tokensPerDay));
    }

    private static Long pick(Long own, Long site) {
        return own != null ? own : site;
    }
}
