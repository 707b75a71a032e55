package dev.prepstack.catalog.web;

import dev.prepstack.catalog.CareerRole;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.QuestionLookup;
import dev.prepstack.catalog.RelatedQuestions;
import dev.prepstack.catalog.Topic;
import dev.prepstack.content.DiagramRenderer;
import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/** The public pages of the bank: landing, topics, questions, roles and the learning path. */
@Controller
class CatalogPageController {

    static final int RELATED_SHOWN = 5;

    private final Catalog catalog;
    private final DiagramRenderer diagrams;
    private final ObjectProvider<RelatedQuestions> relatedQuestions;

    CatalogPageController(
            Catalog catalog, DiagramRenderer diagrams, ObjectProvider<RelatedQuestions> relatedQuestions) {
        this.catalog = catalog;
        this.diagrams = diagrams;
        this.relatedQuestions = relatedQuestions;
    }

    @GetMapping("/")
    String home(java.security.Principal signedIn, Model model) {
        if (signedIn != null) {
            // Signed-in people get their home (due today, last mock score, next step) at the same address.
            return "forward:/home";
        }
        List<Topic> topics = catalog.topics();
        model.addAttribute("topics", topics);
        model.addAttribute(
                "topicQuestionTotal",
                topics.stream().mapToInt(t -> t.questionCounts().total()).sum());
        model.addAttribute("behavioral", catalog.countsOfKind(Kind.BEHAVIORAL));
        model.addAttribute("systemDesign", catalog.countsOfKind(Kind.SYSTEM_DESIGN));
        model.addAttribute("path", catalog.learningPath());
        model.addAttribute("roles", catalog.roles());
        model.addAttribute("tips", catalog.tips());
        model.addAttribute("faq", catalog.faq());
        return "catalog/home";
    }

    @GetMapping("/topics")
    String topics(Model model) {
        model.addAttribute("topics", catalog.topics());
        return "catalog/topics";
    }

    @GetMapping("/topics/{slug}")
    String topic(@PathVariable String slug, Model model) {
        Topic topic = catalog.topic(slug).orElseThrow(() -> new NotFoundException("No topic '" + slug + "'"));
        model.addAttribute("practiseTopic", slug);
        return listPage(model, topic.name(), topic.description(), catalog.questionsOfTopic(slug));
    }

    @GetMapping("/behavioral")
    String behavioral(Model model) {
        model.addAttribute("practiseKind", Kind.BEHAVIORAL.slug());
        return listPage(
                model,
                "Behavioral questions",
                "How you work with people, handle pressure and learn. Each question comes with what the"
                        + " interviewer is probing and a model answer in the STAR shape: situation, task, action, result.",
                catalog.questionsOfKind(Kind.BEHAVIORAL));
    }

    @GetMapping("/system-design")
    String systemDesign(Model model) {
        model.addAttribute("practiseKind", Kind.SYSTEM_DESIGN.slug());
        return listPage(
                model,
                "System design challenges",
                "Open-ended design problems: requirements, capacity estimates, an API, a data model, a"
                        + " diagram, deep dives and the trade-offs a strong candidate names.",
                catalog.questionsOfKind(Kind.SYSTEM_DESIGN));
    }

    private String listPage(Model model, String heading, String description, Map<Level, List<Question>> byLevel) {
        model.addAttribute("heading", heading);
        model.addAttribute("description", description);
        model.addAttribute("byLevel", byLevel);
        model.addAttribute(
                "questionCount", byLevel.values().stream().mapToInt(List::size).sum());
        return "catalog/question-list";
    }

    @GetMapping("/questions/{slug}")
    Object question(@PathVariable String slug, Model model, HttpServletResponse response) {
        return switch (catalog.lookup(slug)) {
            case QuestionLookup.Found found -> showQuestion(found.question(), model);
            case QuestionLookup.Moved moved -> {
                var redirect = new RedirectView("/questions/" + moved.currentSlug());
                redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
                yield redirect;
            }
            case QuestionLookup.Retired retired -> {
                response.setStatus(HttpStatus.GONE.value());
                model.addAttribute("question", retired.question());
                yield "catalog/retired";
            }
            case QuestionLookup.Missing missing -> throw new NotFoundException("No question '" + missing.slug() + "'");
        };
    }

    private String showQuestion(Question question, Model model) {
        model.addAttribute("question", question);
        model.addAttribute("topicNames", topicNames());
        model.addAttribute("related", catalog.summaries(relatedSlugs(question)));
        model.addAttribute("followUpTargets", catalog.followUpTargets(question));
        model.addAttribute("neighbours", catalog.neighbours(question));
        return "catalog/question";
    }

    /** Diagrams of an answer as SVG images: readable without JavaScript and within the CSP. */
    @GetMapping("/questions/{slug}/diagram-{index}.svg")
    ResponseEntity<String> diagram(@PathVariable String slug, @PathVariable String index) {
        if (!index.matches("[0-9]{1,2}")) {
            throw new NotFoundException("No diagram '" + index + "'");
        }
        Question question =
                catalog.question(slug).orElseThrow(() -> new NotFoundException("No question '" + slug + "'"));
        return diagrams.svg(question.answerMarkdown(), Integer.parseInt(index))
                .map(svg -> ResponseEntity.ok()
                        .contentType(MediaType.valueOf("image/svg+xml"))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                        .body(svg))
                .orElseThrow(() -> new NotFoundException("No diagram " + index + " in '" + slug + "'"));
    }

    /** The content's own links first, topped up from the related-questions port when it names few. */
    private List<String> relatedSlugs(Question question) {
        List<String> slugs = new java.util.ArrayList<>(question.related());
        RelatedQuestions finder = relatedQuestions.getIfAvailable();
        if (slugs.size() < RELATED_SHOWN && finder != null) {
            for (String slug : finder.relatedTo(question.slug(), RELATED_SHOWN + slugs.size())) {
                if (slugs.size() >= RELATED_SHOWN) {
                    break;
                }
                if (!slugs.contains(slug)) {
                    slugs.add(slug);
                }
            }
        }
        return slugs;
    }

    @GetMapping("/roles")
    String roles(Model model) {
        model.addAttribute("roles", catalog.roles());
        return "catalog/roles";
    }

    @GetMapping("/roles/{slug}")
    String role(@PathVariable String slug, Model model) {
        CareerRole role = catalog.role(slug).orElseThrow(() -> new NotFoundException("No role '" + slug + "'"));
        Map<String, Topic> topics =
                catalog.topics().stream().collect(Collectors.toMap(Topic::slug, Function.identity()));
        model.addAttribute("role", role);
        model.addAttribute(
                "roleTopics",
                role.topics().stream().map(topics::get).filter(t -> t != null).toList());
        return "catalog/role";
    }

    @GetMapping("/learning-path")
    String learningPath(Model model) {
        model.addAttribute("path", catalog.learningPath());
        model.addAttribute("topicNames", topicNames());
        return "catalog/learning-path";
    }

    private Map<String, String> topicNames() {
        return catalog.topics().stream().collect(Collectors.toMap(Topic::slug, Topic::name));
    }
}
