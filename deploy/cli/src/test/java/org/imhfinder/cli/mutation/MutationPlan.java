package org.imhfinder.cli.mutation;

import static org.imhfinder.cli.mutation.Mutation.cosmetic;
import static org.imhfinder.cli.mutation.Mutation.factual;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.cli.mutation.Mutation.Expect;
import org.imhfinder.cli.mutation.Mutation.Program;
import org.imhfinder.localstack.web.Response;

/**
 * The programs of the {@link MutationWeb} and the mutations of each site, in the order they are
 * applied (each on top of the ones before it; a mutation that takes a page away comes after the
 * others of its page). Round N applies the N-th mutation of every site at once: the sites are
 * independent sources, so each mutation is still tested alone.
 */
public final class MutationPlan {
    static final String LAKESHORE = "lakeshore-aimh";
    static final String PRAIRIE = "prairie-iecmh";
    static final String HARBOR = "harbor-network";
    static final String NORTHSHORE = "northshore-university";
    static final String BAYVIEW = "bayview-institute";

    static final Program IFA = Program.of(LAKESHORE, "/endorsement/infant-family-associate/");
    static final Program IFS = Program.of(LAKESHORE, "/endorsement/infant-family-specialist/");
    static final Program IMHS = Program.of(LAKESHORE, "/endorsement/infant-mental-health-specialist/");
    static final Program IMHM = Program.of(LAKESHORE, "/endorsement/infant-mental-health-mentor/");
    private static final String TABLE = "/endorsement-categories";
    static final Program TABLE_FA = Program.of(PRAIRIE, TABLE, "Family Associate");
    static final Program TABLE_FS = Program.of(PRAIRIE, TABLE, "Family Specialist");
    static final Program TABLE_MHS = Program.of(PRAIRIE, TABLE, "Mental Health Specialist");
    static final Program TABLE_MHM = Program.of(PRAIRIE, TABLE, "Mentor");
    static final Program PERINATAL = Program.of(HARBOR, "/programs/perinatal-mental-health-certificate/");
    static final Program REFLECTIVE = Program.of(HARBOR, "/programs/reflective-practice-fellowship/");
    static final Program CPP_TRAINING = Program.of(HARBOR, "/programs/child-parent-psychotherapy-training/");
    static final Program RELATIONAL = Program.of(HARBOR, "/programs/infant-mental-health-foundations-course/");
    static final Program CERTIFICATE = Program.of(NORTHSHORE, "/certificates/infant-mental-health/");
    static final Program FELLOWSHIP = Program.of(BAYVIEW, "/training/clinical-fellowship/");
    static final Program COLLABORATIVE = Program.of(BAYVIEW, "/training/cpp-learning-collaborative/");

    /** Every program the web describes, each exactly once in the index. */
    public static final List<Program> PROGRAMS = List.of(IFA, IFS, IMHS, IMHM, TABLE_FA, TABLE_FS, TABLE_MHS, TABLE_MHM,
            PERINATAL, REFLECTIVE, CPP_TRAINING, RELATIONAL, CERTIFICATE, FELLOWSHIP, COLLABORATIVE);

    private static final String LAYOUT = MutationWeb.LAYOUT;
    private static final String HUB = "endorsement/index.html";
    private static final String TABLE_PAGE = "endorsement-categories.html";
    private static final String DIRECTORY = "programs/index.html";
    private static final String CERTIFICATE_PAGE = "certificates/infant-mental-health/index.html";
    private static final String TRAINING = "training/index.html";
    private static final String OLD_PDF = "wp-content/uploads/2026/01/IMHM-Requirements.pdf.txt";
    private static final String NEW_PDF = "wp-content/uploads/2027/03/IMHM-Requirements-2027.pdf.txt";

    private MutationPlan() {
    }

    /** The mutations of each site, in order. */
    public static Map<String, List<Mutation>> bySite() {
        Map<String, List<Mutation>> plan = new LinkedHashMap<>();
        plan.put(LAKESHORE, lakeshore());
        plan.put(PRAIRIE, prairie());
        plan.put(HARBOR, harbor());
        plan.put(NORTHSHORE, northshore());
        plan.put(BAYVIEW, bayview());
        return plan;
    }

