package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import dev.prepstack.support.People;
import dev.prepstack.support.People.Person;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fixtures for hiring tests, made through the real API as a client would. */
public final class Hiring {

    public static final String KIT = """
            {"title":"Backend engineer, intermediate","role":"Backend engineer","level":"intermediate",
             "minutesPerQuestion":10,"attributes":["API design","Communication"],
             "items":[{"questionSlug":"rest-and-json"},{"questionSlug":"database-indexing"}%s]}""";

    private final int port;

    public Hiring(int port) {
        this.port = port;
    }

    /** An interviewer who owns a new organisation (their current one). */
    public Person owner() {
        Person owner = People.anInterviewer(port);
        organisation(owner, "Acme " + owner.id());
        return owner;
    }

    public long organisation(Person owner, String name) {
        var created = owner.api(port).post("/api/v1/organisations", json("name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    public long currentOrganisation(Person person) {
        for (var o : person.api(port).get("/api/v1/organisations").json()) {
            if (o.get("current").asBoolean()) {
                return o.get("id").asLong();
            }
        }
        throw new AssertionError("no current organisation");
    }

    public String invite(Person owner) {
        var invite = owner.api(port)
                .post("/api/v1/organisations/" + currentOrganisation(owner) + "/invites", "{\"note\":\"colleague\"}");
        assertThat(invite.status()).as(invite.body()).isEqualTo(201);
        return invite.json().get("token").asString();
    }

    /** A person (without any role yet) who joined the owner's organisation through an invite. */
    public Person member(Person owner) {
        Person member = People.aCandidate(port);
        var accepted = member.api(port).post("/api/v1/invites/" + invite(owner) + "/accept", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return member;
    }

    public long customQuestion(Person person) {
        var created = person.api(port).post("/api/v1/custom-questions", """
                        {"title":"How would you model our order history?","keyPoints":["Immutable order lines",
                        "Index by customer and date"],"followUps":["What about refunds?"]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    public long kit(Person person) {
        long question = customQuestion(person);
        var created = person.api(port).post("/api/v1/kits", KIT.formatted(",{\"customQuestionId\":" + question + "}"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    public long candidate(Person person, String name) {
        var created = person.api(port).post("/api/v1/candidates", json("name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    public long scorecard(Person person, long kit, long candidate) {
        var started =
                person.api(port).post("/api/v1/kits/" + kit + "/scorecards", "{\"candidateId\":" + candidate + "}");
        assertThat(started.status()).as(started.body()).isIn(200, 201);
        return started.json().get("id").asLong();
    }

    /** Fills a scorecard completely: key points, notes, both ratings with reasons, a recommendation. */
    public Http.Response fill(Person person, long scorecard, String rating) {
        return person.api(port).put("/api/v1/scorecards/" + scorecard, """
                        {"answers":[{"position":1,"coveredKeyPoints":[0,1],"askedFollowUps":[0],"notes":"Clear on resources"},
                                    {"position":3,"coveredKeyPoints":[0],"notes":"Missed the index"}],
                         "ratings":[{"attribute":"API design","rating":"%s","reason":"Sound resource design"},
                                    {"attribute":"Communication","rating":"YES","reason":"Explained trade-offs"}],
                         "recommendation":"%s","summary":"Solid"}""".formatted(rating, rating));
    }

    public long submitted(Person person, long kit, long candidate, String rating) {
        long id = scorecard(person, kit, candidate);
        assertThat(fill(person, id, rating).status()).isEqualTo(200);
        var submitted = person.api(port).post("/api/v1/scorecards/" + id + "/submit", "");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    static String json(String key, String value) {
        return "{\"" + key + "\":\"" + value.replace("\"", "\\\"") + "\"}";
    }

    static String inviteToken(String url) {
        Matcher m = Pattern.compile("/hiring/invites/(inv_[A-Za-z0-9_-]+)").matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return m.group(1);
    }
}
