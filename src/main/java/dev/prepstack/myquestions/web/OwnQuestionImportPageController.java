package dev.prepstack.myquestions.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.myquestions.ImportRejectedException;
import dev.prepstack.myquestions.OwnQuestionExports;
import dev.prepstack.myquestions.OwnQuestionImports;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.TooManyRequestsException;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Importing into own questions (the preview, then its confirmation) and exporting them. */
@Controller
class OwnQuestionImportPageController {

    private final OwnQuestionImports imports;
    private final OwnQuestionExports exports;

    OwnQuestionImportPageController(OwnQuestionImports imports, OwnQuestionExports exports) {
        this.imports = imports;
        this.exports = exports;
    }

    @GetMapping("/my-questions/import")
    String importForm() {
        return "myquestions/import";
    }

    @PostMapping("/my-questions/import")
    String importPreview(
            @AuthenticationPrincipal AccountUser user,
            @RequestParam(required = false) MultipartFile file,
            Model model) {
        try {
            var staged =
                    imports.stage(user.id(), OwnQuestionApiController.name(file), OwnQuestionApiController.bytes(file));
            model.addAttribute("staged", staged);
            model.addAttribute("preview", staged.preview());
            return "myquestions/import-preview";
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("fileName", OwnQuestionApiController.name(file));
        } catch (InvalidParameterException | TooManyRequestsException e) {
            model.addAttribute("error", PageText.message(e));
        } catch (IOException e) {
            model.addAttribute("error", "The file could not be read; please try again.");
        }
        return "myquestions/import";
    }

    @PostMapping("/my-questions/import/{id}/confirm")
    String confirmImport(@AuthenticationPrincipal AccountUser user, @PathVariable long id, RedirectAttributes flash) {
        try {
            var done = imports.confirm(user.id(), id);
            flash.addFlashAttribute(
                    "message",
                    "Imported " + done.created() + (done.created() == 1 ? " question" : " questions") + " from "
                            + done.fileName()
                            + (done.skipped().isEmpty()
                                    ? "."
                                    : "; skipped " + done.skipped().size() + "."));
        } catch (ImportRejectedException e) {
            flash.addFlashAttribute("error", "Nothing was imported: " + String.join("; ", e.problems()));
        }
        return "redirect:/my-questions";
    }

    @GetMapping("/my-questions/export")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "csv") String format) {
        return OwnQuestionFiles.download(exports, user.id(), format);
    }
}