    /** A state association: a hub summarising four levels, one page per level, a PDF with the Mentor's training hours. */
    private static List<Mutation> lakeshore() {
        String s = LAKESHORE;
        return List.of(
                cosmetic(s, "footer year", w -> w.edit(s, LAYOUT, "Copyright &copy; 2026", "Copyright &copy; 2027")),
                cosmetic(s, "banner text", w -> w.edit(s, LAYOUT, "Annual renewal window is open through March 31!",
                        "Renewals for 2027 open on January 15. Renew early and save!")),
                factual(s, "training hours 30 -> 40 on a level page", w -> w.edit(s, page(IFS),
                        "<strong>Training:</strong> 30 clock hours", "<strong>Training:</strong> 40 clock hours"),
                        Expect.changed(IFS, "trainingHours")),
                cosmetic(s, "cookie notice text", w -> w.edit(s, LAYOUT,
                        "We use cookies to ensure that we give you the best experience on our website.",
                        "This site uses cookies for analytics. By continuing to browse you accept them.")),
                cosmetic(s, "nav order", w -> w.edit(s, LAYOUT,
                        "<li class=\"menu-item\"><a href=\"/endorsement/\">Endorsement</a></li>\n"
                                + "<li class=\"menu-item\"><a href=\"/news/\">News &amp; Events</a></li>",
                        "<li class=\"menu-item\"><a href=\"/news/\">News &amp; Events</a></li>\n"
                                + "<li class=\"menu-item\"><a href=\"/endorsement/\">Endorsement</a></li>")),
                factual(s, "RS/C hours 50 -> 60 on a level page", w -> w.edit(s, page(IMHS),
                        "50 hours of RS/C within one to two years", "60 hours of RS/C within one to two years"),
                        Expect.changed(IMHS, "reflectiveSupervisionHours")),
                cosmetic(s, "news item added on the hub", w -> w.edit(s, HUB, "<ul>\n<li><a href=\"/news/spring-institute/\">",
                        "<ul>\n<li><a href=\"/news/\">Congratulations to our newly endorsed Infant Family Specialists</a></li>\n"
                                + "<li><a href=\"/news/spring-institute/\">")),
                cosmetic(s, "tracking parameters in the hub's links", w -> w.edit(s, HUB,
                        "href=\"/endorsement/infant-family-associate/\"",
                        "href=\"/endorsement/infant-family-associate/?utm_source=newsletter&amp;utm_medium=email\"")),
                // A new file linked in place of the old one, as WordPress uploads do. A PDF replaced under
                // its own URL while the page linking it is unchanged (a 304) is not re-read into the
                // listing until the page itself changes: normalize keeps no page to read again then.
                factual(s, "training hours 40 -> 48 in a new PDF linked in place of the old one", w -> {
                    w.copy(s, OLD_PDF, NEW_PDF);
                    w.edit(s, NEW_PDF, "Training: 40 clock hours", "Training: 48 clock hours");
                    w.edit(s, page(IMHM), OLD_PDF.replace(".txt", ""), NEW_PDF.replace(".txt", ""));
                }, Expect.changed(IMHM, "trainingHours")),
                cosmetic(s, "'last updated' stamp", w -> w.edit(s, page(IFS), "Last updated: January 5, 2026",
                        "Last updated: March 2, 2027")),
                factual(s, "level page answers 410", w -> w.respond(s, IFA.page(), Response.status(410)), Expect.gone(IFA)));
    }

