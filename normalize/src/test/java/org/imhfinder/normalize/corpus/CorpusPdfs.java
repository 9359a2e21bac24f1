package org.imhfinder.normalize.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The requirement PDFs of the demo web, written with PDFBox from the texts below (one line per
 * paragraph; long lines wrap). {@link CorpusPdfsTest} checks the committed files still hold these
 * texts and rewrites them when asked ({@code -Dimh.corpus.writePdfs=true}).
 */
final class CorpusPdfs {
    private static final float MARGIN = 56;
    private static final float LEADING = 15;
    private static final int WRAP = 92;

    /** Site-relative path to the document's lines; the first line is the title (set in bold). */
    static final Map<String, List<String>> DOCUMENTS = Map.of(
            "greatlakes-aimh/wp-content/uploads/2025/08/IMHM-Requirements.pdf", List.of(
                    "Infant Mental Health Mentor Endorsement (Category IV)",
                    "Great Lakes Association for Infant Mental Health - Requirements at a Glance",
                    "Education: Master's degree or doctorate in a field related to infant mental health",
                    "Specialized training: 30 clock hours of relationship-based education and training",
                    "Work experience: Three years of leadership as a reflective supervisor, teacher, or policy professional",
                    "Reflective Supervision/Consultation: 50 hours within one to two years (Mentor - Clinical)",
                    "Exam: Part One (written) and Part Two (vignettes)",
                    "Revised August 2025 | Page 1 of 1"),
            "meridian-alliance/s/IFA-Endorsement-Requirements.pdf", List.of(
                    "Infant Family Associate (IFA) Endorsement Requirements",
                    "Meridian Alliance for Infant Mental Health",
                    "The Infant Family Associate Endorsement recognizes professionals who promote the social and emotional "
                            + "well-being of infants and toddlers within their families, such as child care providers and home visitors.",
                    "Education: No degree required; a CDA or associate's degree is welcome",
                    "Specialized in-service training: 30 clock hours of relationship-based, culturally sensitive training",
                    "Work experience: Two years of paid work experience with infants, toddlers and their families",
                    "Reflective supervision/consultation: Recommended, not required",
                    "Page 1 of 1"),
            "meridian-alliance/s/IFS-Endorsement-Requirements.pdf", List.of(
                    "Infant Family Specialist (IFS) Endorsement Requirements",
                    "Meridian Alliance for Infant Mental Health",
                    "The Infant Family Specialist Endorsement is for practitioners who provide prevention and early "
                            + "intervention services to infants, toddlers and their families.",
                    "Education: Bachelor's degree or higher in a related field",
                    "Specialized in-service training: 30 clock hours",
                    "Work experience: Two years of paid, post-bachelor's work with infants, toddlers and families",
                    "Reflective supervision/consultation: 24 clock hours within one to two years",
                    "Page 1 of 1"),
            "meridian-alliance/s/IMHS-Endorsement-Requirements.pdf", List.of(
                    "Infant Mental Health Specialist (IMHS) Endorsement Requirements",
                    "Meridian Alliance for Infant Mental Health",
                    "For clinicians who provide infant-parent psychotherapy and other relationship-based treatment to "
                            + "infants, toddlers and their caregivers.",
                    "Education: Master's degree, post-graduate degree or doctorate",
                    "Specialized in-service training: 30 clock hours",
                    "Work experience: Two years of post-graduate, supervised work providing infant mental health services",
                    "Reflective supervision/consultation: 50 clock hours within one to two years",
                    "Exam: Applicants pass a written examination.",
                    "Page 1 of 1"),
            "meridian-alliance/s/IMHM-Endorsement-Requirements.pdf", List.of(
                    "Infant Mental Health Mentor (IMHM) Endorsement Requirements",
                    "Meridian Alliance for Infant Mental Health",
                    "Mentor - Clinical, Mentor - Policy, and Mentor - Research/Faculty",
                    "For leaders in the field who provide reflective supervision, teach, or shape policy.",
                    "Education: Master's degree or doctorate",
                    "Specialized in-service training: 30 clock hours",
                    "Work experience: Three years of leadership in infant mental health practice, policy or research",
                    "Reflective supervision/consultation: 50 clock hours (Clinical); recommended for Policy and Research/Faculty",
                    "Exam: Applicants pass a written examination.",
                    "Page 1 of 1"),
            "meridian-alliance/s/Competency-Guidelines-Overview.pdf", List.of(
                    "Competency Guidelines Overview",
                    "Meridian Alliance for Infant Mental Health",
                    "The Competency Guidelines describe what professionals at every category of Endorsement know and do, "
                            + "in eight domains: theoretical foundations; law, regulation and agency policy; systems expertise; "
                            + "direct service skills; working with others; communicating; thinking; and reflection.",
                    "Each category expects the competencies at a different depth. The Guidelines are not a training program.",
                    "Page 1 of 1"),
            "riverbend-state-university/psychology/ipmh/IPMH-brochure-2026.pdf", List.of(
                    "Post-Graduate Certificate in Infant-Parent Mental Health",
                    "Riverbend State University - Department of Psychology - 2026-2027 Program Brochure",
                    "The 20-month certificate prepares licensed clinicians to work with infants, toddlers and their parents "
                            + "through relationship-based, culturally responsive practice.",
                    "Tuition: $9,800 for the full program, payable in four installments",
                    "Schedule: three 3-day retreats (September, January, April) and monthly remote seminars on the second Friday",
                    "Credits: 12 graduate credits",
                    "Apply by April 15, 2027",
                    "Page 1 of 1"));

    private CorpusPdfs() {
    }

    /** The PDF for one document's lines. */
    static byte[] render(String path, List<String> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(lines.get(0));
            info.setProducer("IMH Program Finder demo web");
            document.setDocumentInformation(info);
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
                for (int i = 0; i < lines.size(); i++) {
                    text.setFont(i == 0 ? bold : regular, i == 0 ? 14 : 10);
                    for (String wrapped : wrap(lines.get(i))) {
                        text.showText(wrapped);
                        text.newLineAtOffset(0, -LEADING);
                    }
                    text.newLineAtOffset(0, -LEADING / 2);
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + path, e);
        }
    }

    private static List<String> wrap(String line) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > WRAP) {
            int cut = rest.lastIndexOf(' ', WRAP);
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1);
        }
        out.add(rest);
        return out;
    }
}
