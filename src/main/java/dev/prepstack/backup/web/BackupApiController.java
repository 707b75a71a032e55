package dev.prepstack.backup.web;

import dev.prepstack.account.AccountUser;
import dev.prepstack.backup.Backups;
import dev.prepstack.shared.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Backup", description = "Export and restore all data; ADMIN only")
class BackupApiController {

    static final String CONFIRMATION = "replace-all-data";
    private static final Logger log = LoggerFactory.getLogger(BackupApiController.class);

    private final Backups backups;

    BackupApiController(Backups backups) {
        this.backups = backups;
    }

    @GetMapping(value = "/backup", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every row of every table as one versioned JSON document (restores into H2 or PostgreSQL)")
    ResponseEntity<StreamingResponseBody> backup(@AuthenticationPrincipal AccountUser admin) {
        log.info("Backup requested by account {}", admin.id());
        String name = "prepstack-backup-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now(ZoneOffset.UTC)) + ".json";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(backups::export);
    }

    @PostMapping(value = "/restore", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replaces ALL data with a backup of the same schema version, in one transaction;"
                    + " needs ?confirm=replace-all-data. Sessions and tokens of the backup apply afterwards.")
    Map<String, Object> restore(
            @RequestParam(defaultValue = "") String confirm,
            @AuthenticationPrincipal AccountUser admin,
            HttpServletRequest request)
            throws IOException {
        try {
            if (!CONFIRMATION.equals(confirm)) {
                throw new InvalidParameterException(
                        "confirm",
                        "must be '" + CONFIRMATION + "': a restore replaces every account and all their data");
            }
            log.warn("Restore of a backup started by account {}", admin.id());
            // The reader closes what it reads; the shield keeps the request open for the drain below.
            Backups.Restored restored = backups.restore(new FilterInputStream(request.getInputStream()) {
                @Override
                public void close() {}
            });
            return Map.of("schemaVersion", restored.schemaVersion(), "rows", restored.rows());
        } finally {
            // A refusal sent before the whole upload is read makes Tomcat drop the connection once more than
            // its swallow limit (2 MB) is left, and the client sees a broken pipe instead of the Problem Details.
            // Only an administrator reaches this point, so reading the rest of a multi-megabyte backup is fine.
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
    }

    @PostMapping("/backups/h2")
    @Operation(summary = "H2 only: an online backup (BACKUP TO) into the data folder's backups directory")
    Map<String, String> h2Backup() {
        return Map.of("file", backups.h2OnlineBackup().toString());
    }
}