    /** An association with its four levels as rows of one table. */
    private static List<Mutation> prairie() {
        String s = PRAIRIE;
        return List.of(
                cosmetic(s, "footer year", w -> w.edit(s, LAYOUT, "&copy; 2026 PAIECMH", "&copy; 2027 PAIECMH")),
                factual(s, "education bachelor's -> master's in a table row", w -> w.edit(s, TABLE_PAGE,
                        "<td>Bachelor&rsquo;s degree or higher</td>", "<td>Master&rsquo;s degree or higher</td>"),
                        Expect.changed(TABLE_FS, "minimumEducation")),
                cosmetic(s, "notice text", w -> w.edit(s, TABLE_PAGE,
                        "Our office is closed from December 24 to January 2; applications received then are reviewed in January.",
                        "Our office moves to 300 Main Street on May 1, 2027. Phone numbers stay the same.")),
                factual(s, "training hours 30 -> 40 in a table row", w -> w.edit(s, TABLE_PAGE,
                        "Master&rsquo;s degree or doctorate</td><td>30 clock hours</td><td>2 years",
                        "Master&rsquo;s degree or doctorate</td><td>40 clock hours</td><td>2 years"),
                        Expect.changed(TABLE_MHS, "trainingHours")),
                cosmetic(s, "breadcrumbs", w -> w.edit(s, LAYOUT, "<li><a href=\"/\">Home</a></li><li>{{title}}</li>",
                        "<li><a href=\"/\">Home</a></li><li><a href=\"/endorsement-categories\">Endorsement</a></li><li>{{title}}</li>")),
                cosmetic(s, "'last updated' stamp", w -> w.edit(s, TABLE_PAGE, "Page last updated 01/05/2026",
                        "Page last updated 03/02/2027")),
                cosmetic(s, "whitespace: the table re-indented", w -> w.rewrite(s, TABLE_PAGE,
                        t -> t.replace("<tr><", "<tr>\n  <").replace("</td><td>", "</td>\n  <td>").replace("</th><th>", "</th>\n  <th>"))),
                cosmetic(s, "markup: bold, classes and a wrapper", w -> w.rewrite(s, TABLE_PAGE, t -> t
                        .replace("<strong>Infant/Early Childhood Family Associate</strong>",
                                "<b class=\"category\">Infant/Early Childhood Family Associate</b>")
                        .replace("<table class=\"table\" border=\"1\" cellpadding=\"6\" cellspacing=\"0\">",
                                "<div class=\"table-responsive\"><table class=\"table table-striped\">")
                        .replace("</table>", "</table></div>"))),
                factual(s, "a level removed from the table", w -> w.rewrite(s, TABLE_PAGE, t -> removeMatch(t,
                        "<tr>\\s*<td><strong>Infant/Early Childhood Mental Health Mentor</strong>.*?</tr>\\s*")),
                        Expect.gone(TABLE_MHM)));
    }

    /** A network's directory of its programs, each card linking the program's own page on the site. */
    private static List<Mutation> harbor() {
        String s = HARBOR;
        return List.of(
                cosmetic(s, "directory order reversed", w -> w.rewrite(s, DIRECTORY, MutationPlan::reverseCards)),
                factual(s, "delivery online -> in person", w -> w.edit(s, page(PERINATAL),
                        "<strong>Format:</strong> Online", "<strong>Format:</strong> In person"),
                        Expect.changed(PERINATAL, "delivery")),
                cosmetic(s, "a summary reworded on the directory", w -> w.edit(s, DIRECTORY,
                        "A year-long fellowship in reflective supervision for leaders of infant mental health programs.",
                        "Twelve months of reflective supervision training for people who lead infant mental health programs.")),
                cosmetic(s, "announcement bar text", w -> w.edit(s, LAYOUT, "New: our 2027 program guide is here.",
                        "Join us at the Harbor Summit on June 12!")),
                factual(s, "cost $3,200 -> $3,600", w -> w.edit(s, page(CPP_TRAINING), "$3,200", "$3,600"),
                        Expect.changed(CPP_TRAINING, "cost")),
                cosmetic(s, "tracking parameters in the directory's links", w -> w.edit(s, DIRECTORY,
                        "href=\"/programs/infant-mental-health-foundations-course/\"",
                        "href=\"/programs/infant-mental-health-foundations-course/?utm_source=homepage&amp;utm_campaign=spring\"")),
                cosmetic(s, "cookie banner text", w -> w.edit(s, LAYOUT, "This website uses cookies to improve your experience.",
                        "We use cookies to understand how visitors use this site.")),
                factual(s, "a program removed from the directory, its page kept", w -> w.rewrite(s, DIRECTORY,
                        t -> removeMatch(t, "<div class=\"elementor-column program-card\">(?:(?!program-card).)*?"
                                + "infant-mental-health-foundations-course.*?</div></div>\n")),
                        Expect.noLongerSummarisedOn(RELATIONAL, "/programs/")),
                cosmetic(s, "nav order", w -> w.edit(s, LAYOUT,
                        "<li class=\"menu-item\"><a href=\"/programs/\">Programs</a></li>\n"
                                + "<li class=\"menu-item\"><a href=\"/about/\">About</a></li>",
                        "<li class=\"menu-item\"><a href=\"/about/\">About</a></li>\n"
                                + "<li class=\"menu-item\"><a href=\"/programs/\">Programs</a></li>")),
                factual(s, "a program's page gone (404), the directory still listing it",
                        w -> w.remove(s, page(REFLECTIVE)), Expect.gone(REFLECTIVE)));
    }

