package dev.prepstack.practice.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.practice.Notebook;
import dev.prepstack.practice.PracticeExports;
import dev.prepstack.shared.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Answer history, bookmarks, private notes, the revision list, topic resets and exports. */
@Controller
class NotebookPageController {

    private final Notebook notebook;
    private final PracticeExports exports;

    NotebookPageController(Notebook notebook, PracticeExports exports) {
        this.notebook = notebook;
        this.exports = exports;
    }

    @GetMapping("/practice/questions/{slug}")
    String question(@AuthenticationPrincipal AccountUser user, @PathVariable String slug, Model model) {
        var notes = notebook.questionNotes(user.id(), slug);
        model.addAttribute("question", notes.question());
        model.addAttribute("history", notes.history());
        model.addAttribute("bookmarked", notes.bookmarked());
        model.addAttribute("note", notes.note());
        model.addAttribute("noteHtml", notes.noteHtml());
        return "practice/question";
    }

    @PostMapping("/practice/questions/{slug}/bookmark")
    String bookmark(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable String slug,
            @RequestParam(defaultValue = "true") boolean on) {
        notebook.bookmark(user.id(), slug, on);
        return "redirect:/practice/questions/" + slug;
    }

    @PostMapping("/practice/questions/{slug}/note")
    String note(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes flash) {
        try {
            notebook.saveNote(user.id(), slug, text);
            flash.addFlashAttribute("message", text.isBlank() ? "Note deleted." : "Note saved.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", "Notes are limited to 20,000 characters.");
        }
        return "redirect:/practice/questions/" + slug;
    }

    @GetMapping("/practice/notebook")
    String notebook(@AuthenticationPrincipal AccountUser user, Model model) {
        var overview = notebook.overview(user.id());
        model.addAttribute("bookmarks", overview.bookmarks());
        model.addAttribute("revision", overview.revision());
        model.addAttribute("topics", overview.topics());
        return "practice/notebook";
    }

    @PostMapping("/practice/reset")
    String reset(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "") String topic,
            RedirectAttributes flash) {
        try {
            int n = notebook.resetTopic(user.id(), topic);
            flash.addFlashAttribute(
                    "message",
                    "Progress reset for " + (n == 1 ? "1 question" : n + " questions")
                            + ". Your answer history is kept.");
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", "Choose a topic to reset.");
        }
        return "redirect:/practice/notebook";
    }

    @GetMapping("/practice/export/progress.csv")
    ResponseEntity<byte[]> progressCsv(@AuthenticationPrincipal AccountUser user) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"prepstack-progress.csv\"")
                .body(exports.progressCsv(user.id()).getBytes(StandardCharsets.UTF_8));
    }

    /** The bank (or a topic, level or kind of it) for Anki: public, like the bank itself. */
    @GetMapping("/anki-export")
    ResponseEntity<byte[]> anki(
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String kind) {
        String t = topic == null || topic.isBlank() ? null : topic.strip();
        String file = exports.anki(t, level, kind);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"prepstack-" + (t == null ? "bank" : t) + "-anki.txt\"")
                .body(file.getBytes(StandardCharsets.UTF_8));
    }
}
