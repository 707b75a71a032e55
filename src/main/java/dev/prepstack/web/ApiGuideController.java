package dev.prepstack.web;

import dev.prepstack.shared.PublicUrls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The API for people: what a token is for and a curl line per common task (the reference is OpenAPI). */
@Controller
class ApiGuideController {

    private final PublicUrls urls;

    ApiGuideController(PublicUrls urls) {
        this.urls = urls;
    }

    @GetMapping("/api-guide")
    String guide(Model model) {
        // The configured public address; without one the examples use the usual local address, not
        // the request's Host header (the page is the same for everyone).
        model.addAttribute("base", urls.configured() ? urls.base() : "http://localhost:8080");
        return "api/guide";
    }
}