    /** A university's graduate certificate: one page, its facts under headings. */
    private static List<Mutation> northshore() {
        String s = NORTHSHORE;
        return List.of(
                cosmetic(s, "campus alert text", w -> w.edit(s, LAYOUT, "Campus is open. Spring classes begin January 20.",
                        "Campus closes at 2 p.m. today, March 3, because of snow.")),
                factual(s, "application deadline March 1 -> April 15", w -> w.edit(s, CERTIFICATE_PAGE,
                        "Apply by March 1, 2031", "Apply by April 15, 2031"), Expect.changed(CERTIFICATE, "applicationDeadline")),
                cosmetic(s, "sections reordered", w -> w.rewrite(s, CERTIFICATE_PAGE, MutationPlan::tuitionFirst)),
                factual(s, "cost $625 -> $700 per credit", w -> w.edit(s, CERTIFICATE_PAGE, "$625 per credit", "$700 per credit"),
                        Expect.changed(CERTIFICATE, "cost")),
                cosmetic(s, "'page updated' stamp", w -> w.edit(s, CERTIFICATE_PAGE, "Page updated: 2026-01-05",
                        "Page updated: 2027-02-11")),
                factual(s, "delivery online -> hybrid", w -> w.edit(s, CERTIFICATE_PAGE,
                        "The certificate is offered fully online, with synchronous evening seminars.",
                        "The certificate is offered in a hybrid format: online courses and two weekends on campus each semester."),
                        Expect.changed(CERTIFICATE, "delivery")),
                cosmetic(s, "footer year", w -> w.edit(s, LAYOUT, "&copy; 2026 Northshore University", "&copy; 2027 Northshore University")),
                factual(s, "education bachelor's -> master's", w -> w.edit(s, CERTIFICATE_PAGE,
                        "Applicants need a bachelor&rsquo;s degree", "Applicants need a master&rsquo;s degree"),
                        Expect.changed(CERTIFICATE, "minimumEducation")),
                cosmetic(s, "markup: the lead paragraph wrapped", w -> w.rewrite(s, CERTIFICATE_PAGE, t -> t
                        .replace("<p class=\"lead\">The graduate certificate", "<div class=\"intro\"><p class=\"lead intro-text\"><span>The graduate certificate")
                        .replace("and relationship-based intervention.</p>", "and relationship-based intervention.</span></p></div>"))),
                factual(s, "the program's page answers 404", w -> w.remove(s, CERTIFICATE_PAGE), Expect.gone(CERTIFICATE)));
    }

    /** A non-profit's training hub summarising its two programs, each with a page of its own. */
    private static List<Mutation> bayview() {
        String s = BAYVIEW;
        return List.of(
                cosmetic(s, "hub sections reordered", w -> w.rewrite(s, TRAINING, MutationPlan::swapSummaries)),
                factual(s, "duration two years -> 18 months", w -> w.edit(s, page(FELLOWSHIP),
                        "<p>Two years, part time.", "<p>18 months, part time."), Expect.changed(FELLOWSHIP, "duration")),
                cosmetic(s, "news item added", w -> w.edit(s, "news/index.html", "<div class=\"news-list\">\n",
                        "<div class=\"news-list\">\n<article><h2>Fellowship applications are open</h2><p>January 5, 2027. "
                                + "Applications for the Infant Mental Health Clinical Fellowship are open until April 30, 2031.</p></article>\n")),
                cosmetic(s, "newsletter text", w -> w.edit(s, LAYOUT, "Sign up for our newsletter to hear about new trainings.",
                        "Get our monthly newsletter: new trainings, events and openings.")),
                factual(s, "contact e-mail changed", w -> w.edit(s, page(COLLABORATIVE), "<p>cpp@bayview.example.org</p>",
                        "<p>cpp-training@bayview.example.org</p>"), Expect.changed(COLLABORATIVE, "contact")),
                cosmetic(s, "social links", w -> w.edit(s, LAYOUT, "Instagram</a>",
                        "Instagram</a> <a href=\"https://www.linkedin.com/company/bayviewinstitute\">LinkedIn</a>")),
                cosmetic(s, "whitespace: blank lines between blocks", w -> w.rewrite(s, page(COLLABORATIVE),
                        t -> t.replace("</p>\n<h2>", "</p>\n\n\n<h2>").replace("</h1>\n", "</h1>\n\n"))),
                cosmetic(s, "a summary reworded on the hub", w -> w.edit(s, TRAINING,
                        "A two-year clinical fellowship for licensed clinicians, with weekly reflective supervision.",
                        "A part-time clinical fellowship of two years for licensed clinicians, with reflective supervision every week.")),
                factual(s, "a program's page moved (301)", w -> w.move(s, page(FELLOWSHIP), FELLOWSHIP.page(),
                        "programs/infant-mental-health-fellowship/index.html", "/programs/infant-mental-health-fellowship/"),
                        Expect.moved(FELLOWSHIP, "/programs/infant-mental-health-fellowship/")),
                cosmetic(s, "skip link added", w -> w.edit(s, LAYOUT, "<body class=\"wp-site-blocks\">",
                        "<body class=\"wp-site-blocks\">\n<a class=\"skip-link screen-reader-text\" href=\"#main\">Skip to content</a>")));
    }

    /** The template of a program's own page. */
    private static String page(Program program) {
        return program.page().substring(1) + "index.html";
    }

    private static String removeMatch(String text, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        if (!matcher.find()) {
            throw new IllegalArgumentException("nothing matches " + regex);
        }
        return text.substring(0, matcher.start()) + text.substring(matcher.end());
    }

    private static String reverseCards(String directory) {
        String card = "<div class=\"elementor-column program-card\">";
        int first = directory.indexOf(card);
        int end = directory.indexOf("</div></section>", first);
        List<String> cards = new ArrayList<>();
        for (String part : directory.substring(first, end).split(java.util.regex.Pattern.quote(card))) {
            if (!part.isEmpty()) {
                cards.add(card + part);
            }
        }
        Collections.reverse(cards);
        return directory.substring(0, first) + String.join("", cards) + directory.substring(end);
    }

    private static String tuitionFirst(String page) {
        String tuition = section(page, "tuition");
        return page.replace(tuition, "").replace("<section class=\"program-section\" id=\"admission\">",
                tuition + "<section class=\"program-section\" id=\"admission\">");
    }

    private static String section(String page, String id) {
        int start = page.indexOf("<section class=\"program-section\" id=\"" + id + "\">");
        int end = page.indexOf("</section>\n", start) + "</section>\n".length();
        return page.substring(start, end);
    }

    private static String swapSummaries(String hub) {
        String block = "<div class=\"wp-block-group program-summary\">";
        int first = hub.indexOf(block);
        int second = hub.indexOf(block, first + 1);
        int end = hub.indexOf("</div>\n", second) + "</div>\n".length();
        return hub.substring(0, first) + hub.substring(second, end) + hub.substring(first, second) + hub.substring(end);
    }
}
